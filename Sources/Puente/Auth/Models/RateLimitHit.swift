// One counted attempt against a rate-limit bucket, kept in the database so every process sees it.

import Fluent
import Foundation

final class RateLimitHit: Model, @unchecked Sendable {
    static let schema = "rate_limit_hits"

    @ID(key: .id) var id: UUID?
    /// For example `login-account:ana@example.org` or `login-ip:127.0.0.1`.
    @Field(key: "bucket") var bucket: String
    @Field(key: "occurred_at") var occurredAt: Date

    init() {}

    init(bucket: String, occurredAt: Date) {
        self.bucket = bucket
        self.occurredAt = occurredAt
    }
}
