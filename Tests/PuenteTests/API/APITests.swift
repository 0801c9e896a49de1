// The JSON API base: tokens, problem+json errors, the OpenAPI document, health and metrics.

import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct APITests {
    func postJSON(_ app: Application, _ path: String, _ body: String, contentType: String = "application/json") async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.POST, path, headers: ["Content-Type": contentType], body: ByteBuffer(string: body))
    }

    @Test func tokenIsIssuedForTheRightPasswordAndAuthenticatesRequests() async throws {
        try await withPuente { app in
            try await app.makeUser("api@example.org")
            let response = try await postJSON(app, "/api/v1/tokens", #"{"email":"api@example.org","password":"correct horse 1"}"#)
            #expect(response.status == .created)
            let body = try response.object
            let token = try #require(body["token"] as? String)
            #expect(body["tokenType"] as? String == "Bearer")
            #expect(token.count >= 40)
            // The database keeps only a hash of it.
            #expect(try await APIToken.query(on: app.db).first()?.tokenHash == Secret.hash(token))
        }
    }

    @Test func wrongPasswordIsAProblemJSON401() async throws {
        try await withPuente { app in
            try await app.makeUser("api@example.org")
            let response = try await postJSON(app, "/api/v1/tokens", #"{"email":"api@example.org","password":"nope nope"}"#)
            #expect(response.status == .unauthorized)
            #expect(response.headers.first(name: .contentType) == "application/problem+json")
            let body = try response.object
            #expect(body["status"] as? Int == 401)
            #expect(body["title"] as? String == "Unauthorized")
            #expect(try await APIToken.query(on: app.db).count() == 0)
        }
    }

    @Test func malformedJSONIsA400Problem() async throws {
        try await withPuente { app in
            let response = try await postJSON(app, "/api/v1/tokens", #"{"email": "#)
            #expect(response.status == .badRequest)
            #expect(response.headers.first(name: .contentType) == "application/problem+json")
        }
    }

    @Test func formEncodedBodyIsRefusedAsUnsupported() async throws {
        try await withPuente { app in
            let response = try await postJSON(app, "/api/v1/tokens", "email=a&password=b", contentType: "application/x-www-form-urlencoded")
            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test func unknownAPIRouteIsA404Problem() async throws {
        try await withPuente { app in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/nothing-here")
            #expect(response.status == .notFound)
            #expect(response.headers.first(name: .contentType) == "application/problem+json")
            #expect(try response.object["status"] as? Int == 404)
        }
    }

    @Test func healthReportsTheDatabaseInUse() async throws {
        try await withPuente { app in
            let response = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(response.status == .ok)
            let body = try response.object
            #expect(body["status"] as? String == "ok")
            #expect(body["database"] as? String == TestDatabase.kind)
        }
    }

    @Test func metricsArePrometheusTextWithOutboxDepth() async throws {
        try await withPuente({ $0.trustedProxies = 1 }) { app in
            _ = try await app.testing().sendRequest(.GET, "/")
            let response = try await app.testing().sendRequest(.GET, "/metrics", headers: ["X-Forwarded-For": "127.0.0.1"])
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
            #expect(response.body.string.contains("# TYPE http_requests_total counter"))
            #expect(response.body.string.contains("puente_outbox_messages{status=\"pending\"} 0"))
        }
    }
}

@Suite struct OperationsAccessTests {
    @Test func metricsAreForLoopbackOrTheTokenAndNotFoundForEveryoneElse() async throws {
        try await withPuente({ $0.trustedProxies = 1; $0.metricsToken = "scrape-token-0123456789" }) { app in
            #expect(try await app.api(.GET, "/metrics", headers: ["X-Forwarded-For": "127.0.0.1"]).status == .ok)
            #expect(try await app.api(.GET, "/metrics", headers: ["X-Forwarded-For": "::1"]).status == .ok)
            let outside = try await app.api(.GET, "/metrics", headers: ["X-Forwarded-For": "203.0.113.5"])
            #expect(outside.status == .notFound)
            #expect(!outside.body.string.contains("http_requests_total"))
            // A client cannot claim loopback: with one trusted proxy only the entry it appended counts.
            #expect(try await app.api(.GET, "/metrics", headers: ["X-Forwarded-For": "127.0.0.1, 203.0.113.5"]).status == .notFound)
            #expect(try await app.api(.GET, "/metrics", token: "scrape-token-0123456789", headers: ["X-Forwarded-For": "203.0.113.5"]).status == .ok)
            #expect(try await app.api(.GET, "/metrics", token: "scrape-token-0123456780", headers: ["X-Forwarded-For": "203.0.113.5"]).status == .notFound)
        }
    }

    @Test func healthIsA503ProblemWhenTheDatabaseCannotBeWritten() async throws {
        try await withSQLiteFile { app in
            #expect(try await app.api(.GET, "/healthz").status == .ok)
            for loop in app.eventLoopGroup.makeIterator() {
                _ = try await app.databases.database(logger: app.logger, on: loop)!.sql.raw("PRAGMA query_only = ON").all()
            }
            let response = try await app.api(.GET, "/healthz")
            #expect(response.status == .serviceUnavailable)
            #expect(response.isProblem)
            #expect(try response.object["detail"] as? String == "The database cannot be written.")
            // Reads go on.
            #expect(try await app.api(.GET, "/api/v1/events").status == .ok)
        }
    }

    @Test func aPathAskedWithAMethodItDoesNotTakeIs405WithAllow() async throws {
        try await withPuente { app in
            let trace = try await app.api(.TRACE, "/directory")
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers.first(name: .allow)?.contains("GET") == true)
            let delete = try await app.api(.DELETE, "/api/v1/events")
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.isProblem)
            #expect(try await app.api(.GET, "/no/such/page").status == .notFound)
        }
    }

    @Test func aBodilessPostIsAskedToSignInBeforeAnythingElse() async throws {
        try await withPuente { app in
            let response = try await app.api(.POST, "/api/v1/events/\(UUID())/cancel")
            #expect(response.status == .unauthorized)
            let staff = try await app.bearerToken(roles: [.staff])
            let wrongType = try await app.testing().sendRequest(.POST, "/api/v1/events", headers: ["Content-Type": "text/plain", "Authorization": "Bearer \(staff)"],
                                                               body: .init(string: "hi"))
            #expect(wrongType.status == .unsupportedMediaType)
        }
    }

    @Test func anEventWithNoSeatLimitSaysCapacityNull() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let start = ISO8601DateFormatter().string(from: Date().addingTimeInterval(86400))
            let end = ISO8601DateFormatter().string(from: Date().addingTimeInterval(90000))
            try await app.api(.POST, "/api/v1/events", token: staff,
                              json: #"{"title":"Open","start":"\#(start)","end":"\#(end)","timeZone":"America/Los_Angeles"}"#)
            let listed = try await app.api(.GET, "/api/v1/events")
            #expect(listed.body.string.contains(#""capacity":null"#))
        }
    }
}

@Suite struct OpenAPITests {
    /// Routes under /api as `METHOD /path/{param}`.
    func apiRoutes(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            let path = "/" + route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
            guard path.hasPrefix("/api/") else { return nil }
            return "\(route.method.rawValue) \(path)"
        })
    }

    func documentedRoutes() throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: OpenAPIController.document) as? [String: Any]
        let paths = try #require(object?["paths"] as? [String: [String: Any]])
        var routes = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                routes.insert("\(method.uppercased()) \(path)")
            }
        }
        return routes
    }

    @Test func documentDescribesExactlyTheRoutesThatExist() async throws {
        try await withPuente { app in
            let documented = try documentedRoutes()
            #expect(documented == apiRoutes(app))
        }
    }

    @Test func documentIsServedAsOpenAPI31() async throws {
        try await withPuente { app in
            let response = try await app.testing().sendRequest(.GET, "/api/openapi.json")
            #expect(response.status == .ok)
            let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            #expect(object?["openapi"] as? String == "3.1.0")
        }
    }
}

@Suite struct SessionScopeTests {
    @Test func bearerTokenRequestsNeverCreateASessionCookie() async throws {
        try await withPuente { app in
            try await app.makeUser("api@example.org")
            let issued = try await app.testing().sendRequest(.POST, "/api/v1/tokens", headers: ["Content-Type": "application/json"],
                                                             body: .init(string: #"{"email":"api@example.org","password":"correct horse 1"}"#))
            let token = try #require(try JSONSerialization.jsonObject(with: Data(issued.body.readableBytesView)) as? [String: Any])["token"] as! String
            let response = try await app.testing().sendRequest(.GET, "/", headers: ["Authorization": "Bearer \(token)"])
            #expect(response.body.string.contains("Signed in as"))
            #expect(response.headers[.setCookie].allSatisfy { !$0.hasPrefix("puente-session=") })
        }
    }

    @Test func pagesWithoutFormsDoNotStartASession() async throws {
        try await withPuente { app in
            let home = try await app.testing().sendRequest(.GET, "/")
            #expect(home.headers[.setCookie].allSatisfy { !$0.hasPrefix("puente-session=") })
            let login = try await app.testing().sendRequest(.GET, "/login")
            #expect(login.headers[.setCookie].contains { $0.hasPrefix("puente-session=") })
        }
    }
}
