import Fluent

struct CreateAuditEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema)
            .id()
            .field("actor_id", .uuid)
            .field("actor_email", .string)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string)
            .field("summary", .string, .required)
            .field("ip", .string)
            .field("occurred_at", .datetime, .required)
            .create()
        try await database.createIndex(named: "audit_events_time", on: AuditEvent.schema, columns: ["occurred_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).delete()
    }
}
