// The registry's tables: organizations, entries and their details, status history, credentials.

import Fluent

struct CreateOrganization: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Organization.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("county_fips", .string)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex(named: "organizations_name", on: Organization.schema, columns: ["name"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Organization.schema).delete()
    }
}

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

struct CreateRegistryEntryDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for (table, column) in [(RegistryEntryLanguage.schema, "code"), (RegistryEntryCounty.schema, "fips"),
                                (RegistryEntryCommunity.schema, "code")] {
            try await database.schema(table)
                .id()
                .field("entry_id", .uuid, .required, .references(RegistryEntry.schema, "id", onDelete: .cascade))
                .field(.string(column), .string, .required)
                .unique(on: "entry_id", .string(column))
                .create()
            // Directory filters look up entries by value.
            try await database.createIndex(named: "\(table)_value", on: table, columns: [column, "entry_id"])
        }
        try await database.schema(Affiliation.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(RegistryEntry.schema, "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references(Organization.schema, "id", onDelete: .restrict))
            .field("title", .string)
            .field("is_employer", .bool, .required)
            .unique(on: "entry_id", "organization_id")
            .create()
        try await database.schema(RegistryStatusChange.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(RegistryEntry.schema, "id", onDelete: .cascade))
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("reason", .string)
            .field("actor_email", .string)
            .field("changed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [RegistryStatusChange.schema, Affiliation.schema, RegistryEntryCommunity.schema,
                      RegistryEntryCounty.schema, RegistryEntryLanguage.schema] {
            try await database.schema(table).delete()
        }
    }
}

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
