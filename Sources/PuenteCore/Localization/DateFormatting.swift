// Dates and times in the program's time zone, written the way the reader's locale writes them.

import Foundation

public struct DateFormatting: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    public enum Style: Sendable { case date, dateTime, time }

    public func format(_ date: Date, _ style: Style, in language: Language) -> String {
        let zoneID = timeZone.identifier
        let text = FormatterCache.shared.string(date, key: "\(zoneID)|\(language.rawValue)|\(style)") {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: language.localeIdentifier)
            formatter.timeZone = timeZone
            switch style {
            case .date:
                formatter.dateStyle = .long
                formatter.timeStyle = .none
            case .dateTime:
                formatter.dateStyle = .medium
                formatter.timeStyle = .short
            case .time:
                formatter.dateStyle = .none
                formatter.timeStyle = .short
            }
            return formatter
        }
        // Name the zone for date-times so a reader elsewhere is not misled.
        guard style != .date else { return text }
        // ICU's `zzz` gives "PDT"/"CST" where TimeZone.abbreviation on Linux gives "GMT-7".
        let zone = FormatterCache.shared.string(date, key: "\(zoneID)|zzz") {
            let zone = DateFormatter()
            zone.locale = Locale(identifier: "en_US")
            zone.timeZone = timeZone
            zone.dateFormat = "zzz"
            return zone
        }
        return "\(text) \(zone)"
    }

    /// `YYYY-MM-DD` in the program's zone, for machine-readable fields and date inputs.
    public func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The instant a `YYYY-MM-DD` day starts in the program's zone.
    public func startOfDay(_ isoDay: String) -> Date? {
        let parts = isoDay.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == parts[2] else { return nil }
        return date
    }
}
