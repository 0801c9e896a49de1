// Counts attempts per bucket in a sliding window, in the database so every process agrees.
// `PUENTE_RATE_LIMIT=off` turns every limit off (benchmarks, load tests).

import Fluent
import Foundation
import Vapor

struct RateLimit: Sendable {
    let limit: Int
    let window: TimeInterval

    static let loginPerAccount = RateLimit(limit: 5, window: 15 * 60)
    static let loginPerIP = RateLimit(limit: 30, window: 15 * 60)
    static let emailPerIP = RateLimit(limit: 10, window: 60 * 60)
}

struct RateLimiter: Sendable {
    let db: any Database
    let enabled: Bool

    func isExceeded(_ bucket: String, _ rule: RateLimit) async throws -> Bool {
        guard enabled else { return false }
        let since = Date().addingTimeInterval(-rule.window)
        let count = try await RateLimitHit.query(on: db)
            .filter(\.$bucket == bucket)
            .filter(\.$occurredAt > since)
            .count()
        return count >= rule.limit
    }

    func hit(_ bucket: String) async throws {
        guard enabled else { return }
        try await RateLimitHit(bucket: bucket, occurredAt: Date()).create(on: db)
        // Forget hits older than any window, so the table stays small.
        try await RateLimitHit.query(on: db)
            .filter(\.$bucket == bucket)
            .filter(\.$occurredAt < Date().addingTimeInterval(-24 * 3600))
            .delete()
    }

    /// Counts the attempt, then refuses it if the bucket is over its limit.
    func check(_ bucket: String, _ rule: RateLimit) async throws {
        guard enabled else { return }
        if try await isExceeded(bucket, rule) { throw TooManyRequests() }
        try await hit(bucket)
    }

    func clear(_ bucket: String) async throws {
        try await RateLimitHit.query(on: db).filter(\.$bucket == bucket).delete()
    }
}

extension Request {
    var rateLimiter: RateLimiter { RateLimiter(db: db, enabled: config.rateLimitsEnabled) }
}
