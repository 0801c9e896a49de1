// Credentials (certificates) the registry vouches for.

import Fluent

struct CreateCredential: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Credential.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(RegistryEntry.schema, "id", onDelete: .restrict))
            .field("number", .string, .required)
            .field("program", .string, .required)
            .field("issuer", .string, .required)
            .field("issued_on", .string, .required)
            .field("expires_on", .string)
            .field("revoked_at", .datetime)
            .field("revoked_reason", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Credential.schema).delete()
    }
}
