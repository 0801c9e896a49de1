// A database made by an earlier release, migrated by this one, must end up with the schema a new
// database gets: moving migrations between files, or a migration that reads today's code, must not
// change what an upgrade builds. The fixture is `puente seed-demo` run by the release named in its
// file name (SQLite, VACUUMed); make a new one when a release ships.

import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import Puente

@Suite(.enabled(if: !TestDatabase.isPostgres, "the fixture is a SQLite file"))
struct MigrationFixtureTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("support/fixtures/release-2026-12-02-f8f10b1.sqlite")

    struct SchemaObject: Hashable, CustomStringConvertible {
        let type: String
        let name: String
        let sql: String
        var description: String { "\(type) \(name): \(sql)" }
    }

    static func schema(of db: any Database) async throws -> Set<SchemaObject> {
        let rows = try await db.sql.raw("""
            SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'
            """).all()
        return Set(try rows.map {
            SchemaObject(type: try $0.decode(column: "type", as: String.self), name: try $0.decode(column: "name", as: String.self),
                         sql: try $0.decode(column: "sql", as: String.self))
        })
    }

    static func migrations(of db: any Database) async throws -> Set<String> {
        Set(try await db.sql.raw("SELECT name FROM _fluent_migrations").all().map { try $0.decode(column: "name", as: String.self) })
    }

    /// The fixture, copied: a test never writes to the committed file.
    static func withUpgradedRelease(_ test: (Application) async throws -> Void) async throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("release-\(UUID().uuidString).sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy.path + suffix) }
        }
        try await withPuente({ $0.database = .sqliteFile(path: copy.path) }) { app in try await test(app) }
    }

    @Test func anUpgradedReleaseHasTheSchemaOfANewDatabase() async throws {
        var fresh: Set<SchemaObject> = [], freshMigrations: Set<String> = []
        try await withPuente { app in
            fresh = try await Self.schema(of: app.db)
            freshMigrations = try await Self.migrations(of: app.db)
        }
        try await Self.withUpgradedRelease { app in
            let upgraded = try await Self.schema(of: app.db)
            #expect(upgraded.subtracting(fresh).sorted(by: { $0.name < $1.name }).map(\.description) == [], "only in the upgraded database")
            #expect(fresh.subtracting(upgraded).sorted(by: { $0.name < $1.name }).map(\.description) == [], "only in a new database")
            #expect(try await Self.migrations(of: app.db) == freshMigrations)
        }
        #expect(fresh.count > 40, "the comparison saw the whole schema")
    }

    @Test func anUpgradedReleaseKeepsItsPeopleAndTheirDirectory() async throws {
        try await Self.withUpgradedRelease { app in
            // What the release's seed-demo wrote (counted in the file when it was made).
            #expect(try await RegistryEntry.query(on: app.db).count() == 306)
            #expect(try await User.query(on: app.db).count() == 19)
            let listed = try await app.db.sql.raw("SELECT count(*) AS n FROM directory_listings").first()?.decode(column: "n", as: Int.self)
            #expect(listed == 235)
            let page = try await Directory.search(DirectoryFilter(text: "a"), on: app.db)
            #expect(page.items.count == DirectoryFilter.pageSize, "the release's index still answers searches")
        }
    }
}
