// Deletes what has outlived its use: old rate-limit hits, spent or expired email links,
// expired API tokens, lapsed browser sessions, CSV uploads nobody confirmed within a day (they hold personal data).
// The background worker calls it every few minutes.

import Fluent
import Foundation

enum Housekeeping {
    static let interval: TimeInterval = 10 * 60

    static func sweep(on db: any Database, now: Date = Date()) async throws {
        try await RateLimitHit.query(on: db).filter(\.$occurredAt < now.addingTimeInterval(-24 * 3600)).delete()
        try await OneTimeToken.query(on: db).filter(\.$expiresAt < now.addingTimeInterval(-7 * 24 * 3600)).delete()
        try await APIToken.query(on: db).filter(\.$expiresAt < now).delete()
        try await BrowserSession.query(on: db).filter(\.$expiresAt < now).delete()
        try await IdempotentRequest.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-IdempotencyMiddleware.lifetime)).delete()
        try await RegistryImportFile.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-24 * 3600)).delete()
    }
}
