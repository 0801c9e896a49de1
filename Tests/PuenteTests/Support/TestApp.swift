// Builds the real app for a test: in-memory SQLite by default, or a private PostgreSQL
// schema when DATABASE_URL is a postgres:// URL, so tests run in parallel on both engines.

import Fluent
import NIOCore
import Foundation
import PuenteCore
import SQLKit
import Testing
import VaporTesting
@testable import Puente

struct TestDatabase {
    /// The engine this run uses, for tests that assert it.
    static var kind: String {
        isPostgres ? "postgres" : "sqlite"
    }

    static var isPostgres: Bool {
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        return url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")
    }
}

func withPuente(
    _ adjust: (inout AppConfig) -> Void = { _ in },
    _ test: (Application) async throws -> Void
) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-test-\(UUID().uuidString)")
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
    let database: AppConfig.DatabaseChoice = TestDatabase.isPostgres
        ? .postgres(url: ProcessInfo.processInfo.environment["DATABASE_URL"]!, searchPath: [String(schema)])
        : .sqliteMemory
    var config = AppConfig(
        database: database,
        dataDirectory: folder.path,
        programName: "Puente Test",
        baseURL: "http://127.0.0.1:8080",
        bcryptCost: 4,
        runsWorkerInProcess: false
    )
    // Hundreds of tests and a few browsers share the machine's cores: a request that waits past
    // the 10-s default for a pooled connection answers 503 by design, and in CI that once left a
    // phone test's stylesheet unloaded. Waiting is load, not a fault; `make bench` measures load.
    config.databaseWaitSeconds = 60
    adjust(&config)
    let app = try await Application.make(.testing)
    do {
        try await configure(app, config: config)
        try await test(app)
    } catch {
        await teardown(app, schema: String(schema), folder: folder)
        throw error
    }
    await teardown(app, schema: String(schema), folder: folder)
}

/// The app on the database `puente serve` would use: SQLite as a file in WAL mode with a pool of
/// connections (not the private in-memory file most tests use), PostgreSQL as configured.
func withPuenteAsServed(_ adjust: (inout AppConfig) -> Void = { _ in }, _ test: (Application) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-served-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try await withPuente({ config in
        if !TestDatabase.isPostgres {
            config.database = .sqliteFile(path: folder.appendingPathComponent("puente.sqlite").path)
            config.sqliteCacheMiB = 16
        }
        adjust(&config)
    }, test)
}

private func teardown(_ app: Application, schema: String, folder: URL) async {
    if TestDatabase.isPostgres {
        _ = try? await app.db.sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").all()
    }
    try? await app.asyncShutdown()
    try? FileManager.default.removeItem(at: folder)
}

extension Application {
    /// Creates an account directly, with roles, verified unless told otherwise.
    @discardableResult
    func makeUser(_ email: String, name: String = "Test Person", password: String = "correct horse 1",
                  roles: Set<Role> = [.member], language: Language = .en, verified: Bool = true) async throws -> User {
        let user = User(email: EmailAddress(email)!, passwordHash: try await self.password.async.hash(password).get(),
                        name: name, preferredLanguage: language)
        if verified { user.emailVerifiedAt = Date() }
        try await user.create(on: db)
        for role in roles { try await UserRole(userID: user.id!, role: role).create(on: db) }
        return user
    }

    /// A bearer token for a new account with `roles`, from the real token endpoint.
    func bearerToken(roles: Set<Role>, email: String = "api-\(UUID().uuidString.prefix(6).lowercased())@example.org") async throws -> String {
        try await makeUser(email, roles: roles)
        let response = try await testing().sendRequest(.POST, "/api/v1/tokens", headers: ["Content-Type": "application/json"],
                                                      body: ByteBuffer(string: #"{"email":"\#(email)","password":"correct horse 1"}"#))
        let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        return try #require(body?["token"] as? String)
    }

    func outbox() async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: db).sort(\.$createdAt).all()
    }

    func auditEvents(_ action: Audit.Action) async throws -> [AuditEvent] {
        try await AuditEvent.query(on: db).filter(\.$action == action.rawValue).all()
    }
}

/// Decodes the readable parts of an outbox message, as a mail client would.
struct ReceivedMail {
    let headers: [String: String]
    let text: String
    let html: String
    /// The text/calendar alternative, when the message carries an invite.
    let calendar: String

    init(_ raw: String) {
        let normalized = raw.replacingOccurrences(of: "\r\n", with: "\n")
        let headerBlock = normalized.components(separatedBy: "\n\n").first ?? ""
        var headers: [String: String] = [:]
        var last: String?
        for line in headerBlock.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(" "), let key = last { headers[key, default: ""] += line.dropFirst(); continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].lowercased()
            headers[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            last = key
        }
        self.headers = headers
        func part(_ type: String) -> String {
            guard let start = normalized.range(of: "Content-Type: \(type)") else { return "" }
            let afterHeaders = normalized[start.upperBound...].components(separatedBy: "\n\n").dropFirst().first ?? ""
            let base64 = afterHeaders.split(separator: "\n").prefix { !$0.hasPrefix("--") }.joined()
            return Data(base64Encoded: base64).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        }
        text = part("text/plain")
        html = part("text/html")
        calendar = part("text/calendar")
    }

    /// The first link in the text body that starts with `prefix`.
    func link(startingWith prefix: String) -> String? {
        text.split(whereSeparator: { $0 == "\n" || $0 == " " }).map(String.init).first { $0.hasPrefix(prefix) }
    }
}
