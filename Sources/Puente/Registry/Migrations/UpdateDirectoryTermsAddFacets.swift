// The filter terms on each directory row (docs/benchmarks.md, fourth round).

import Fluent
import Foundation
import PuenteCore
import SQLKit

/// Each term row also carries the person's filter terms (`DirectoryTerms.facets`), so a filter is
/// checked on the row a search is reading rather than by one more index lookup per candidate
/// (docs/benchmarks.md, fourth round). Existing rows are filled from the person's own filter rows.
struct UpdateDirectoryTermsAddFacets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("ALTER TABLE directory_terms ADD COLUMN facets \(sql.engine.byteOrderTextColumn) NOT NULL DEFAULT ' '").run()
        try await Self.fill(on: sql)
    }

    /// Sets every row's facets from the person's own filter rows (filter terms sort between ":"
    /// and ";"; a person's rows share one name_key): 43 s for a million people on SQLite here.
    static func fill(on sql: any SQLDatabase) async throws {
        let list = sql.engine.concatenated("f.term || ' '", orderedBy: "f.term")
        try await sql.raw("""
            UPDATE directory_terms SET facets = ' ' || coalesce((SELECT \(list) FROM directory_terms f
                WHERE f.name_key = directory_terms.name_key AND f.term >= ':' AND f.term < ';' AND f.term <> \(bind: DirectoryTerms.everyone)), '')
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("ALTER TABLE directory_terms DROP COLUMN facets").run()
    }
}
