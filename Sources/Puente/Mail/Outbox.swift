// Puts a message in the outbox. Pass the transaction's database so the message exists
// only if the change that caused it is committed.

import Fluent
import Foundation
import PuenteCore
import SQLKit

enum Outbox {
    /// A message rendered and ready to queue: render it before taking a lock, queue it inside.
    struct Draft: Sendable {
        let recipient: String
        let sender: String
        let subject: String
        let raw: String
        let messageID: String

        /// A message already written (a list post relayed as received, with its headers rewritten).
        init(recipient: String, sender: String, subject: String, raw: String, messageID: String) {
            self.recipient = recipient
            self.sender = sender
            self.subject = subject
            self.raw = raw
            self.messageID = messageID
        }

        init(_ message: MailMessage) {
            recipient = message.to.map(\.address.value).joined(separator: ",")
            sender = message.from.address.value
            subject = message.subject
            raw = message.rendered()
            messageID = message.messageID
        }
    }

    static func enqueue(_ message: MailMessage, on db: any Database) async throws {
        try await enqueue([Draft(message)], on: db)
    }

    /// Plain multi-row INSERTs: this runs for every registration and decision, and Fluent's
    /// model reflection cost more than the SQL.
    static func enqueue(_ drafts: [Draft], on db: any Database) async throws {
        let now = Date()
        for chunk in drafts.chunked(into: 200) {
            var insert = db.sql.insert(into: OutboxMessage.schema)
                .columns("id", "recipient", "sender", "subject", "raw", "message_id", "status", "attempts", "next_attempt_at", "created_at")
            for draft in chunk {
                insert = insert.values(SQLBind(UUID()), SQLBind(draft.recipient), SQLBind(draft.sender), SQLBind(draft.subject),
                                       SQLBind(draft.raw),
                                       SQLBind(draft.messageID), SQLBind(OutboxMessage.Status.pending.rawValue), SQLBind(0), SQLBind(now), SQLBind(now))
            }
            try await insert.run()
        }
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements (for multi-row INSERTs under bind limits).
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
