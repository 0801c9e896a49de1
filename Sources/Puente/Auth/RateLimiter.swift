// Counts attempts per bucket in a sliding window, in the database so every process agrees.
// `PUENTE_RATE_LIMIT=off` turns every limit off (benchmarks, load tests).

import Fluent
import Foundation
import Vapor

struct RateLimit: Sendable {
    let limit: Int
    let window: TimeInterval

    /// Wrong passwords for one account from one client address.
    static let loginPerAccountAndAddress = RateLimit(limit: 5, window: 15 * 60)
    /// Wrong passwords for one account from anywhere: past this, each attempt is slowed, never refused,
    /// so a stranger cannot lock the owner out.
    static let loginPerAccount = RateLimit(limit: 5, window: 15 * 60)
    static let loginPerIP = RateLimit(limit: 30, window: 15 * 60)
    static let emailPerIP = RateLimit(limit: 10, window: 60 * 60)
}

struct RateLimiter: Sendable {
    let db: any Database
    let enabled: Bool

    func isExceeded(_ bucket: String, _ rule: RateLimit) async throws -> Bool {
        guard enabled else { return false }
        return try await count(bucket, rule) >= rule.limit
    }

    /// How many hits the bucket holds within the rule's window.
    func count(_ bucket: String, _ rule: RateLimit) async throws -> Int {
        try await RateLimitHit.query(on: db)
            .filter(\.$bucket == bucket)
            .filter(\.$occurredAt > Date().addingTimeInterval(-rule.window))
            .count()
    }

    func hit(_ bucket: String) async throws {
        guard enabled else { return }
        try await RateLimitHit(bucket: bucket, occurredAt: Date()).create(on: db)
        try await forgetOldHits(bucket)
    }

    /// Forget hits older than any window, so the table stays small.
    private func forgetOldHits(_ bucket: String) async throws {
        try await RateLimitHit.query(on: db)
            .filter(\.$bucket == bucket)
            .filter(\.$occurredAt < Date().addingTimeInterval(-24 * 3600))
            .delete()
    }

    /// Counts this attempt first, then refuses it when the bucket is over its limit. Checking
    /// before counting let forty parallel attempts all pass a limit of five: each checked before
    /// any was counted. The k-th attempt to be counted sees at least k, so at most `limit` pass.
    /// Returns the hit, which `withdraw` takes back when the attempt turns out not to count
    /// (a correct password). A refused attempt takes its own hit back, so a flood adds no rows.
    @discardableResult
    func attempt(_ bucket: String, _ rule: RateLimit) async throws -> RateLimitHit? {
        guard enabled else { return nil }
        let hit = RateLimitHit(bucket: bucket, occurredAt: Date())
        try await hit.create(on: db)
        if try await count(bucket, rule) > rule.limit {
            try await hit.delete(on: db)
            throw TooManyRequests()
        }
        try await forgetOldHits(bucket)
        return hit
    }

    func withdraw(_ hit: RateLimitHit?) async throws {
        guard let hit else { return }
        try await hit.delete(on: db)
    }

    /// Counts the attempt, refusing it if the bucket is over its limit.
    func check(_ bucket: String, _ rule: RateLimit) async throws {
        try await attempt(bucket, rule)
    }

    func clear(_ bucket: String) async throws {
        try await RateLimitHit.query(on: db).filter(\.$bucket == bucket).delete()
    }
}

extension Request {
    var rateLimiter: RateLimiter { RateLimiter(db: db, enabled: config.rateLimitsEnabled) }
}
