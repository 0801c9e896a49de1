// What we write, a calendar app expands to the same instants we compute: icalendar reads the
// file, dateutil expands the RRULE in the VTIMEZONE's zone, across daylight-saving changes.

import Foundation
import PuenteCore
import Testing
@testable import Puente

@Suite struct RecurrenceInteropTests {
    @Test(.enabled(if: ICalendarReader.isAvailable, "needs the icalendar package from Tests/support/requirements.txt"),
          arguments: [
              ("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;COUNT=24", "America/Los_Angeles", "2026-01-08", 14, 30),
              ("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4;UNTIL=20271231T235959Z", "America/Los_Angeles", "2026-01-22", 14, 30),
              ("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=60", "America/Chicago", "2026-02-03", 18, 0),
              ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=30", "America/Chicago", "2026-02-02", 9, 15),
              ("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7", "America/Los_Angeles", "2026-01-31", 8, 0),
              ("FREQ=DAILY;INTERVAL=3;COUNT=90", "America/Chicago", "2026-02-20", 1, 30),
          ])
    func calendarAppsExpandOurSeriesToTheSameInstants(rule text: String, zone: String, start: String, hour: Int, minute: Int) throws {
        let rule = try RecurrenceRule(parsing: text)
        let timeZone = TimeZone(identifier: zone)!
        let all = rule.occurrences(startDay: Day(start)!, hour: hour, minute: minute, timeZone: timeZone)
        let skipped = [all[3]]
        let ours = rule.occurrences(startDay: Day(start)!, hour: hour, minute: minute, timeZone: timeZone, exceptions: Set(skipped))
        let event = ICalendar.Event(uid: "series@puente", start: all[0], end: all[0].addingTimeInterval(5400), summary: "Series",
                                    timeZone: timeZone, rrule: rule, exceptions: skipped)
        let theirs = try ICalendarReader.expand(ICalendar(name: "Test", events: [event]).render())
        let formatter = ISO8601DateFormatter()
        #expect(theirs["series@puente"] == ours.map { formatter.string(from: $0) })
        #expect(ours.count == all.count - 1)
    }
}

extension ICalendarReader {
    /// Runs Tests/support/ics_expand.py: each UID's occurrence starts, in UTC.
    static func expand(_ text: String) throws -> [String: [String]] {
        let data = try PythonScript.run("ics_expand.py", input: Data(text.utf8))
        guard let parsed = try? JSONDecoder().decode([String: [String]].self, from: data) else {
            Issue.record("expansion failed: \(String(decoding: data, as: UTF8.self))")
            throw CancellationError()
        }
        return parsed
    }
}
