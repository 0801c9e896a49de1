import Foundation
import Testing
@testable import PuenteCore

@Suite struct ICalendarTests {
    @Test func escapesTextAndFoldsLongLinesWithoutSplittingCharacters() {
        #expect(ICalendar.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
        let long = "SUMMARY:" + String(repeating: "ñ", count: 60)
        let folded = ICalendar.fold(long)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines[1].hasPrefix(" "))
        #expect(String(lines[0] + lines[1].dropFirst()) == long)
    }

    @Test func writesUTCTimesAndCRLF() {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let text = ICalendar(name: "Class", events: [.init(uid: "x@puente", start: start, end: start.addingTimeInterval(3600), summary: "Intro")])
            .render(stamp: start)
        #expect(text.contains("DTSTART:20261118T110640Z\r\n"))
        #expect(text.contains("DTEND:20261118T120640Z\r\n"))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }
}
