// The one place where SQLite and PostgreSQL are told apart. Code that must differ asks one of
// the helpers here (a column type, a lock, a match), never the dialect's name.

import Fluent
import Foundation
import SQLKit

enum DatabaseEngine: String, Sendable {
    case sqlite
    case postgres

    init(_ dialect: any SQLDialect) {
        self = dialect.name == "postgresql" ? .postgres : .sqlite
    }

    /// Column types for raw `CREATE TABLE` statements, matching what Fluent's own schema builder
    /// writes on each engine (so foreign keys to Fluent tables line up).
    var uuidColumn: SQLQueryString { self == .postgres ? "uuid" : "BLOB" }
    var timestampColumn: SQLQueryString { self == .postgres ? "timestamptz" : "REAL" }

    /// Text compared byte by byte: PostgreSQL's default collation would order by locale, and then
    /// a prefix range and an `ORDER BY` could not share one index. SQLite's `TEXT` already is.
    var byteOrderTextColumn: SQLQueryString { self == .postgres ? "text COLLATE \"C\"" : "TEXT" }

    /// `expression` of every row of a group, joined with nothing in between, in `order`.
    func concatenated(_ expression: SQLQueryString, orderedBy order: SQLQueryString) -> SQLQueryString {
        // SQLite's group_concat takes no ORDER BY before 3.44; its callers read rows in key order.
        self == .postgres ? "string_agg(\(expression), '' ORDER BY \(order))" : "group_concat(\(expression), '')"
    }

    /// Whether `column` contains `needle` (already free of LIKE's wildcards). SQLite: `instr`,
    /// since it prepares a statement again after binding when a bound `LIKE` pattern could change
    /// the plan (3% of a filtered directory search, profiled). PostgreSQL keeps the `LIKE` it was
    /// measured with.
    func contains(_ column: SQLQueryString, _ needle: String) -> SQLQueryString {
        self == .postgres ? "\(column) LIKE \(bind: "%" + needle + "%")" : "instr(\(column), \(bind: needle)) > 0"
    }

    /// The operator of a `LIKE` that ignores case: SQLite's `LIKE` already ignores (ASCII) case,
    /// PostgreSQL's minds it.
    var caseInsensitiveLike: String { self == .postgres ? "ILIKE" : "LIKE" }
}

extension SQLDatabase {
    var engine: DatabaseEngine { DatabaseEngine(dialect) }
}

extension Database {
    var engine: DatabaseEngine { sql.engine }

    /// Inside a transaction, holds one row until commit, so two writers of the same record go one
    /// after the other. PostgreSQL locks the row; SQLite's transactions (`BEGIN IMMEDIATE`,
    /// `PuenteSQLiteDatabase`) already hold the whole database's write lock.
    func lockRow(in table: String, id: UUID) async throws {
        guard engine == .postgres else { return }
        _ = try await sql.raw("SELECT id FROM \(ident: table) WHERE id = \(bind: id) FOR UPDATE").all()
    }

    /// The suffix that lets several workers claim different rows of a queue at once.
    var skipLockedClause: SQLQueryString {
        engine == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
    }
}
