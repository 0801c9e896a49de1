// The one place where SQLite and PostgreSQL are told apart. Code that must differ asks for
// `engine` or uses one of the helpers here, never the dialect's name.

import Fluent
import Foundation
import SQLKit

enum DatabaseEngine: String, Sendable {
    case sqlite
    case postgres
}

extension Database {
    var engine: DatabaseEngine { sql.dialect.name == "postgresql" ? .postgres : .sqlite }

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
