// The table /healthz writes to, to prove the database takes writes.

import Fluent
import Metrics
import Prometheus
import SQLKit
import Vapor

struct CreateHealthProbes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("health_probes").id().field("checked_at", .datetime, .required).create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("health_probes").delete()
    }
}
