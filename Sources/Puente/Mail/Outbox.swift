// Puts a message in the outbox. Pass the transaction's database so the message exists
// only if the change that caused it is committed.

import Fluent
import Foundation
import PuenteCore

enum Outbox {
    @discardableResult
    static func enqueue(_ message: MailMessage, on db: any Database) async throws -> OutboxMessage {
        let row = OutboxMessage()
        row.recipient = message.to.map(\.address.value).joined(separator: ",")
        row.sender = message.from.address.value
        row.subject = message.subject
        row.raw = message.rendered()
        row.messageID = message.messageID
        row.status = .pending
        row.attempts = 0
        row.nextAttemptAt = Date()
        try await row.create(on: db)
        return row
    }
}
