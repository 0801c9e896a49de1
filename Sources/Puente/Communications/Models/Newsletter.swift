// An issue of a list's newsletter, in Markdown, in English and Spanish. Its body is stored once;
// each recipient's message is rendered at delivery (see NewsletterDelivery).

import Fluent
import Foundation
import PuenteCore

final class Newsletter: Model, BilingualMessage, @unchecked Sendable {
    static let schema = "newsletters"

    enum Status: String, Codable, Sendable, CaseIterable {
        case draft, scheduled, sending, sent, cancelled
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "list_id") var list: MailingList
    @Field(key: "subject") var subject: String
    @Field(key: "markdown") var markdown: String
    @OptionalField(key: "subject_es") var subjectEs: String?
    @OptionalField(key: "markdown_es") var markdownEs: String?
    @Enum(key: "status") var status: Status
    @OptionalField(key: "scheduled_for") var scheduledFor: Date?
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "recipients") var recipients: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(listID: UUID, subject: String, markdown: String, subjectEs: String?, markdownEs: String?, createdBy: UUID?) {
        self.$list.id = listID
        self.subject = subject
        self.markdown = markdown
        self.subjectEs = subjectEs
        self.markdownEs = markdownEs
        self.status = .draft
        self.createdBy = createdBy
        self.recipients = 0
    }

    /// Whether it may still be changed or sent.
    var isEditable: Bool { status == .draft || status == .scheduled }
}

/// A message written in Markdown in English, Spanish or both: newsletters and messages to a segment.
protocol BilingualMessage: AnyObject {
    var subject: String { get }
    var markdown: String { get }
    var subjectEs: String? { get }
    var markdownEs: String? { get }
}

extension BilingualMessage {
    /// The reader's language when there is a version in it, else the other one.
    func version(in language: Language) -> (subject: String, markdown: String, language: Language) {
        // Asked for every copy sent: a scan that stops at the first letter, not a trim of the body.
        let hasText = { (text: String?) in text?.contains { !$0.isWhitespace } ?? false }
        let hasSpanish = hasText(subjectEs) && hasText(markdownEs)
        let hasEnglish = hasText(subject) && hasText(markdown)
        if hasSpanish, language == .es || !hasEnglish, let subjectEs, let markdownEs {
            return (subjectEs, markdownEs, .es)
        }
        return (subject, markdown, .en)
    }
}
