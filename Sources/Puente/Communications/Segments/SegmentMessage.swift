// A message to a segment (see `Segment`) rather than a list: written like a newsletter, in both
// languages, sent once. Its body is stored once; each copy is rendered at delivery.

import Fluent
import Foundation
import PuenteCore

final class SegmentMessage: Model, BilingualMessage, @unchecked Sendable {
    static let schema = "segment_messages"

    enum Status: String, Codable, Sendable, CaseIterable {
        case draft, sending, sent
    }

    @ID(key: .id) var id: UUID?
    /// The `Segment`, as JSON.
    @Field(key: "segment") var segmentJSON: String
    @Field(key: "subject") var subject: String
    @Field(key: "markdown") var markdown: String
    @OptionalField(key: "subject_es") var subjectEs: String?
    @OptionalField(key: "markdown_es") var markdownEs: String?
    @Enum(key: "status") var status: Status
    /// Who it went to, in words, as it was when sent (a cohort may be renamed later).
    @OptionalField(key: "audience") var audience: String?
    @Field(key: "recipients") var recipients: Int
    @OptionalField(key: "created_by") var createdBy: UUID?
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(segment: Segment, subject: String, markdown: String, subjectEs: String?, markdownEs: String?, createdBy: UUID?) {
        self.segmentJSON = segment.json
        self.subject = subject
        self.markdown = markdown
        self.subjectEs = subjectEs
        self.markdownEs = markdownEs
        self.status = .draft
        self.recipients = 0
        self.createdBy = createdBy
    }

    var segment: Segment? { Segment(json: segmentJSON) }
}

/// One narrow row per recipient, keyed by the address's preferences row: the address, the
/// one-click link and the bounce count all hang off it, so the row stores only name and language.
enum SegmentDelivery {
    static let schema = "segment_deliveries"
}
