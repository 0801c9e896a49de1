// Staff lists order people by their folded names (accents and case aside), so "Álvarez" comes
// with the A's; this index keeps that order a walk, not a sort of the whole registry per page.

import Fluent
import SQLKit

struct UpdateRegistryEntriesAddFoldedNameIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex(named: "registry_entries_folded_name", on: RegistryEntry.schema,
                                       columns: ["family_name_folded", "given_name_folded"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "registry_entries_folded_name").run()
    }
}
