// Registry entries and their status history.

import Fluent

struct CreateRegistryEntry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RegistryEntry.schema)
            .id()
            .field("registry_number", .string, .required)
            .field("user_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("given_name", .string, .required)
            .field("family_name", .string, .required)
            .field("given_name_folded", .string, .required)
            .field("family_name_folded", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("worker_type", .string, .required)
            .field("other_title", .string)
            .field("status", .string, .required)
            .field("status_reason", .string)
            .field("preferred_contact", .string, .required)
            .field("notes", .string)
            .field("listed_in_directory", .bool, .required)
            .field("show_worker_type", .bool, .required)
            .field("show_languages", .bool, .required)
            .field("show_counties", .bool, .required)
            .field("show_communities", .bool, .required)
            .field("show_organizations", .bool, .required)
            .field("show_contact", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "registry_number")
            .unique(on: "user_id")
            .create()
        try await database.createIndex(named: "registry_entries_status", on: RegistryEntry.schema, columns: ["status", "listed_in_directory"])
        try await database.createIndex(named: "registry_entries_name", on: RegistryEntry.schema, columns: ["family_name", "given_name"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegistryEntry.schema).delete()
    }
}
