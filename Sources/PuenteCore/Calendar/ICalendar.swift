// RFC 5545 text: a calendar of events, written with CRLF line ends, 75-octet folding and
// TEXT escaping. Single events are written in UTC (`...Z`); recurring ones with TZID and a
// VTIMEZONE so their wall-clock time survives daylight-saving changes.

import Foundation

public struct ICalendar: Sendable {
    public struct Event: Sendable {
        public var uid: String
        public var start: Date
        public var end: Date
        public var summary: String
        public var description: String?
        public var location: String?
        public var url: String?
        public var sequence: Int
        public var lastModified: Date?
        /// Set for recurring events: times are written as wall-clock times with TZID, and the
        /// calendar carries a VTIMEZONE, so the series keeps its local time across DST.
        public var timeZone: TimeZone?
        public var rrule: RecurrenceRule?
        public var exceptions: [Date]
        /// For invites (METHOD:REQUEST / CANCEL); a PUBLISH feed carries no attendee.
        public var organizer: (name: String, email: String)?
        public var attendee: (name: String, email: String)?
        public var alarmMinutesBefore: Int?
        public var cancelled = false
        /// Set on an override of one occurrence of a recurring event: which one (its original start).
        public var recurrenceID: Date?

        public init(uid: String, start: Date, end: Date, summary: String, description: String? = nil,
                    location: String? = nil, url: String? = nil, sequence: Int = 0, lastModified: Date? = nil,
                    timeZone: TimeZone? = nil, rrule: RecurrenceRule? = nil, exceptions: [Date] = []) {
            self.uid = uid; self.start = start; self.end = end; self.summary = summary; self.description = description
            self.location = location; self.url = url; self.sequence = sequence; self.lastModified = lastModified
            self.timeZone = timeZone; self.rrule = rrule; self.exceptions = exceptions
        }
    }

    public var name: String
    public var method: String
    public var events: [Event]

    public init(name: String, method: String = "PUBLISH", events: [Event]) {
        self.name = name
        self.method = method
        self.events = events
    }

    public func render(stamp: Date = Date()) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Puente//Puente//EN", "CALSCALE:GREGORIAN",
                     "METHOD:\(method)", "X-WR-CALNAME:\(Self.escape(name))"]
        var zones: [String: (zone: TimeZone, from: Date, to: Date)] = [:]
        for event in events {
            guard let zone = event.timeZone else { continue }
            let last = event.rrule?.until ?? event.exceptions.max() ?? event.end
            let known = zones[zone.identifier]
            zones[zone.identifier] = (zone, min(known?.from ?? event.start, event.start), max(known?.to ?? last, last, event.end.addingTimeInterval(400 * 86400)))
        }
        for key in zones.keys.sorted() { lines += VTimeZone.lines(for: zones[key]!.zone, from: zones[key]!.from, to: zones[key]!.to) }
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(Self.escape(event.uid))", "DTSTAMP:\(Self.utc(stamp))"]
            if let zone = event.timeZone {
                lines += ["DTSTART;TZID=\(zone.identifier):\(VTimeZone.local(event.start, in: zone))",
                          "DTEND;TZID=\(zone.identifier):\(VTimeZone.local(event.end, in: zone))"]
                if let rrule = event.rrule { lines.append("RRULE:\(rrule.text)") }
                if let recurrenceID = event.recurrenceID {
                    lines.append("RECURRENCE-ID;TZID=\(zone.identifier):\(VTimeZone.local(recurrenceID, in: zone))")
                }
                if !event.exceptions.isEmpty {
                    lines.append("EXDATE;TZID=\(zone.identifier):" + event.exceptions.sorted().map { VTimeZone.local($0, in: zone) }.joined(separator: ","))
                }
            } else {
                lines += ["DTSTART:\(Self.utc(event.start))", "DTEND:\(Self.utc(event.end))"]
            }
            lines += ["SEQUENCE:\(event.sequence)", "SUMMARY:\(Self.escape(event.summary))"]
            if let organizer = event.organizer {
                lines.append("ORGANIZER;CN=\(Self.parameter(organizer.name)):mailto:\(organizer.email)")
            }
            if let attendee = event.attendee {
                lines.append("ATTENDEE;CN=\(Self.parameter(attendee.name));ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:\(attendee.email)")
            }
            lines.append("STATUS:\(event.cancelled ? "CANCELLED" : "CONFIRMED")")
            if let description = event.description { lines.append("DESCRIPTION:\(Self.escape(description))") }
            if let location = event.location { lines.append("LOCATION:\(Self.escape(location))") }
            if let url = event.url { lines.append("URL:\(url)") }
            if let modified = event.lastModified { lines.append("LAST-MODIFIED:\(Self.utc(modified))") }
            if let minutes = event.alarmMinutesBefore, !event.cancelled {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:\(Self.escape(event.summary))", "TRIGGER:-PT\(minutes)M", "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A parameter value (CN=…): quoted, since names hold commas and colons; quotes themselves cannot appear.
    public static func parameter(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ") + "\""
    }

    /// `19970714T173000Z`.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11).
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var result = "", current = 0, limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if current + size > limit {
                result += "\r\n "
                current = 1
                limit = 75
            }
            result.unicodeScalars.append(scalar)
            current += size
        }
        return result
    }
}
