// The directory's first index, replaced by CreateDirectoryTerms.

import Fluent
import Foundation
import PuenteCore
import SQLKit

/// The first directory index, kept so databases migrated before it was replaced still line up.
struct CreateDirectorySearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        if database.engine == .postgres {
            try await database.sql.raw("""
                CREATE TABLE directory_search (
                    entry_id uuid PRIMARY KEY REFERENCES registry_entries(id) ON DELETE CASCADE,
                    body tsvector NOT NULL)
                """).run()
            try await database.sql.raw("CREATE INDEX directory_search_body ON directory_search USING GIN (body)").run()
        } else {
            try await database.sql.raw("""
                CREATE VIRTUAL TABLE directory_search USING fts5(entry_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE IF EXISTS directory_search").run()
    }
}
