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
    app.directoryMapCounts = DirectoryMapCounts()
    app.directoryPageCache = DirectoryPageCache(lifetime: .seconds(Int64(config.directoryCacheSeconds)))
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

    // Outermost first: headers on everything, then the one error path, the stylesheet (which needs
    // no session), then who is asking.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(PuenteErrorMiddleware())
    app.middleware.use(StylesheetMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(SessionReadyMiddleware())
    app.middleware.use(BodySizeLimitMiddleware(limit: config.maxBodySize.value))
    app.middleware.use(NulCharacterMiddleware(bodyLimit: config.maxBodySize.value))
    ContentConfiguration.global.use(decoder: NulCheckedJSONDecoder.api, for: .json)
    app.middleware.use(SessionUserAuthenticator())
    app.middleware.use(APITokenAuthenticator())
    app.middleware.use(LanguageMiddleware())
    // The same error path again inside the session: an error page then uses up the flash and
    // keeps its CSRF token, because the session middleware saves what the page changed. The
    // outer one still answers for failures before this point (a session store that is down).
    app.middleware.use(PuenteErrorMiddleware())

    if config.migratesOnStart {
        try await migrateDatabase(app)
        try await app.loadListSigning()
    }
    try routes(app)
    registerCommands(app)
    app.mail.transport = makeTransport(config.mailTransport, app: app)
    app.lifecycle.use(MailWorkerLifecycle())
}

private func useDatabase(_ app: Application, _ choice: AppConfig.DatabaseChoice) throws {
    switch choice {
    case .sqliteFile(let path):
        if !path.hasPrefix("file:") { // a URI (`file:…?mode=ro`) names a file that must exist already
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        // SQLite's default page cache is 2 MiB a connection; with a registry of a million people
        // the indexes are gigabytes and every read went to the file system (65% of import time).
        var settings = SQLiteConnectionSettings(path: path, busyTimeoutMilliseconds: app.config.sqliteBusyTimeoutMilliseconds,
                                                poolWaitSeconds: app.config.databaseWaitSeconds, cacheMiB: app.config.sqliteCacheMiB)
        settings.maxPageCount = app.config.sqliteMaxPageCount
        app.databases.use(.puenteSQLite(settings), as: .sqlite)
    case .sqliteMemory:
        // A private file in the temporary folder, removed on shutdown: pooled connections share it.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("puente-memory-\(UUID().uuidString).sqlite").path
        app.databases.use(.puenteSQLite(SQLiteConnectionSettings(path: path, poolWaitSeconds: app.config.databaseWaitSeconds)), as: .sqlite)
        app.lifecycle.use(RemoveFilesOnShutdown(paths: [path, path + "-wal", path + "-shm"]))
    case .postgres(let url, let searchPath):
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = searchPath
        app.databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4,
                                    connectionPoolTimeout: .seconds(app.config.databaseWaitSeconds)), as: .psql)
    }
}

private struct RemoveFilesOnShutdown: LifecycleHandler {
    let paths: [String]
    func shutdownAsync(_ application: Application) async {
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}

/// Migrations run on every start. On PostgreSQL an advisory lock keeps several
/// processes starting at once from running the same migration twice.
func migrateDatabase(_ app: Application) async throws {
    guard let postgres = app.db as? any PostgresDatabase else {
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
