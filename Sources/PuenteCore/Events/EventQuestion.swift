// Questions an organizer adds to an event's registration form ("Do you need interpretation?",
// "Which language?", "Accessibility needs"), and the check of one registrant's answers.
// Stored as JSON on the event; answers as JSON on the registration, keyed by question id.

import Foundation

public struct EventQuestion: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case text, choice, yesNo = "yes_no" }

    /// Stable within the event (`q1`…), so answers keep their meaning when a prompt is reworded.
    public var id: String
    public var kind: Kind
    public var prompt: String
    /// For `choice` only.
    public var choices: [String]
    public var required: Bool
    /// The prompt in Spanish; nil: Spanish readers get the English, marked "(en inglés)".
    public var promptEs: String?
    /// The choices' Spanish labels, one per choice in the same order. Answers are stored as the
    /// English choice whatever the reader's language, so staff read one list of answers.
    public var choicesEs: [String]?

    public init(id: String, kind: Kind, prompt: String, choices: [String] = [], required: Bool = false,
                promptEs: String? = nil, choicesEs: [String]? = nil) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.choices = choices
        self.required = required
        self.promptEs = promptEs
        self.choicesEs = choicesEs
    }

    public var promptText: StaffText { StaffText(prompt, spanish: promptEs) }

    /// Each choice as stored (the English) with its label for a reader of `language`.
    public func choiceLabels(in language: Language) -> [(value: String, label: String)] {
        choices.enumerated().map { index, choice in
            let spanish = choicesEs.flatMap { index < $0.count ? $0[index] : nil }
            return (choice, StaffText(choice, spanish: spanish).text(in: language))
        }
    }

    public static let maximumCount = 6
    public static let maximumAnswerLength = 500

    public enum Problem: Error, Equatable, Sendable {
        case promptMissing(id: String)
        case tooLong(id: String)
        case choicesMissing(id: String)
        /// Spanish choices given, but not one for each English choice.
        case spanishChoicesMismatch(id: String)
        case duplicateID(id: String)
        case tooMany
    }

    /// The organizer's list: prompts present and short, choices for choice questions, ids unique.
    public static func check(_ questions: [EventQuestion]) -> Problem? {
        if questions.count > maximumCount { return .tooMany }
        var seen = Set<String>()
        for question in questions {
            if !seen.insert(question.id).inserted || question.id.isEmpty { return .duplicateID(id: question.id) }
            if question.prompt.trimmingCharacters(in: .whitespaces).isEmpty { return .promptMissing(id: question.id) }
            if question.prompt.count > 300 || question.choices.contains(where: { $0.count > 100 }) || question.choices.count > 20
                || (question.promptEs?.count ?? 0) > 300 || (question.choicesEs ?? []).contains(where: { $0.count > 100 }) {
                return .tooLong(id: question.id)
            }
            if let spanish = question.choicesEs, !spanish.isEmpty, spanish.count != question.choices.count {
                return .spanishChoicesMismatch(id: question.id)
            }
            if question.kind == .choice && question.choices.filter({ !$0.isEmpty }).count < 2 { return .choicesMissing(id: question.id) }
        }
        return nil
    }

    public enum AnswerProblem: Error, Equatable, Sendable {
        case required(id: String)
        case notAChoice(id: String)
        case tooLong(id: String)
    }

    /// One registrant's answers, cleaned: trimmed, empty ones dropped, yes/no as "yes" or "no",
    /// unknown ids ignored. Throws the first problem in question order.
    public static func clean(_ answers: [String: String], for questions: [EventQuestion]) throws(AnswerProblem) -> [String: String] {
        var cleaned: [String: String] = [:]
        for question in questions {
            let value = (answers[question.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                if question.required { throw .required(id: question.id) }
                continue
            }
            switch question.kind {
            case .text:
                guard value.count <= maximumAnswerLength else { throw .tooLong(id: question.id) }
            case .choice:
                guard question.choices.contains(value) else { throw .notAChoice(id: question.id) }
            case .yesNo:
                guard value == "yes" || value == "no" else { throw .notAChoice(id: question.id) }
            }
            cleaned[question.id] = value
        }
        return cleaned
    }
}
