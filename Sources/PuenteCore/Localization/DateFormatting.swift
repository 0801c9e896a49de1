// Dates and times in the program's time zone, written the way the reader's locale writes them.

import Foundation

public struct DateFormatting: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    public enum Style: Sendable { case date, dateTime, time }

    /// One style per language, everywhere (issue 20): "jue 9 jul 2026 · 2:30 p.m. hora del
    /// Pacífico", "Thu Jul 9, 2026 · 2:30 PM Pacific Time". A time always names its zone, so a
    /// reader elsewhere is not misled; ICU's generic name ("Pacific Time") reads as words, where
    /// "PDT" did not, and holds across the change to and from daylight time.
    public func format(_ date: Date, _ style: Style, in language: Language) -> String {
        switch style {
        case .date: day(date, in: language)
        case .time: clock(date, in: language) + " " + zoneName(date, in: language)
        case .dateTime: day(date, in: language) + " · " + clock(date, in: language) + " " + zoneName(date, in: language)
        }
    }

    /// A start and an end: "jue 9 jul 2026 · 2:30–4:00 p.m. hora del Pacífico", the day and the
    /// a.m./p.m. written once when they are shared; two full date-times otherwise.
    public func range(_ start: Date, _ end: Date, in language: Language) -> String {
        guard isoDay(start) == isoDay(end) else { return format(start, .dateTime, in: language) + " – " + format(end, .dateTime, in: language) }
        let samePeriod = pattern(start, "a", language) == pattern(end, "a", language)
        let from = samePeriod ? pattern(start, "h:mm", language) : clock(start, in: language)
        return day(start, in: language) + " · " + from + "–" + clock(end, in: language) + " " + zoneName(start, in: language)
    }

    private func day(_ date: Date, in language: Language) -> String {
        pattern(date, language == .es ? "EEE d MMM yyyy" : "EEE MMM d, yyyy", language).replacingOccurrences(of: ".", with: "")
    }

    private func clock(_ date: Date, in language: Language) -> String { pattern(date, "h:mm a", language) }

    private func zoneName(_ date: Date, in language: Language) -> String { pattern(date, "vvvv", language) }

    private func pattern(_ date: Date, _ format: String, _ language: Language) -> String {
        FormatterCache.shared.string(date, key: "\(timeZone.identifier)|\(language.rawValue)|p:\(format)") {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: language.localeIdentifier)
            formatter.timeZone = timeZone
            formatter.dateFormat = format
            return formatter
        }
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
