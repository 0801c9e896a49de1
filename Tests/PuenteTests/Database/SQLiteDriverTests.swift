// Puente's SQLite driver: every connection gets a bounded busy wait when it opens, write
// transactions take the lock first, and a lock held from outside past the wait is a 503.

import Foundation
import NIOCore
import NIOPosix
import SQLiteNIO
import Testing
import VaporTesting
@testable import Puente

@Suite struct SQLiteDriverTests {
    @Test func everyConnectionIsSetUpWhenItOpens() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("puente-open-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let setup = SQLiteConnectionSetup(settings: .init(path: path, busyTimeoutMilliseconds: 7_000, cacheMiB: 8), threadPool: .singleton)
        // Two connections opened one after the other, as a pool replacing one would.
        for _ in 0..<2 {
            let connection = try await setup.makeConnection(logger: .init(label: "test"), on: MultiThreadedEventLoopGroup.singleton.next()).get()
            #expect(try await value(of: "PRAGMA busy_timeout", on: connection) == 7_000)
            #expect(try await value(of: "PRAGMA foreign_keys", on: connection) == 1)
            #expect(try await value(of: "PRAGMA cache_size", on: connection) == -8 * 1024)
            let mode = try await connection.query("PRAGMA journal_mode").first?.column("journal_mode")?.string
            #expect(mode == "wal")
            try await connection.close()
        }
    }

    @Test func transactionsThatReadThenWriteDoNotFailEachOtherInWAL() async throws {
        try await withSQLiteFile { app in
            try await app.makeUser("first@example.org")
            let loops = Array(app.eventLoopGroup.makeIterator())
            try #require(loops.count >= 2)
            // Each transaction reads, lets the other read too, then writes: with a deferred BEGIN
            // the second writer's snapshot is stale and SQLite refuses at once (BUSY_SNAPSHOT).
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, loop) in loops.prefix(2).enumerated() {
                    let db = app.databases.database(logger: app.logger, on: loop)!
                    group.addTask {
                        try await db.transaction { db in
                            _ = try await User.query(on: db).count()
                            try await Task.sleep(nanoseconds: 50_000_000)
                            let user = User(email: .init("writer\(index)@example.org")!, passwordHash: "x", name: "Writer \(index)",
                                            preferredLanguage: .en)
                            try await user.create(on: db)
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await User.query(on: app.db).count() == 3)
        }
    }

    @Test func aLockHeldFromOutsidePastTheWaitIsA503WithRetryAfterAndNothingChanges() async throws {
        try await withSQLiteFile(busyTimeout: 300) { app in
            let staff = try await app.bearerToken(roles: [.staff])
            guard case .sqliteFile(let path) = app.config.database else { Issue.record("not a file"); return }
            let outsider = try await SQLiteConnection.open(storage: .file(path: path))
            _ = try await outsider.query("BEGIN IMMEDIATE")
            let start = ISO8601DateFormatter().string(from: Date().addingTimeInterval(86400))
            let end = ISO8601DateFormatter().string(from: Date().addingTimeInterval(90000))
            let response = try await app.api(.POST, "/api/v1/events", token: staff,
                                             json: #"{"title":"Locked out","start":"\#(start)","end":"\#(end)","timeZone":"America/Los_Angeles"}"#)
            #expect(response.status == .serviceUnavailable)
            #expect(response.isProblem)
            #expect(response.headers.first(name: .retryAfter) == "5")
            _ = try await outsider.query("ROLLBACK")
            try await outsider.close()
            #expect(try await Event.query(on: app.db).count() == 0)
        }
    }

    private func value(of pragma: String, on connection: SQLiteConnection) async throws -> Int? {
        try await connection.query(pragma).first.flatMap { $0.columns.first?.data.integer }
    }
}

/// The app on an SQLite file; nothing to do on PostgreSQL.
func withSQLiteFile(busyTimeout: Int? = nil, _ test: (Application) async throws -> Void) async throws {
    guard !TestDatabase.isPostgres else { return }
    try await withPuenteAsServed({ config in
        if let busyTimeout { config.sqliteBusyTimeoutMilliseconds = busyTimeout }
    }, test)
}
