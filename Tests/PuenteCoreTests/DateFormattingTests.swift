import Foundation
import Testing
@testable import PuenteCore

@Suite struct DateFormattingTests {
    let pacific = DateFormatting(timeZone: TimeZone(identifier: "America/Los_Angeles")!)
    // 2026-07-09 21:30 UTC is 2:30 pm Pacific daylight time.
    let instant = Date(timeIntervalSince1970: 1_783_632_600)

    @Test func datesAreWrittenInTheReadersLocaleAndTheProgramsZone() {
        #expect(pacific.format(instant, .date, in: .en) == "Thu Jul 9, 2026")
        #expect(pacific.format(instant, .date, in: .es) == "jue 9 jul 2026")
        #expect(pacific.format(instant, .time, in: .en) == "2:30 PM Pacific Time")
        #expect(pacific.format(instant, .dateTime, in: .es) == "jue 9 jul 2026 · 2:30 p.m. hora del Pacífico")
    }

    @Test func aRangeWritesTheDayAndTheHalfOfTheDayOnce() {
        let end = instant.addingTimeInterval(90 * 60)
        #expect(pacific.range(instant, end, in: .es) == "jue 9 jul 2026 · 2:30–4:00 p.m. hora del Pacífico")
        #expect(pacific.range(instant, end, in: .en) == "Thu Jul 9, 2026 · 2:30–4:00 PM Pacific Time")
        let morning = instant.addingTimeInterval(-5 * 3600) // 9:30 a.m. to 4:00 p.m.
        #expect(pacific.range(morning, end, in: .en) == "Thu Jul 9, 2026 · 9:30 AM–4:00 PM Pacific Time")
    }

    @Test func isoDaysRoundTripInTheProgramsZone() throws {
        #expect(pacific.isoDay(instant) == "2026-07-09")
        let start = try #require(pacific.startOfDay("2026-07-09"))
        #expect(pacific.isoDay(start) == "2026-07-09")
        #expect(start.timeIntervalSince1970 == 1_783_580_400) // midnight PDT = 07:00 UTC
        #expect(pacific.startOfDay("2026-02-30") == nil)
        #expect(pacific.startOfDay("garbage") == nil)
        // Days are kept as text and compared as text, so only the zero-padded form is a day.
        for loose in ["2026-9-1", "2026-09-1", "99999-01-01", "+2026-09-01", "2026-09-01T00:00"] {
            #expect(pacific.startOfDay(loose) == nil, "\(loose)")
        }
    }
}
