import Foundation
import Testing
@testable import PuenteCore

@Suite struct DayTests {
    @Test func parsesOnlyRealDays() {
        #expect(Day("2026-02-28")?.description == "2026-02-28")
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-1-01") == nil)
        #expect(Day("yesterday") == nil)
    }

    @Test func countsAndAddsAcrossMonthsAndYears() {
        let day = Day("2026-12-30")!
        #expect(day.adding(days: 3).description == "2027-01-02")
        #expect(Day("2024-03-01")!.adding(days: -1).description == "2024-02-29")
        #expect(Day("2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(Day("2026-05-15")!.adding(months: -36).description == "2023-05-15")
        #expect(Day("2026-01-01")!.days(until: Day("2027-01-01")!) == 365)
        #expect(Day(ordinal: Day("1999-07-04")!.ordinal) == Day("1999-07-04"))
    }

    @Test func knowsTheWeekday() {
        #expect(Day("1970-01-01")!.weekday == 4) // Thursday
        #expect(Day("2026-11-23")!.weekday == 1) // Monday
        #expect(Day("1969-12-31")!.weekday == 3)
    }

    @Test func readsTheDayInTheProgramsZone() {
        let instant = Date(timeIntervalSince1970: 1_794_978_000) // 2026-11-18 05:00 UTC
        #expect(Day(instant, in: TimeZone(identifier: "UTC")!).description == "2026-11-18")
        #expect(Day(instant, in: TimeZone(identifier: "America/Los_Angeles")!).description == "2026-11-17")
    }
}

@Suite struct HoursTests {
    @Test func readsQuarterHoursInEveryWayPeopleWriteThem() {
        #expect(Hours.quarterHours(from: "7.5") == 30)
        #expect(Hours.quarterHours(from: "7,25") == 29)
        #expect(Hours.quarterHours(from: "2:45") == 11)
        #expect(Hours.quarterHours(from: "8") == 32)
        #expect(Hours.quarterHours(from: "-1") == -4)
        #expect(Hours.quarterHours(from: "1.1") == nil)
        #expect(Hours.quarterHours(from: "2:20") == nil)
        #expect(Hours.quarterHours(from: "1e3") == nil)
        #expect(Hours.quarterHours(from: "") == nil)
        #expect(Hours.quarterHours(from: "9223372036854775807:00") == nil) // trapped on `* 4` and took the server down
        #expect(Hours.quarterHours(from: "99999999999999999999") == nil)
    }

    @Test func writesThemBack() {
        #expect(Hours.text(quarterHours: 30) == "7.5")
        #expect(Hours.text(quarterHours: 320) == "80")
        #expect(Hours.text(quarterHours: 1) == "0.25")
    }

    @Test func refusesImpossibleLogs() {
        let today = Day("2026-11-23")!
        let cohort = Day("2026-10-01")!...Day("2026-11-30")!
        func check(_ day: String, _ q: Int?, existing: Int = 0) -> HourLogProblem? {
            HourLogRules.check(day: Day(day)!, quarterHours: q, today: today, allowed: cohort, existingSameDay: existing)
        }
        #expect(check("2026-11-20", 16) == nil)
        #expect(check("2026-11-20", -4) == .notPositive)
        #expect(check("2026-11-20", 0) == .notPositive)
        #expect(check("2026-11-20", 97) == .overADay)
        #expect(check("2026-11-20", 8, existing: 90) == .overADay)
        #expect(check("2026-11-24", 8) == .inFuture)
        #expect(check("2026-09-30", 8) == .outsideCohort)
        #expect(check("2026-11-20", nil) == .notQuarterHours)
    }
}
