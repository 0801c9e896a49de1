// Registration questions, reminders, check-in, materials after the event, and members' private feeds.

import Fluent
import SQLKit

struct AddEventDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per ALTER: SQLite adds them one at a time.
        try await database.schema(Event.schema).field("questions", .string).update()
        try await database.schema(Event.schema).field("reminder_minutes", .int).update()
        try await database.schema(Event.schema).field("translations", .string).update()
        try await database.schema(EventRegistration.schema).field("answers", .string).update()
        try await database.schema(EventRegistration.schema).field("checked_in_at", .datetime).update()
        try await database.schema(EventRegistration.schema).field("wants_reminders", .bool, .required, .sql(.default(true))).update()
        try await database.schema(EventRegistration.schema).field("reminded_at", .datetime).update()
        try await database.schema(EventRegistration.schema).field("language", .string, .required, .sql(.default("en"))).update()
        try await database.createIndex(named: "event_registrations_email", on: EventRegistration.schema, columns: ["email"])
        try await database.createIndex(named: "event_registrations_user", on: EventRegistration.schema, columns: ["user_id"])
        try await database.schema(EventMaterial.schema)
            .id()
            .field("event_id", .uuid, .required, .references(Event.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("url", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(EventFeed.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("token", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id")
            .unique(on: "token")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventFeed.schema).delete()
        try await database.schema(EventMaterial.schema).delete()
        try await database.sql.drop(index: "event_registrations_user").run()
        try await database.sql.drop(index: "event_registrations_email").run()
        for column in ["language", "reminded_at", "wants_reminders", "checked_in_at", "answers"] {
            try await database.schema(EventRegistration.schema).deleteField(.string(column)).update()
        }
        for column in ["translations", "reminder_minutes", "questions"] {
            try await database.schema(Event.schema).deleteField(.string(column)).update()
        }
    }
}
