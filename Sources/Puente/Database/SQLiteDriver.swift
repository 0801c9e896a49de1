// Puente's SQLite driver: fluent-sqlite-driver's database, with two changes a busy program needs.
// 1. Every connection is set up when it opens (any time, not only at boot): a bounded busy wait
//    (`PRAGMA busy_timeout`; sqlite-nio's own handler retries for ever, spinning a thread),
//    foreign keys, WAL and the page cache.
// 2. Transactions open with `BEGIN IMMEDIATE`, taking the write lock first. A deferred `BEGIN`
//    that reads and then writes fails at once in WAL mode (SQLITE_BUSY_SNAPSHOT, no busy wait)
//    when another connection committed in between: under a burst of registrations that was a 500.
// Everything else follows fluent-sqlite-driver 4.9, whose driver type cannot be configured.

@preconcurrency import AsyncKit
import FluentKit
import FluentSQL
import Foundation
import Logging
import NIOCore
import SQLiteKit
import SQLiteNIO
import SQLKit

struct SQLiteConnectionSettings: Sendable {
    /// The database file. In-memory databases are files in the temporary folder too, as in
    /// sqlite-kit: several pooled connections must share one database.
    var path: String
    /// How long a statement waits for another connection's write lock before SQLITE_BUSY.
    var busyTimeoutMilliseconds = 5_000
    /// How long a request waits for a pooled connection before it gives up (503).
    var poolWaitSeconds: Int64 = 10
    /// Page cache per connection, in MiB; nil leaves SQLite's default.
    var cacheMiB: Int?
    var writeAheadLog = true
    /// `PRAGMA max_page_count`: the most pages the file may grow to.
    var maxPageCount: Int?

    /// The statements run on each new connection, in order.
    var setupStatements: [String] {
        var statements = ["PRAGMA busy_timeout = \(busyTimeoutMilliseconds)", "PRAGMA foreign_keys = ON"]
        if writeAheadLog { statements.append("PRAGMA journal_mode = WAL") }
        if let maxPageCount { statements.append("PRAGMA max_page_count = \(maxPageCount)") }
        if let cacheMiB {
            statements.append("PRAGMA cache_size = \(-1024 * cacheMiB)") // KiB when negative
            statements.append("PRAGMA mmap_size = 1073741824") // reads through 1 GiB of mapping
        }
        return statements
    }
}

struct PuenteSQLiteConfiguration: DatabaseConfiguration {
    let settings: SQLiteConnectionSettings
    var middleware: [any AnyModelMiddleware] = []

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        let pool = EventLoopGroupConnectionPool(
            source: SQLiteConnectionSetup(settings: settings, threadPool: databases.threadPool),
            maxConnectionsPerEventLoop: 1, // more only contend for the one write lock
            requestTimeout: .seconds(settings.poolWaitSeconds),
            on: databases.eventLoopGroup)
        return PuenteSQLiteDriver(pool: pool)
    }
}

extension DatabaseConfigurationFactory {
    static func puenteSQLite(_ settings: SQLiteConnectionSettings) -> Self {
        .init { PuenteSQLiteConfiguration(settings: settings) }
    }
}

/// Opens a connection and runs the setup statements on it before anyone else can use it.
struct SQLiteConnectionSetup: ConnectionPoolSource {
    let settings: SQLiteConnectionSettings
    let threadPool: NIOThreadPool

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        let settings = settings
        return SQLiteConnection.open(storage: .file(path: settings.path), threadPool: threadPool, logger: logger, on: eventLoop)
            .flatMap { connection in
                eventLoop.makeFutureWithTask {
                    do {
                        for statement in settings.setupStatements { _ = try await connection.query(statement) }
                    } catch {
                        try? await connection.close()
                        throw error
                    }
                    return connection
                }
            }
    }
}

struct PuenteSQLiteDriver: DatabaseDriver {
    let pool: EventLoopGroupConnectionPool<SQLiteConnectionSetup>

    var eventLoopGroup: any EventLoopGroup { pool.eventLoopGroup }

    func makeDatabase(with context: DatabaseContext) -> any Database {
        PuenteSQLiteDatabase(database: PooledSQLiteDatabase(pool: pool.pool(for: context.eventLoop), logger: context.logger),
                             context: context, inTransaction: false)
    }

    func shutdown() { try? pool.syncShutdownGracefully() }

    func shutdownAsync() async { try? await pool.shutdownAsync() }
}

private struct PooledSQLiteDatabase: SQLiteDatabase {
    let pool: EventLoopConnectionPool<SQLiteConnectionSetup>
    let logger: Logger

    var eventLoop: any EventLoop { pool.eventLoop }

    func lastAutoincrementID() -> EventLoopFuture<Int> {
        pool.withConnection(logger: logger) { $0.lastAutoincrementID() }
    }

    func withConnection<T>(_ closure: @escaping (SQLiteConnection) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        pool.withConnection(logger: logger) { closure($0) }
    }

    func query(_ query: String, _ binds: [SQLiteData], logger: Logger,
               _ onRow: @escaping @Sendable (SQLiteRow) -> Void) -> EventLoopFuture<Void> {
        withConnection { $0.query(query, binds, logger: logger, onRow) }
    }
}

struct PuenteSQLiteDatabase: Database, SQLDatabase, SQLiteDatabase {
    let database: any SQLiteDatabase
    let context: DatabaseContext
    let inTransaction: Bool

    private var sqlDatabase: any SQLDatabase {
        database.sql(encoder: SQLiteDataEncoder(), decoder: SQLiteDataDecoder(), queryLogLevel: .debug)
    }

    private func converted(_ query: DatabaseQuery) -> any SQLExpression {
        let sql = SQLQueryConverter(delegate: SQLiteTypes()).convert(query)
        // Creates return the generated id, unless the empty custom id key says "composite, not supported".
        guard case .create = query.action, query.customIDKey != .some(.string("")) else { return sql }
        return SQLList([sql, SQLReturning(.init((query.customIDKey ?? .id).description))], separator: SQLRaw(" "))
    }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        execute(sql: converted(query), { onOutput(RowOutput(row: $0)) })
    }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) async throws {
        try await execute(sql: converted(query), { onOutput(RowOutput(row: $0)) })
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        var schema = schema
        if schema.action == .update {
            schema.updateFields = schema.updateFields.filter {
                if case .dataType(_, .enum) = $0 { return false } else { return true }
            }
            guard schema.createConstraints.isEmpty, schema.updateFields.isEmpty, schema.deleteConstraints.isEmpty else {
                return eventLoop.makeFailedFuture(UnsupportedAlter())
            }
            if schema.createFields.isEmpty, schema.deleteFields.isEmpty { return eventLoop.makeSucceededFuture(()) }
        }
        return execute(sql: SQLSchemaConverter(delegate: SQLiteTypes()).convert(schema), { _ in })
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { eventLoop.makeSucceededFuture(()) }

    func withConnection<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        eventLoop.makeFutureWithTask { try await self.withConnection { try await closure($0).get() } }
    }

    func withConnection<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await database.withConnection {
            try await closure(PuenteSQLiteDatabase(database: $0, context: context, inTransaction: inTransaction))
        }
    }

    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        inTransaction ? closure(self) : eventLoop.makeFutureWithTask { try await self.transaction { try await closure($0).get() } }
    }

    /// Nested calls join the outer transaction. The write lock is taken at `BEGIN`, waiting up to
    /// the busy timeout for another connection's transaction to end.
    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction else { return try await closure(self) }
        return try await database.withConnection { connection in
            let db = PuenteSQLiteDatabase(database: connection, context: context, inTransaction: true)
            try await db.raw("BEGIN IMMEDIATE TRANSACTION").run()
            do {
                let result = try await closure(db)
                try await db.raw("COMMIT TRANSACTION").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK TRANSACTION").run()
                throw error
            }
        }
    }

    var dialect: any SQLDialect { sqlDatabase.dialect }
    var version: (any SQLDatabaseReportedVersion)? { sqlDatabase.version }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sqlDatabase.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sqlDatabase.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await sqlDatabase.withSession(closure)
    }

    func query(_ query: String, _ binds: [SQLiteData], logger: Logger,
               _ onRow: @escaping @Sendable (SQLiteRow) -> Void) -> EventLoopFuture<Void> {
        withConnection { $0.query(query, binds, logger: logger, onRow) }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        database.withConnection(closure)
    }
}

/// SQLite's names for Fluent's column types.
private struct SQLiteTypes: SQLConverterDelegate {
    func customDataType(_ dataType: DatabaseSchema.DataType) -> (any SQLExpression)? {
        switch dataType {
        case .string, .enum: SQLRaw("TEXT")
        case .datetime: SQLRaw("REAL")
        case .int64: SQLRaw("INTEGER")
        default: nil
        }
    }
}

/// A row as Fluent reads it.
private struct RowOutput: DatabaseOutput {
    let row: any SQLRow
    var schema: String?

    var description: String { String(describing: row) }

    private func column(_ key: FieldKey) -> String {
        (schema.map { .prefix(.prefix(.string($0), "_"), key) } ?? key).description
    }

    func schema(_ schema: String) -> any DatabaseOutput { RowOutput(row: row, schema: schema) }
    func contains(_ key: FieldKey) -> Bool { row.contains(column: column(key)) }
    func decodeNil(_ key: FieldKey) throws -> Bool { try row.decodeNil(column: column(key)) }
    func decode<T: Decodable>(_ key: FieldKey, as: T.Type) throws -> T { try row.decode(column: column(key), as: T.self) }
}

private struct UnsupportedAlter: Error, CustomStringConvertible {
    var description: String { "SQLite only supports adding columns in ALTER TABLE statements." }
}
