// Full-text search over what people chose to make public. The two engines differ here, so
// this is one small protocol with an FTS5 implementation and a tsvector one; everything
// else about the directory is shared Fluent/SQLKit code.

import Fluent
import Foundation
import PuenteCore
import SQLKit

protocol DirectorySearchEngine: Sendable {
    /// Replaces the entry's searchable text; nil removes it from the index.
    func store(entryID: UUID, text: String?, on db: any SQLDatabase) async throws
    /// A condition on `registry_entries.id` that keeps entries matching every word of `query`.
    func matching(_ query: String) -> SQLQueryString?
}

enum DirectoryText {
    /// Lower-cased words without accents, so "Hernandez" finds "Hernández" on both engines.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
            .filter { !$0.isEmpty }
            .prefix(8)
            .map { $0 }
    }
}

struct SQLiteDirectorySearch: DirectorySearchEngine {
    func store(entryID: UUID, text: String?, on db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM directory_search WHERE entry_id = \(bind: entryID)").run()
        guard let text else { return }
        try await db.raw("INSERT INTO directory_search (entry_id, body) VALUES (\(bind: entryID), \(bind: text))").run()
    }

    func matching(_ query: String) -> SQLQueryString? {
        let words = DirectoryText.words(query)
        guard !words.isEmpty else { return nil }
        // Each word a quoted prefix term: user text can never be read as FTS5 syntax.
        let expression = words.map { "\"\($0)\"*" }.joined(separator: " ")
        return "\(ident: RegistryEntry.schema).\(ident: "id") IN (SELECT \(ident: "entry_id") FROM directory_search WHERE directory_search MATCH \(bind: expression))"
    }
}

struct PostgresDirectorySearch: DirectorySearchEngine {
    func store(entryID: UUID, text: String?, on db: any SQLDatabase) async throws {
        guard let text else {
            try await db.raw("DELETE FROM directory_search WHERE entry_id = \(bind: entryID)").run()
            return
        }
        try await db.raw("""
            INSERT INTO directory_search (entry_id, body) VALUES (\(bind: entryID), to_tsvector('simple', \(bind: text)))
            ON CONFLICT (entry_id) DO UPDATE SET body = EXCLUDED.body
            """).run()
    }

    func matching(_ query: String) -> SQLQueryString? {
        let words = DirectoryText.words(query)
        guard !words.isEmpty else { return nil }
        // Letters and digits only reach here, so `:*` prefixes are safe to join.
        let expression = words.map { "\($0):*" }.joined(separator: " & ")
        return "\(ident: RegistryEntry.schema).\(ident: "id") IN (SELECT \(ident: "entry_id") FROM directory_search WHERE body @@ to_tsquery('simple', \(bind: expression)))"
    }
}

extension Database {
    var directorySearch: any DirectorySearchEngine {
        sql.dialect.name == "postgresql" ? PostgresDirectorySearch() : SQLiteDirectorySearch()
    }
}

enum DirectoryIndex {
    /// Rebuilds one entry's public text: present only while the entry is active and listed,
    /// and made only of fields the person chose to show.
    static func refresh(_ entryID: UUID, on db: any Database) async throws {
        let found = try await RegistryEntry.query(on: db).filter(\.$id == entryID)
            .with(\.$affiliations) { $0.with(\.$organization) }
            .first()
        guard let entry = found else { return }
        try await db.directorySearch.store(entryID: entryID, text: publicText(entry), on: db.sql)
    }

    static func publicText(_ entry: RegistryEntry) -> String? {
        guard entry.status == .active, entry.listedInDirectory else { return nil }
        var parts = [entry.givenName, entry.familyName]
        if entry.showWorkerType, let title = entry.otherTitle { parts.append(title) }
        if entry.showOrganizations { parts += entry.affiliations.map(\.organization.name) }
        return DirectoryText.words(parts.joined(separator: " ")).joined(separator: " ")
    }
}

struct CreateDirectorySearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        if database.sql.dialect.name == "postgresql" {
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
