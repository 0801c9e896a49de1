// Plain CREATE INDEX and row counts through SQLKit: the same statements work on SQLite and PostgreSQL.

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

extension SQLDatabase {
    /// How many rows `table` holds.
    func count(rowsIn table: String) async throws -> Int {
        try await select().column(SQLFunction("count", args: SQLLiteral.all), as: "n").from(table)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
