// SQLite on a full disk or a read-only file: writes answer 503 problem+json with Retry-After and
// change nothing, reads go on, /healthz says 503 so a balancer stops sending work, and the file
// is not corrupted. Tests run as root, so a full disk is `PRAGMA max_page_count` and a read-only
// file is opened with `mode=ro`.

import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import Puente

@Suite(.enabled(if: !TestDatabase.isPostgres, "SQLite's own faults"))
struct SQLiteFaultTests {
    /// A database file with one event on it, made and closed by a normal app; returns the event.
    static func makeProgram(at path: String) async throws -> String {
        var event = ""
        try await withPuente({ $0.database = .sqliteFile(path: path) }) { app in
            let staff = try await app.bearerToken(roles: [.staff])
            event = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 5_000)
        }
        return event
    }

    static func pages(_ app: Application) async throws -> Int {
        try await app.db.sql.raw("PRAGMA page_count").first()!.decode(column: "page_count", as: Int.self)
    }

    static func integrity(_ app: Application) async throws -> String {
        try await app.db.sql.raw("PRAGMA integrity_check").first()!.decode(column: "integrity_check", as: String.self)
    }

    static func expectUnavailable(_ response: TestingHTTPResponse, _ what: Comment) {
        #expect(response.status == .serviceUnavailable, what)
        #expect(response.isProblem, what)
        #expect(response.headers.first(name: .retryAfter) != nil, what)
    }

    @Test func aFullDiskRefusesWritesWith503AndKeepsEverythingElse() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("puente.sqlite").path
        let event = try await Self.makeProgram(at: path)
        var pagesNow = 0
        try await withPuente({ $0.database = .sqliteFile(path: path); $0.migratesOnStart = false }) { pagesNow = try await Self.pages($0) }

        try await withPuente({ config in
            config.database = .sqliteFile(path: path)
            config.migratesOnStart = false
            config.sqliteMaxPageCount = pagesNow + 3 // a few pages left on the "disk"
        }) { app in
            var created = 0
            var refused: TestingHTTPResponse?
            for index in 0..<2_000 {
                let response = try await app.api(.POST, "/api/v1/events/\(event)/registrations",
                                                 json: #"{"name":"Person \#(index)","email":"full\#(index)@example.org"}"#)
                if response.status == .created { created += 1; continue }
                refused = response
                break
            }
            let full = try #require(refused, "the disk never filled")
            Self.expectUnavailable(full, "a write to a full disk")
            #expect(created > 0)
            // Exactly the registrations that were answered 201 are there: the refused one left nothing.
            let eventID = try #require(UUID(uuidString: event))
            #expect(try await EventRegistration.query(on: app.db).filter(\.$event.$id == eventID).count() == created)
            // Reads go on; the balancer is told to stop sending work.
            #expect(try await app.api(.GET, "/api/v1/events/\(event)").status == .ok)
            #expect(try await app.api(.GET, "/events").status == .ok)
            Self.expectUnavailable(try await app.api(.GET, "/healthz"), "/healthz on a full disk")
            #expect(try await Self.integrity(app) == "ok")
        }
    }

    @Test func aReadOnlyFileRefusesWritesWith503AndReadsGoOn() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-ro-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("puente.sqlite").path
        let event = try await Self.makeProgram(at: path)

        try await withPuente({ config in
            config.database = .sqliteFile(path: "file:\(path)?mode=ro")
            config.migratesOnStart = false
        }) { app in
            let before = try await EventRegistration.query(on: app.db).count()
            Self.expectUnavailable(try await app.api(.POST, "/api/v1/events/\(event)/registrations",
                                                     json: #"{"name":"Ana Ruiz","email":"ana@example.org"}"#), "a registration")
            Self.expectUnavailable(try await app.api(.POST, "/api/v1/tokens",
                                                     json: #"{"email":"nobody@example.org","password":"correct horse 1"}"#),
                                   "a sign-in, which counts an attempt first")
            #expect(try await EventRegistration.query(on: app.db).count() == before)
            #expect(try await app.api(.GET, "/api/v1/events/\(event)").status == .ok)
            #expect(try await app.api(.GET, "/events").status == .ok)
            Self.expectUnavailable(try await app.api(.GET, "/healthz"), "/healthz on a read-only file")
            #expect(try await Self.integrity(app) == "ok")
        }
    }
}
