// The directory's public cards, one per listed person.

import Fluent
import Foundation
import PuenteCore
import SQLKit

/// Each listed person's public card, so a directory page is one query and no model loading.
/// Fills the index (terms and listings) from the registry.
struct CreateDirectoryListings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("""
            CREATE TABLE directory_listings (
                entry_id \(database.engine.uuidColumn) PRIMARY KEY REFERENCES registry_entries(id) ON DELETE CASCADE,
                card TEXT NOT NULL)
            """).run()
        try await DirectoryIndex.rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE IF EXISTS directory_listings").run()
    }
}
