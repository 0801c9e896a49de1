// Puts a message in the outbox. Pass the transaction's database so the message exists
// only if the change that caused it is committed.

import Fluent
import Foundation
import PuenteCore
import SQLKit

enum Outbox {
    /// One plain INSERT: this runs for every registration and decision, and Fluent's model
    /// reflection cost more than the SQL.
    static func enqueue(_ message: MailMessage, on db: any Database) async throws {
        let now = Date()
        try await db.sql.insert(into: OutboxMessage.schema)
            .columns("id", "recipient", "sender", "subject", "raw", "message_id", "status", "attempts", "next_attempt_at", "created_at")
            .values(SQLBind(UUID()), SQLBind(message.to.map(\.address.value).joined(separator: ",")), SQLBind(message.from.address.value),
                    SQLBind(message.subject), SQLBind(message.rendered()), SQLBind(message.messageID),
                    SQLBind(OutboxMessage.Status.pending.rawValue), SQLBind(0), SQLBind(now), SQLBind(now))
            .run()
    }
}
