// VTIMEZONE for a zone over a span of time, from the system's zone database: one observance per
// offset change (RFC 5545 §3.6.5). Recurring events need TZID + VTIMEZONE, not UTC, or calendar
// apps move the wall-clock time at daylight-saving changes.

import Foundation

public enum VTimeZone {
    /// Lines of a VTIMEZONE covering `from`...`to` (with a year's margin either side).
    public static func lines(for zone: TimeZone, from: Date, to: Date) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        let start = from.addingTimeInterval(-366 * 86400), end = to.addingTimeInterval(366 * 86400)
        var transitions: [Date] = []
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next <= end, transitions.count < 400 {
            transitions.append(next)
            cursor = next
        }
        if transitions.isEmpty {
            // A zone without changes: one standard observance from long ago.
            let offset = zone.secondsFromGMT(for: from)
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(text(offset))", "TZOFFSETTO:\(text(offset))", "END:STANDARD"]
        }
        for transition in transitions {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            let kind = zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD"
            // DTSTART is the local time, in the offset before the change, at which it happens.
            lines += ["BEGIN:\(kind)", "DTSTART:\(local(transition, offset: before))",
                      "TZOFFSETFROM:\(text(before))", "TZOFFSETTO:\(text(after))",
                      "TZNAME:\(zone.abbreviation(for: transition) ?? kind.prefix(3).description)", "END:\(kind)"]
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// `-0800`.
    static func text(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d%02d", sign, minutes / 60, minutes % 60)
    }

    /// `20260308T020000`: the wall-clock time of `date` at `offset`, with no zone.
    public static func local(_ date: Date, offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset)!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02d", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// The wall-clock time of `date` in `zone`, as DTSTART;TZID= wants it.
    public static func local(_ date: Date, in zone: TimeZone) -> String {
        local(date, offset: zone.secondsFromGMT(for: date))
    }
}
