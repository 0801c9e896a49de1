// Events and their registrations.

import Fluent

struct CreateEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Event.schema)
            .id()
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("time_zone", .string, .required)
            .field("place", .string)
            .field("online_link", .string)
            .field("audience", .string, .required)
            .field("capacity", .int)
            .field("registration_opens_at", .datetime)
            .field("registration_closes_at", .datetime)
            .field("status", .string, .required)
            .field("sequence", .int, .required)
            .field("organizer_name", .string, .required)
            .field("organizer_email", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex(named: "events_starts_at", on: Event.schema, columns: ["starts_at"])
        try await database.schema(EventRegistration.schema)
            .id()
            .field("event_id", .uuid, .required, .references(Event.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("status", .string, .required)
            .field("queue_number", .int, .required)
            .field("token", .string, .required)
            .field("promoted_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "event_id", "email")
            .unique(on: "token")
            .create()
        try await database.createIndex(named: "event_registrations_queue", on: EventRegistration.schema, columns: ["event_id", "status", "queue_number"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRegistration.schema).delete()
        try await database.schema(Event.schema).delete()
    }
}
