// Browser sessions in the database, with whose they are and when they lapse: a password reset
// ends the person's other sessions, and the housekeeping sweep deletes lapsed ones. Fluent's own
// session table keeps neither, so it grew by a row per visitor for ever. The cookie's id is
// stored hashed, like every other secret here: a copy of the database signs nobody in.

import Fluent
import Foundation
import Vapor

final class BrowserSession: Model, @unchecked Sendable {
    static let schema = "browser_sessions"
    /// As long as the cookie lives; each response that touches the session starts it again.
    static let lifetime: TimeInterval = 14 * 24 * 3600

    @ID(custom: "key_hash", generatedBy: .user) var id: String?
    @Field(key: "data") var data: String
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "expires_at") var expiresAt: Date
    init() {}

    /// Signs `userID` out everywhere, for instance after a password reset.
    static func endAll(of userID: UUID, on db: any Database) async throws {
        try await query(on: db).filter(\.$userID == userID).delete()
    }
}

struct BrowserSessionDriver: AsyncSessionDriver {
    /// An unchanged session is written again only when its expiry is this old, so most signed-in
    /// page views cost one read and no write (on SQLite every write waits for the one writer).
    static let refreshAfter: TimeInterval = 3600

    /// What `readSession` found, so `updateSession` can tell whether anything changed.
    private struct Loaded: StorageKey, Sendable {
        typealias Value = Loaded
        let keyHash: String
        let data: SessionData
        let expiresAt: Date
    }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = SessionID(string: Secret.make())
        // Vapor starts an empty session for a cookie whose session lapsed; with nothing in it
        // there is nothing to keep, so no row is written until something is (a CSRF token).
        guard !data.snapshot.isEmpty else { return id }
        let record = BrowserSession()
        record.id = Secret.hash(id.string)
        record.data = try Self.json(data)
        record.userID = Self.owner(of: data)
        record.expiresAt = Date().addingTimeInterval(BrowserSession.lifetime)
        try await record.create(on: request.db)
        return id
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let keyHash = Secret.hash(sessionID.string)
        guard let record = try await BrowserSession.query(on: request.db)
            .filter(\.$id == keyHash).filter(\.$expiresAt > Date()).first()
        else { return nil }
        let data = try JSONDecoder().decode(SessionData.self, from: Data(record.data.utf8))
        request.storage[Loaded.self] = Loaded(keyHash: keyHash, data: data, expiresAt: record.expiresAt)
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        let keyHash = Secret.hash(sessionID.string)
        let expiresAt = Date().addingTimeInterval(BrowserSession.lifetime)
        if let loaded = request.storage[Loaded.self], loaded.keyHash == keyHash, loaded.data == data,
           loaded.expiresAt > expiresAt.addingTimeInterval(-Self.refreshAfter) {
            return sessionID
        }
        // Only a session that still exists is kept alive: one ended meanwhile (a password reset
        // elsewhere) or lapsed must not come back, so this is an UPDATE of a live row, never an upsert.
        try await BrowserSession.query(on: request.db).filter(\.$id == keyHash).filter(\.$expiresAt > Date())
            .set(\.$data, to: try Self.json(data)).set(\.$userID, to: Self.owner(of: data)).set(\.$expiresAt, to: expiresAt)
            .update()
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await BrowserSession.query(on: request.db).filter(\.$id == Secret.hash(sessionID.string)).delete()
    }

    private static func json(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }

    private static func owner(of data: SessionData) -> UUID? {
        Session(data: data).authenticated(User.self)
    }
}
