// `puente restore --from FILE [--force]`: the one command that does not migrate first. It
// restores into an empty database (no tables, or only what migrations insert: no users and no
// registry rows); anything else needs --force. Then it migrates the data to this release, so a
// backup from an older release restores too. The site must not be serving this database meanwhile.

import Fluent
import Foundation
import SQLiteNIO
import SQLKit
import Vapor

enum Restore {
    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    @discardableResult
    static func run(app: Application, from file: URL, force: Bool) async throws -> BackupManifest {
        let config = app.config
        let dataDirectory = URL(fileURLWithPath: config.dataDirectory)
        let staging = try BackupArchive.makeStaging(near: dataDirectory, prefix: "puente-restore")
        defer { try? FileManager.default.removeItem(at: staging) }
        try BackupArchive.unpack(file, into: staging)
        let manifest = try BackupArchive.readManifest(in: staging)
        let engine = config.database.kindName
        guard manifest.engine == engine else {
            throw Refused(description: "this backup is of a \(manifest.engine) database, and DATABASE_URL names \(engine)")
        }
        let databaseFile = staging.appendingPathComponent(BackupArchive.databaseName(engine: engine))
        guard FileManager.default.fileExists(atPath: databaseFile.path) else {
            throw Refused(description: "the backup holds no \(databaseFile.lastPathComponent)")
        }

        switch config.database {
        case .sqliteFile(let path):
            try await refuseUnlessEmpty(force: force) { try await SQLiteFileProbe.holdsData(path: path, app: app) }
            try await SQLiteFileProbe.checkReadable(path: databaseFile.path, app: app) // before anything is replaced
            for leftover in [path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: leftover) }
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try BackupArchive.moveReplacing(databaseFile, to: URL(fileURLWithPath: path))
        case .sqliteMemory:
            throw Refused(description: "DATABASE_URL names an in-memory database: restore into a file")
        case .postgres(let url, let searchPath):
            try await refuseUnlessEmpty(force: force) { try await holdsData(on: app.db) }
            // Read the whole archive's table of contents before anything is dropped: with --force a
            // damaged file must not cost the data it was meant to replace.
            let contents = staging.appendingPathComponent("contents.list")
            try ExternalTool(name: "pg_restore").run(["--list", "--file=\(contents.path)", databaseFile.path])
            try refuseAnotherSchema(listing: String(decoding: try Data(contentsOf: contents), as: UTF8.self),
                                    target: searchPath?.first ?? "public")
            try await clearPostgres(app.db, schema: searchPath?.first)
            let target = PostgresTarget(url)
            try ExternalTool(name: "pg_restore").run(["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                                                      "--dbname=\(target.url)", databaseFile.path], environment: target.environment)
        }
        try BackupArchive.replaceUploads(in: dataDirectory, from: staging)
        try await migrateDatabase(app)
        try await Audit.record(.backupRestore, entityType: .database, entityID: nil,
                               summary: "Restored from \(file.lastPathComponent), made \(ISO8601DateFormatter().string(from: manifest.createdAt)) (\(manifest.files) uploaded files)",
                               by: .system, on: app.db)
        return manifest
    }

    private static func refuseUnlessEmpty(force: Bool, _ holdsData: () async throws -> Bool) async throws {
        guard !force else { return }
        if try await holdsData() {
            throw Refused(description: "the database already holds people or registry entries; restore into an empty one, or add --force to replace everything in it")
        }
    }

    /// People or registry rows: what migrations never insert.
    static func holdsData(on db: any Database) async throws -> Bool {
        for table in [User.schema, RegistryEntry.schema] where try await TableProbe.exists(table, on: db) {
            if try await db.sql.raw("SELECT count(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self) ?? 0 > 0 {
                return true
            }
        }
        return false
    }

    /// pg_restore puts tables back in the schema they were dumped from, which a search path naming
    /// another would never read: the restore would look done and the site would start empty.
    static func refuseAnotherSchema(listing: String, target: String) throws {
        // A table's line in `pg_restore --list`: "214; 1259 16385 TABLE public users puente".
        let schemas = Set(listing.split(separator: "\n").compactMap { line -> Substring? in
            let words = line.split(separator: " ")
            guard words.count > 5, words[0].hasSuffix(";"), words[3] == "TABLE", words[4] != "DATA" else { return nil }
            return words[4]
        })
        guard let found = schemas.first else { throw Refused(description: "the backup's database holds no tables") }
        guard schemas == [Substring(target)] else {
            throw Refused(description: "this backup's tables are in the schema \(schemas.sorted().joined(separator: ", ")), and this configuration reads \(target): restore into one that reads \(found)")
        }
    }

    /// pg_restore recreates every table, so the target holds none: a named schema goes whole (the
    /// dump creates it again); in `public` each table goes.
    private static func clearPostgres(_ db: any Database, schema: String?) async throws {
        if let schema, schema != "public" {
            try await db.sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
            return
        }
        let tables = try await db.sql.raw("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").all()
            .map { try $0.decode(column: "tablename", as: String.self) }
        for table in tables {
            try await db.sql.raw("DROP TABLE IF EXISTS \(ident: "public").\(ident: table) CASCADE").run()
        }
    }
}

/// Looks into an SQLite file on a connection of its own, so the pool never opens the file that
/// is about to be replaced.
enum SQLiteFileProbe {
    /// `PRAGMA quick_check` on the backup's copy: a damaged file is refused while the database it
    /// would replace is still there.
    static func checkReadable(path: String, app: Application) async throws {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: app.threadPool, logger: app.logger,
                                                         on: app.eventLoopGroup.any()).get()
        let verdict = try? await connection.query("PRAGMA quick_check").first?.column("quick_check")?.string
        try? await connection.close()
        guard verdict == "ok" else {
            throw Restore.Refused(description: "the backup's database is damaged (quick_check: \(verdict ?? "not a database"))")
        }
    }

    static func holdsData(path: String, app: Application) async throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: app.threadPool, logger: app.logger,
                                                         on: app.eventLoopGroup.any()).get()
        do {
            var found = false
            for table in [User.schema, RegistryEntry.schema] {
                let exists = try await connection.query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(table)])
                    .first?.column("count(*)")?.integer ?? 0
                guard exists > 0 else { continue }
                let rows = try await connection.query("SELECT count(*) AS n FROM \"\(table)\"").first?.column("n")?.integer ?? 0
                if rows > 0 { found = true }
            }
            try await connection.close()
            return found
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
