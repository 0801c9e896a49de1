// Deletes what has outlived its use: old rate-limit hits, spent or expired email links,
// expired API tokens, lapsed browser sessions, CSV uploads nobody confirmed within a day (they hold
// personal data), idempotency keys after their day, and mail past `deliveryRetention`: outbox
// rows that were sent or gave up, and bulk delivery rows (their message keeps the counts).
// The background worker calls it every few minutes.

import Fluent
import Foundation

enum Housekeeping {
    static let interval: TimeInterval = 10 * 60
    static let deliveryRetention: TimeInterval = 90 * 24 * 3600

    static func sweep(on db: any Database, now: Date = Date()) async throws {
        try await RateLimitHit.query(on: db).filter(\.$occurredAt < now.addingTimeInterval(-24 * 3600)).delete()
        try await OneTimeToken.query(on: db).filter(\.$expiresAt < now.addingTimeInterval(-7 * 24 * 3600)).delete()
        try await APIToken.query(on: db).filter(\.$expiresAt < now).delete()
        try await BrowserSession.query(on: db).filter(\.$expiresAt < now).delete()
        try await IdempotentRequest.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-IdempotencyMiddleware.lifetime)).delete()
        try await RegistryImportFile.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-24 * 3600)).delete()
        let mailCutoff = now.addingTimeInterval(-deliveryRetention)
        try await OutboxMessage.query(on: db).filter(\.$status != .pending).filter(\.$createdAt < mailCutoff).delete()
        for queue in [BulkQueue.newsletters, .segments] {
            try await queue.archiveDeliveries(sentBefore: mailCutoff, on: db)
        }
    }
}
