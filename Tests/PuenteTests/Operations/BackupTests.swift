// Backups: made while the site takes writes, restored into a fresh database with every row and
// file, refused over a database that holds people, and an earlier release's data restores and migrates.

import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import Puente

@Suite struct BackupTests {
    @Test func aBackupMadeUnderWritesRestoresEveryRowAndFileIntoAFreshDatabase() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let backup = folder.appendingPathComponent("puente.backup")
        var before: [String: Set<String>] = [:], after: [String: Set<String>] = [:]
        var evidence: [String: Data] = [:]
        var source: AppConfig.DatabaseChoice = .sqliteMemory

        try await withPuenteAsServed { app in
            source = app.config.database
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 500)
            for index in 0..<3 {
                let name = try EvidenceFile.store(Data("%PDF-1.4 evidence \(index)".utf8), type: "application/pdf", config: app.config)
                evidence[name] = try EvidenceFile.read(name, config: app.config)
            }
            // Registrations keep arriving while the backup runs.
            let writer = Task {
                var index = 0
                while !Task.isCancelled {
                    _ = try? await app.api(.POST, "/api/v1/events/\(event)/registrations",
                                           json: #"{"name":"Person \#(index)","email":"p\#(index)@example.org"}"#)
                    index += 1
                }
                return index
            }
            while try await Self.ids(of: EventRegistration.schema, on: app.db).count < 20 { try await Task.sleep(for: .milliseconds(20)) }
            before = try await Self.allIDs(on: app.db)
            let manifest = try await Backup.make(app: app, to: backup)
            writer.cancel()
            let written = try await writer.value
            after = try await Self.allIDs(on: app.db)
            #expect(written >= 20) // it was still writing when the backup began
            #expect(manifest.engine == TestDatabase.kind)
            #expect(manifest.files == 3)
            let mode = try FileManager.default.attributesOfItem(atPath: backup.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            #expect(!FileManager.default.fileExists(atPath: backup.path + ".partial"))
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == Audit.Action.backupCreate.rawValue).count() == 1)
        }

        try await withRestoreTarget(source: source) { app in
            try await Restore.run(app: app, from: backup, force: false)
            let restored = try await Self.allIDs(on: app.db)
            for (table, ids) in before {
                let kept = restored[table] ?? []
                #expect(ids.isSubset(of: kept), "\(table): \(ids.subtracting(kept).count) rows lost")
                #expect(kept.isSubset(of: after[table] ?? []), "\(table): rows that never were")
            }
            #expect(restored[EventRegistration.schema]?.count ?? 0 >= 20)
            for (name, bytes) in evidence {
                #expect(try EvidenceFile.read(name, config: app.config) == bytes)
            }
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == Audit.Action.backupRestore.rawValue).count() == 1)
            // The restored program works: the site answers from it.
            #expect(try await app.api(.GET, "/api/v1/events").status == .ok)
        }
    }

    @Test func restoreRefusesADatabaseThatHoldsPeopleAndChangesNothingUnlessForced() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let backup = folder.appendingPathComponent("puente.backup")
        try await withPuenteAsServed { app in
            try await app.makeUser("kept@example.org")
            try await Backup.make(app: app, to: backup)
            try await User.query(on: app.db).delete()
            try await app.makeUser("newer@example.org")
            do {
                try await Restore.run(app: app, from: backup, force: false)
                Issue.record("restore went ahead over a database with people in it")
            } catch let refused as Restore.Refused {
                #expect(refused.description.contains("--force"))
            }
            #expect(try await User.query(on: app.db).all().map(\.email) == ["newer@example.org"])
        }
    }

    @Test func aDamagedBackupIsRefusedBeforeItReplacesAnythingEvenWithForce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let staging = try BackupArchive.makeStaging(near: folder, prefix: "damaged")
        try Data("this is not a database".utf8).write(to: staging.appendingPathComponent(BackupArchive.databaseName(engine: TestDatabase.kind)))
        try BackupArchive.writeManifest(BackupManifest(format: 1, engine: TestDatabase.kind, createdAt: Date(), migrations: 1, files: 0), in: staging)
        let backup = folder.appendingPathComponent("damaged.backup")
        try BackupArchive.pack(staging, into: backup)
        try await withPuenteAsServed { app in
            try await app.makeUser("kept@example.org")
            await #expect(throws: (any Error).self) { try await Restore.run(app: app, from: backup, force: true) }
            #expect(try await User.query(on: app.db).all().map(\.email) == ["kept@example.org"])
            if case .sqliteFile(let path) = app.config.database { // the file itself, not the pool's open copy
                #expect(try await SQLiteFileProbe.holdsData(path: path, app: app))
            }
        }
    }

    @Test func aBackupOfAnotherEngineOrANewerFormatIsRefusedByName() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (engine, format, expected) in [(TestDatabase.isPostgres ? "sqlite" : "postgres", 1, "DATABASE_URL names"),
                                           (TestDatabase.kind, 99, "newer release")] {
            let staging = try BackupArchive.makeStaging(near: folder, prefix: "made")
            try BackupArchive.writeManifest(BackupManifest(format: format, engine: engine, createdAt: Date(), migrations: 1, files: 0), in: staging)
            let file = folder.appendingPathComponent("\(engine)-\(format).backup")
            try BackupArchive.pack(staging, into: file)
            try await withPuente { app in
                await #expect { try await Restore.run(app: app, from: file, force: true) } throws: { "\($0)".contains(expected) }
            }
        }
    }

    @Test(.enabled(if: !TestDatabase.isPostgres, "the earlier release's database is a SQLite file"))
    func anEarlierReleasesDataRestoresAndIsMigratedToThisRelease() async throws {
        // Releases before this one had no `backup`, so their data is packed the way `backup` packs it:
        // the database `seed-demo` made with that release, and an uploaded file.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let staging = try BackupArchive.makeStaging(near: folder, prefix: "earlier")
        try FileManager.default.copyItem(at: MigrationFixtureTests.fixture, to: staging.appendingPathComponent("database.sqlite"))
        let uploads = staging.appendingPathComponent("files/evidence")
        try FileManager.default.createDirectory(at: uploads, withIntermediateDirectories: true)
        let name = UUID().uuidString.lowercased() + ".pdf"
        try Data("%PDF-1.4 earlier".utf8).write(to: uploads.appendingPathComponent(name))
        try BackupArchive.writeManifest(BackupManifest(format: 1, engine: "sqlite", createdAt: Date(), migrations: 0, files: 1), in: staging)
        let backup = folder.appendingPathComponent("earlier.backup")
        try BackupArchive.pack(staging, into: backup)

        var freshMigrations = 0
        try await withPuente { freshMigrations = try await MigrationRecords.count(on: $0.db) }
        try await withRestoreTarget(source: .sqliteMemory) { app in
            try await Restore.run(app: app, from: backup, force: false)
            #expect(try await User.query(on: app.db).filter(\.$email == "staff@demo.puente.example.org").count() == 1)
            #expect(try await RegistryEntry.query(on: app.db).count() > 0)
            // Migrated: tables this release added are there and work.
            #expect(try await IdempotentRequest.query(on: app.db).count() == 0)
            #expect(try await MigrationRecords.count(on: app.db) == freshMigrations)
            #expect(try EvidenceFile.read(name, config: app.config) == Data("%PDF-1.4 earlier".utf8))
        }
    }

    /// `puente backup` of an earlier release's demo, on each engine (`scripts/make-backup-fixture`).
    static func releaseBackup(engine: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("support/fixtures/backup-2026-12-05-676ed0d-\(engine).backup")
    }

    @Test func aBackupAnEarlierReleaseMadeRestoresWithItsEvidenceAndMigrates() async throws {
        var source: AppConfig.DatabaseChoice = .sqliteMemory
        var freshMigrations = 0
        try await withPuente { app in
            source = app.config.database
            freshMigrations = try await MigrationRecords.count(on: app.db)
        }
        if case .postgres(let url, let testSchema?) = source {
            // Tests run each in a schema of their own; the fixture, like any real dump, is of `public`.
            try await withRestoreTarget(source: source) { app in
                await #expect { try await Restore.run(app: app, from: Self.releaseBackup(engine: "postgres"), force: false) } throws: {
                    "\($0)".contains("in the schema public, and this configuration reads \(testSchema[0])")
                }
                let restoredAnything = try await Restore.holdsData(on: app.db)
                #expect(!restoredAnything)
            }
            source = .postgres(url: url, searchPath: nil)
        }
        try await withRestoreTarget(source: source) { app in
            let manifest = try await Restore.run(app: app, from: Self.releaseBackup(engine: TestDatabase.kind), force: false)
            #expect(manifest.engine == TestDatabase.kind)
            #expect(manifest.files == 1)
            #expect(try await User.query(on: app.db).filter(\.$email == "staff@demo.puente.example.org").count() == 1)
            #expect(try await RegistryEntry.query(on: app.db).count() > 0)
            let record = try #require(try await HourRecord.query(on: app.db).filter(\.$evidenceFile != nil).first())
            let evidence = try EvidenceFile.read(try #require(record.evidenceFile), config: app.config)
            #expect(String(decoding: evidence, as: UTF8.self).hasPrefix("%PDF-1.4\n% Practicum evidence kept"))
            #expect(try await MigrationRecords.count(on: app.db) == freshMigrations)
            // The restored program serves: the directory and the events answer from it.
            #expect(try await app.api(.GET, "/api/v1/registry/entries").status == .ok)
            #expect(try await app.api(.GET, "/api/v1/events").status == .ok)
        }
    }

    /// Every row's key in every table but the audit log (which the backup itself writes to).
    static func allIDs(on db: any Database) async throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for table in [User.schema, EventRegistration.schema, Event.schema, OutboxMessage.schema, APIToken.schema,
                      RegistryEntry.schema, Organization.schema] {
            result[table] = try await ids(of: table, on: db)
        }
        return result
    }

    static func ids(of table: String, on db: any Database) async throws -> Set<String> {
        Set(try await db.sql.raw("SELECT id FROM \(ident: table)").all().map { try $0.decode(column: "id", as: UUID.self).uuidString })
    }
}

/// A fresh, empty database of the engine the run uses, with its own data folder, configured as
/// `puente restore` runs: not migrated.
func withRestoreTarget(source: AppConfig.DatabaseChoice, _ test: (Application) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-restored-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    var database: AppConfig.DatabaseChoice = .sqliteFile(path: folder.appendingPathComponent("puente.sqlite").path)
    var dropDatabase: String?
    if case .postgres(let url, let searchPath) = source {
        let name = "restore_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        var components = try #require(URLComponents(string: url))
        try await withPuente { app in _ = try await app.db.sql.raw("CREATE DATABASE \(ident: String(name))").all() }
        components.path = "/\(name)"
        database = .postgres(url: try #require(components.string), searchPath: searchPath)
        dropDatabase = String(name)
    }
    var config = AppConfig(database: database, dataDirectory: folder.appendingPathComponent("data").path, programName: "Puente Test",
                           baseURL: "http://127.0.0.1:8080", bcryptCost: 4, runsWorkerInProcess: false)
    config.migratesOnStart = false
    let app = try await Application.make(.testing)
    do {
        try await configure(app, config: config)
        try await test(app)
    } catch {
        try? await app.asyncShutdown()
        if let dropDatabase { try? await withPuente { try await $0.db.sql.raw("DROP DATABASE IF EXISTS \(ident: dropDatabase) WITH (FORCE)").run() } }
        throw error
    }
    try await app.asyncShutdown()
    if let dropDatabase { try await withPuente { try await $0.db.sql.raw("DROP DATABASE IF EXISTS \(ident: dropDatabase) WITH (FORCE)").run() } }
}

@Suite struct PostgresTargetTests {
    @Test func thePasswordLeavesTheCommandLineForTheEnvironment() {
        let target = PostgresTarget("postgres://puente:s3cret@db.internal:5432/puente?sslmode=require")
        #expect(target.url == "postgres://puente@db.internal:5432/puente?sslmode=require")
        #expect(target.environment == ["PGPASSWORD": "s3cret"])
        #expect(PostgresTarget("postgres://puente@127.0.0.1:5432/puente").environment.isEmpty)
    }
}
