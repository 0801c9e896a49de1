// Text staff write for readers (a cohort's name, a session's topic, a series title, a material's
// title, a question and its choices): English, with an optional Spanish version beside it. The
// English is what the organization publishes first; a Spanish reader who gets it is told so.

import Foundation

public struct StaffText: Sendable, Equatable {
    public let english: String
    public let spanish: String?

    public init(_ english: String, spanish: String?) {
        self.english = english
        let trimmed = spanish?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.spanish = trimmed?.isEmpty == false ? trimmed : nil
    }

    /// The reader's language when staff wrote it; otherwise the English.
    public func text(in language: Language) -> String {
        language == .es ? spanish ?? english : english
    }

    /// Whether a reader of `language` gets English instead.
    public func isFallback(in language: Language) -> Bool { language == .es && spanish == nil }

    /// What a page shows: the English fallback marked "(en inglés)".
    public func marked(in language: Language) -> String {
        isFallback(in: language) ? english + " " + L10n.inEnglish.text(language) : text(in: language)
    }
}
