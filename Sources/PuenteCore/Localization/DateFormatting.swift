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

    /// One part of a date, from a CLDR skeleton ("EEE", "d", "MMM"), as `language` writes it.
    public func format(_ date: Date, template: String, in language: Language) -> String {
        FormatterCache.shared.string(date, key: "\(timeZone.identifier)|\(language.rawValue)|t:\(template)") {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: language.localeIdentifier)
            formatter.timeZone = timeZone
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter
        }
    }

    /// `YYYY-MM-DD` in the program's zone, for machine-readable fields and date inputs.
    public func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The instant a `YYYY-MM-DD` day starts in the program's zone. Exactly that form: the days are
    /// stored as text and compared as text (expiry), so `2026-9-1` would sort after `2026-12-02`.
    public func startOfDay(_ isoDay: String) -> Date? {
        guard let day = Day(isoDay) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }
}
