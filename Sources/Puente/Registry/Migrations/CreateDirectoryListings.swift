// The directory's public cards, one per listed person.

import Fluent
import Foundation
import PuenteCore
import SQLKit

/// Each listed person's public card, so a directory page is one query and no model loading.
/// It once also filled the index with the code of the day, which forced the migration after it to
/// run first; a migration's SQL is frozen, so that fill is now `puente rebuild-directory`. A new
/// database runs this before it holds anyone; only one from a release before this table, upgraded
/// now, has people to list, and then the log says to run the command.
struct CreateDirectoryListings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("""
            CREATE TABLE directory_listings (
                entry_id \(database.engine.uuidColumn) PRIMARY KEY REFERENCES registry_entries(id) ON DELETE CASCADE,
                card TEXT NOT NULL)
            """).run()
        let people = try await database.sql.count(rowsIn: "registry_entries")
        if people > 0 {
            database.logger.warning("The directory's index is empty: run `puente rebuild-directory` once to list the \(people) registry entries.")
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE IF EXISTS directory_listings").run()
    }
}
