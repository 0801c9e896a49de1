// Builds the whole application from one typed configuration, so tests build the same app.

import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOCore
import Vapor

public func configure(_ app: Application, config: AppConfig) async throws {
    app.config = config
    PuenteMetrics.bootstrap()

    try useDatabase(app, config.database)
    app.migrations.addPuenteMigrations()
    app.registrationLock = KeyedLock()
    app.registrationBatcher = RegistrationBatcher()
    app.databases.middleware.use(RegistryEntryFolding(), on: nil)
    app.databases.middleware.use(UserFolding(), on: nil)
    app.databases.middleware.use(CredentialTouchesHolder(), on: nil)
    app.passwords.use(.bcrypt(cost: config.bcryptCost))

    app.sessions.use { _ in BrowserSessionDriver() }
    app.sessions.configuration = SessionsConfiguration(cookieName: "puente-session") { id in
        HTTPCookies.Value(string: id.string, expires: Date().addingTimeInterval(BrowserSession.lifetime), path: "/",
                          isSecure: config.usesTLS, isHTTPOnly: true, sameSite: .lax)
    }
    app.routes.defaultMaxBodySize = config.maxBodySize

    // Outermost first: headers on everything, then the one error path, then who is asking.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(PuenteErrorMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(SessionReadyMiddleware())
    app.middleware.use(BodySizeLimitMiddleware(limit: config.maxBodySize.value))
    app.middleware.use(SessionUserAuthenticator())
    app.middleware.use(APITokenAuthenticator())
    app.middleware.use(LanguageMiddleware())

    try await migrate(app)
    try routes(app)
    registerCommands(app)
    app.mail.transport = makeTransport(config.mailTransport, app: app)
    app.lifecycle.use(MailWorkerLifecycle())
}

private func useDatabase(_ app: Application, _ choice: AppConfig.DatabaseChoice) throws {
    switch choice {
    case .sqliteFile(let path):
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url, let searchPath):
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = searchPath
        app.databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4), as: .psql)
    }
}

/// SQLite's default page cache is 2 MiB per connection (ours: `PUENTE_SQLITE_CACHE_MB`, 64); with a registry of a million people the
/// indexes are gigabytes and every insert or page read went to the file system (measured: 65% of
/// import time in pread/pwrite). Each event loop holds one pooled connection, so setting these on
/// each loop's connection covers them all; a replaced connection only loses speed, not data.
private func tuneSQLiteConnections(_ app: Application) async throws {
    for loop in app.eventLoopGroup.makeIterator() {
        guard let db = app.databases.database(logger: app.logger, on: loop) else { continue }
        _ = try await db.sql.raw("PRAGMA cache_size = \(unsafeRaw: String(-1024 * app.config.sqliteCacheMiB))").all() // KiB when negative
        _ = try await db.sql.raw("PRAGMA mmap_size = 1073741824").all() // reads through 1 GiB of mapping
    }
}

/// Migrations run on every start. On PostgreSQL an advisory lock keeps several
/// processes starting at once from running the same migration twice.
private func migrate(_ app: Application) async throws {
    guard let postgres = app.db as? any PostgresDatabase else {
        if case .sqliteFile = app.config.database {
            _ = try await app.db.sql.raw("PRAGMA journal_mode=WAL").all()
            try await tuneSQLiteConnections(app)
        }
        try await app.autoMigrate()
        return
    }
    if case .postgres(_, let searchPath?) = app.config.database, let schema = searchPath.first {
        _ = try await app.db.sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").all()
    }
    let lockID = 0x7075_656e_7465 // "puente"
    try await postgres.withConnection { connection in
        connection.query("SELECT pg_advisory_lock(\(lockID))").flatMap { _ in
            app.autoMigrate().flatMap {
                connection.query("SELECT pg_advisory_unlock(\(lockID))").map { _ in }
            }.flatMapError { error in
                connection.query("SELECT pg_advisory_unlock(\(lockID))").flatMapThrowing { _ in throw error }
            }
        }
    }.get()
}

private func makeTransport(_ choice: AppConfig.MailTransportChoice, app: Application) -> any MailTransport {
    switch choice {
    case .folder(let path):
        FolderMailTransport(directory: path)
    case .smtp(let settings):
        SMTPMailTransport(client: SMTPClient(settings: settings, group: app.eventLoopGroup))
    }
}
