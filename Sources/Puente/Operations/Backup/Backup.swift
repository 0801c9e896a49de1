// `puente backup --to FILE`: safe while the site serves. SQLite's VACUUM INTO writes one
// transaction's view of the database; pg_dump does the same on PostgreSQL. Uploads are copied
// after the database, so every file a row names is there (a file added since is harmless).

import Fluent
import Foundation
import SQLKit
import Vapor

enum Backup {
    @discardableResult
    static func make(app: Application, to file: URL) async throws -> BackupManifest {
        let config = app.config
        let staging = try BackupArchive.makeStaging(near: file.deletingLastPathComponent(), prefix: "puente-backup")
        defer { try? FileManager.default.removeItem(at: staging) }
        let engine = config.database.kindName
        let databaseFile = staging.appendingPathComponent(BackupArchive.databaseName(engine: engine))

        switch config.database {
        case .sqliteFile, .sqliteMemory:
            try await app.db.sql.raw("VACUUM INTO \(bind: databaseFile.path)").run()
        case .postgres(let url, let searchPath):
            let target = PostgresTarget(url)
            var arguments = ["--format=custom", "--no-owner", "--no-privileges", "--file=\(databaseFile.path)", "--dbname=\(target.url)"]
            if let schema = searchPath?.first { arguments.append("--schema=\(schema)") }
            try ExternalTool(name: "pg_dump").run(arguments, environment: target.environment)
        }
        let files = try BackupArchive.collectUploads(from: URL(fileURLWithPath: config.dataDirectory), into: staging)
        let manifest = BackupManifest(format: BackupManifest.currentFormat, engine: engine, createdAt: Date(),
                                      migrations: try await MigrationRecords.count(on: app.db), files: files)
        try BackupArchive.writeManifest(manifest, in: staging)
        try BackupArchive.pack(staging, into: file)
        try await Audit.record(.backupCreate, entityType: .database, entityID: nil,
                               summary: "Backup of the \(engine) database and \(files) uploaded files written to \(file.path)",
                               by: .system, on: app.db)
        return manifest
    }
}

enum MigrationRecords {
    /// Rows in Fluent's own table; 0 when it does not exist yet.
    static func count(on db: any Database) async throws -> Int {
        guard try await TableProbe.exists("_fluent_migrations", on: db) else { return 0 }
        return try await db.sql.raw("SELECT count(*) AS n FROM _fluent_migrations").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

enum TableProbe {
    static func exists(_ table: String, on db: any Database) async throws -> Bool {
        if db.engine == .postgres {
            return try await db.sql.raw("SELECT to_regclass(\(bind: table)) IS NOT NULL AS found").first()?.decode(column: "found", as: Bool.self) ?? false
        }
        return try await db.sql.raw("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)")
            .first()?.decode(column: "n", as: Int.self) ?? 0 > 0
    }
}

/// DATABASE_URL for libpq's tools, with the password moved into PGPASSWORD: a command line is
/// visible to every user of the machine in `ps`.
struct PostgresTarget {
    let url: String
    let environment: [String: String]

    init(_ databaseURL: String) {
        guard var components = URLComponents(string: databaseURL), let password = components.password else {
            url = databaseURL
            environment = [:]
            return
        }
        components.password = nil
        url = components.string ?? databaseURL
        environment = ["PGPASSWORD": password]
    }
}
