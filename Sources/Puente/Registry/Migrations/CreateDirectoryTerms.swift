// The directory's ordered term index (decision 0008).

import Fluent
import Foundation
import PuenteCore
import SQLKit

/// Replaces the first directory index (FTS5 / tsvector, which found matches fast but had to
/// sort all of them for a page) with the ordered term index.
struct CreateDirectoryTerms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("DROP TABLE IF EXISTS directory_search").run()
        if sql.engine == .postgres {
            // "C" collation: byte order, so prefix ranges and ORDER BY use the same index.
            try await sql.raw("""
                CREATE TABLE directory_terms (
                    term text COLLATE "C" NOT NULL,
                    name_key text COLLATE "C" NOT NULL,
                    newest_key text COLLATE "C" NOT NULL,
                    entry_id uuid NOT NULL REFERENCES registry_entries(id) ON DELETE CASCADE,
                    PRIMARY KEY (term, name_key))
                """).run()
        } else {
            try await sql.raw("""
                CREATE TABLE directory_terms (
                    term TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    newest_key TEXT NOT NULL,
                    entry_id BLOB NOT NULL REFERENCES registry_entries(id) ON DELETE CASCADE,
                    PRIMARY KEY (term, name_key)) WITHOUT ROWID
                """).run()
        }
        try await sql.raw("CREATE INDEX directory_terms_newest ON directory_terms (term, newest_key)").run()
        try await sql.raw("CREATE INDEX directory_terms_person ON directory_terms (name_key, term)").run()
        try await sql.raw("CREATE INDEX directory_terms_entry ON directory_terms (entry_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE IF EXISTS directory_terms").run()
        try await CreateDirectorySearch().prepare(on: database)
    }
}
