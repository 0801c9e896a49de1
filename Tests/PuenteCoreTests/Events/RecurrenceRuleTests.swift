import Foundation
import Testing
@testable import PuenteCore

@Suite struct RecurrenceRuleTests {
    let losAngeles = TimeZone(identifier: "America/Los_Angeles")!
    let chicago = TimeZone(identifier: "America/Chicago")!

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func readsTheSubsetAndWritesWhatOutlookAccepts() throws {
        #expect(try RecurrenceRule(parsing: "RRULE:FREQ=MONTHLY;BYDAY=2TH").text == "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2")
        #expect(try RecurrenceRule(parsing: "freq=monthly;byday=th;bysetpos=4;count=10").text == "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4;COUNT=10")
        #expect(try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270101T000000Z").text
                == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270101T000000Z")
        #expect(try RecurrenceRule(parsing: "FREQ=MONTHLY;BYMONTHDAY=15;WKST=SU").text == "FREQ=MONTHLY;BYMONTHDAY=15")
    }

    @Test func refusesWhatItDoesNotSupportWithAReason() {
        #expect(throws: RecurrenceRule.Problem.twoPositions) { try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=2TH,4TH") }
        #expect(throws: RecurrenceRule.Problem.negativePosition) { try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1") }
        #expect(throws: RecurrenceRule.Problem.unsupported("FREQ=YEARLY")) { try RecurrenceRule(parsing: "FREQ=YEARLY") }
        #expect(throws: RecurrenceRule.Problem.unsupported("BYHOUR")) { try RecurrenceRule(parsing: "FREQ=DAILY;BYHOUR=9") }
        #expect(throws: RecurrenceRule.Problem.countAndUntil) { try RecurrenceRule(parsing: "FREQ=WEEKLY;COUNT=3;UNTIL=20270101") }
        #expect(throws: RecurrenceRule.Problem.malformed("BYDAY=XX")) { try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=XX") }
        #expect(throws: RecurrenceRule.Problem.malformed("FREQ is required")) { try RecurrenceRule(parsing: "BYDAY=MO") }
        #expect(throws: RecurrenceRule.Problem.malformed("UNTIL=20270101T000000")) { try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20270101T000000") }
    }

    @Test func theSecondThursdayAtTwoThirtyPacificKeepsItsLocalTimeAcrossDaylightSaving() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;COUNT=12")
        let dates = rule.occurrences(startDay: Day("2026-01-08")!, hour: 14, minute: 30, timeZone: losAngeles)
        #expect(dates.count == 12)
        #expect(dates[0] == utc("2026-01-08T22:30:00Z"))   // PST
        #expect(dates[2] == utc("2026-03-12T21:30:00Z"))   // PDT since March 8
        #expect(dates[10] == utc("2026-11-12T22:30:00Z"))  // PST again since November 1
        #expect(dates.map { Day($0, in: losAngeles).weekday }.allSatisfy { $0 == 4 })
        #expect(dates.map { Day($0, in: losAngeles).day }.allSatisfy { (8...14).contains($0) })
    }

    @Test func weeklyInChicagoWithExceptionsAndUntil() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T235959Z")
        let skipped = utc("2026-11-03T23:00:00Z") // 5 pm CST
        let dates = rule.occurrences(startDay: Day("2026-10-20")!, hour: 17, minute: 0, timeZone: chicago, exceptions: [skipped])
        #expect(dates == [utc("2026-10-20T22:00:00Z"), utc("2026-10-27T22:00:00Z"), utc("2026-11-10T23:00:00Z"), utc("2026-11-17T23:00:00Z")])
    }

    @Test func fifthWeekdaysAndShortMonthsAreSkippedNotInvented() throws {
        let fifth = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=5;COUNT=3")
        let days = fifth.occurrences(startDay: Day("2026-01-01")!, hour: 9, minute: 0, timeZone: losAngeles).map { Day($0, in: losAngeles).description }
        #expect(days == ["2026-01-30", "2026-05-29", "2026-07-31"])
        let thirtyFirst = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3")
        let ends = thirtyFirst.occurrences(startDay: Day("2026-01-31")!, hour: 9, minute: 0, timeZone: losAngeles).map { Day($0, in: losAngeles).description }
        #expect(ends == ["2026-01-31", "2026-03-31", "2026-05-31"])
    }

    @Test func recurringEventsAreWrittenWithTZIDAndAVTimeZone() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;COUNT=12")
        let start = utc("2026-01-08T22:30:00Z")
        let event = ICalendar.Event(uid: "policy-open@puente", start: start, end: start.addingTimeInterval(5400), summary: "Policy committee",
                                    timeZone: losAngeles, rrule: rule, exceptions: [utc("2026-04-09T21:30:00Z")])
        let text = ICalendar(name: "Events", events: [event]).render(stamp: start)
        #expect(text.contains("DTSTART;TZID=America/Los_Angeles:20260108T143000\r\n"))
        #expect(text.contains("DTEND;TZID=America/Los_Angeles:20260108T160000\r\n"))
        #expect(text.contains("RRULE:FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;COUNT=12\r\n"))
        #expect(text.contains("EXDATE;TZID=America/Los_Angeles:20260409T143000\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"))
        #expect(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n"))
        #expect(text.contains("BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\n"))
    }
}
