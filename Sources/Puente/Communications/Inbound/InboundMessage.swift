// A message that came in by email: a post to a discussion list (delivered, or held for an owner
// to read), a bounce, or anything else kept for staff. Stored as received.

import Fluent
import Foundation

final class InboundMessage: Model, @unchecked Sendable {
    static let schema = "inbound_messages"

    enum Kind: String, Codable, Sendable { case post, bounce }

    enum Status: String, Codable, Sendable {
        /// Waiting for a list owner: from a non-member, a first post, or not plain text.
        case held
        case delivered
        case rejected
        /// Nothing to do but keep it for staff to read (a message to a bounce address that is no report).
        case kept
        /// A bounce that was counted.
        case processed
    }

    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "list_id") var list: MailingList?
    @Enum(key: "kind") var kind: Kind
    @Field(key: "sender") var sender: String
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "raw") var raw: String
    @Enum(key: "status") var status: Status
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(listID: UUID?, kind: Kind, sender: String, recipient: String, subject: String, raw: String, status: Status, reason: String?) {
        self.$list.id = listID
        self.kind = kind
        self.sender = String(sender.prefix(254))
        self.recipient = String(recipient.prefix(254))
        self.subject = String(subject.prefix(300))
        self.raw = raw
        self.status = status
        self.reason = reason
    }
}
