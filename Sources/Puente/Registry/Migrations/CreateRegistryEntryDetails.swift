// An entry's languages, counties, communities and affiliations.

import Fluent

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
