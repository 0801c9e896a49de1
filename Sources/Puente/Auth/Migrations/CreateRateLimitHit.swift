// Rate-limit hits (sign-in attempts and the like), one row per hit.

import Fluent
import Foundation

struct CreateRateLimitHit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RateLimitHit.schema)
            .id()
            .field("bucket", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        try await database.createIndex(named: "rate_limit_hits_bucket_time", on: RateLimitHit.schema, columns: ["bucket", "occurred_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RateLimitHit.schema).delete()
    }
}
