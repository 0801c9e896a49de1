// Messages to a segment and their per-recipient delivery rows (issue 21, part 4b).

import Fluent
import SQLKit

struct CreateSegmentMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SegmentMessage.schema)
            .id()
            .field("segment", .string, .required)
            .field("subject", .string, .required)
            .field("markdown", .string, .required)
            .field("subject_es", .string)
            .field("markdown_es", .string)
            .field("status", .string, .required)
            .field("audience", .string)
            .field("recipients", .int, .required)
            .field("created_by", .uuid)
            .field("started_at", .datetime)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(SegmentDelivery.schema)
            .field("message_id", .uuid, .required, .references(SegmentMessage.schema, "id", onDelete: .cascade))
            .field("preference_id", .uuid, .required, .references(MailPreference.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("language", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("lease_owner", .string)
            .field("lease_expires_at", .datetime)
            .field("sent_at", .datetime)
            .field("last_error", .string)
            .compositeIdentifier(over: "message_id", "preference_id")
            .create()
        try await database.sql.raw("""
            CREATE INDEX segment_deliveries_due ON segment_deliveries (next_attempt_at) WHERE status = 'queued'
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SegmentDelivery.schema).delete()
        try await database.schema(SegmentMessage.schema).delete()
    }
}
