// Plain CREATE INDEX through SQLKit: the same statement works on SQLite and PostgreSQL.

import Fluent
import SQLKit

extension Database {
    func createIndex(named name: String, on table: String, columns: [String]) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }

    var sql: any SQLDatabase { self as! any SQLDatabase }
}
