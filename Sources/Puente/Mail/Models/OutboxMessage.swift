// A message waiting to leave, or the record that it left. Written in the same
// transaction as the change that caused it; delivered by a worker holding a lease.

import Fluent
import Foundation

public final class OutboxMessage: Model, @unchecked Sendable {
    public static let schema = "outbox_messages"

    public enum Status: String, Codable, Sendable {
        case pending, sent, failed
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "recipient") public var recipient: String
    @Field(key: "sender") public var sender: String
    @Field(key: "subject") public var subject: String
    /// The whole RFC 5322 message, rendered at enqueue time so every retry sends the same bytes.
    @Field(key: "raw") public var raw: String
    @Field(key: "message_id") public var messageID: String
    @Enum(key: "status") public var status: Status
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "next_attempt_at") public var nextAttemptAt: Date
    @OptionalField(key: "lease_owner") public var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") public var leaseExpiresAt: Date?
    @OptionalField(key: "last_error") public var lastError: String?
    @OptionalField(key: "sent_at") public var sentAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}
