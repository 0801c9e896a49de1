// A rule in words, for people who read event lists: "The fourth Thursday of every month".
// Rules the words do not cover (several positions, every other month…) answer nil, and the
// list shows the dates alone rather than a half-true sentence.

import Foundation

public extension RecurrenceRule {
    /// `startWeekday` (0 = Sunday) is the first date's weekday, which a weekly rule without
    /// BYDAY repeats.
    func words(in language: Language, startWeekday: Int) -> String? {
        switch frequency {
        case .daily:
            guard weekdays.isEmpty, monthDays.isEmpty else { return nil }
            return interval == 1 ? L10n.eventRuleDaily.text(language)
                                 : L10n.eventRuleEveryNDays.text(language, ["n": "\(interval)"])
        case .weekly:
            guard monthDays.isEmpty else { return nil }
            let days = Self.list((weekdays.isEmpty ? [startWeekday] : weekdays.sorted()).map { Self.weekdayName($0, language) }, language)
            return interval == 1 ? L10n.eventRuleWeekly.text(language, ["days": days])
                                 : L10n.eventRuleEveryNWeeks.text(language, ["n": "\(interval)", "days": days])
        case .monthly:
            guard interval == 1 else { return nil }
            if let position, weekdays.count == 1, monthDays.isEmpty, let ordinal = Self.ordinals[safe: position - 1] {
                return L10n.eventRuleMonthlyPosition.text(language, ["position": ordinal.text(language),
                                                                     "day": Self.weekdayName(weekdays[0], language)])
            }
            guard position == nil, weekdays.isEmpty, !monthDays.isEmpty else { return nil }
            return L10n.eventRuleMonthDays.text(language, ["days": Self.list(monthDays.sorted().map(String.init), language)])
        }
    }

    private static let ordinals: [L10n] = [.eventRuleFirst, .eventRuleSecond, .eventRuleThird, .eventRuleFourth, .eventRuleFifth]

    /// The weekday's full name as the language writes it in a sentence ("Thursday", "jueves").
    private static func weekdayName(_ index: Int, _ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = Locale(identifier: language.localeIdentifier)
        let names = calendar.weekdaySymbols
        return names.indices.contains(index) ? names[index] : ""
    }

    /// "Tuesday and Thursday", "martes, jueves y sábado".
    private static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + L10n.eventRuleAnd.text(language) + " " + items.last!
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
