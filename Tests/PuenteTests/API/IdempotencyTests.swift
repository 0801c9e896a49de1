// `Idempotency-Key` on API POSTs: a retry gets the first answer, never a second registration.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct IdempotencyTests {
    static func key(_ value: String) -> HTTPHeaders { [IdempotencyMiddleware.header: value] }

    static func register(_ app: Application, event: String, email: String, key: String) async throws -> TestingHTTPResponse {
        try await app.api(.POST, "/api/v1/events/\(event)/registrations", json: #"{"name":"Ana Ruiz","email":"\#(email)"}"#,
                          headers: Self.key(key))
    }

    static func registrations(_ app: Application, event: String) async throws -> Int {
        try await EventRegistration.query(on: app.db).filter(\.$event.$id == UUID(uuidString: event)!).count()
    }

    @Test func theSameKeyAndBodyAnswerTheFirstAnswerAgainAndRegisterOnce() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 10)
            let first = try await Self.register(app, event: event, email: "ana@example.org", key: "retry-1")
            let again = try await Self.register(app, event: event, email: "ana@example.org", key: "retry-1")
            #expect(first.status == .created)
            #expect(again.status == .created)
            #expect(again.headers.first(name: IdempotencyMiddleware.replayedHeader) == "true")
            #expect(first.headers.first(name: IdempotencyMiddleware.replayedHeader) == nil)
            #expect(try again.object["id"] as? String == first.object["id"] as? String)
            #expect(again.headers.contentType == first.headers.contentType)
            #expect(try await Self.registrations(app, event: event) == 1)
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$recipient == "ana@example.org").count() == 1)
        }
    }

    @Test func theSameKeyWithAnotherBodyIs422AndChangesNothing() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 10)
            #expect(try await Self.register(app, event: event, email: "ana@example.org", key: "k").status == .created)
            let other = try await Self.register(app, event: event, email: "luis@example.org", key: "k")
            #expect(other.status == .unprocessableEntity)
            #expect(other.isProblem)
            #expect(try await Self.registrations(app, event: event) == 1)
        }
    }

    @Test func aRequestStillInFlightIs409AndAClaimLeftByADeadProcessIsTakenOver() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 10)
            let body = #"{"name":"Ana Ruiz","email":"ana@example.org"}"#
            // Another process claimed the key for this caller, route and body and is still running.
            let claim = Claim(caller: "address:unknown", route: "POST /api/v1/events/\(event)/registrations", key: "busy",
                              requestHash: Secret.hash(body)) // the body's SHA-256, as the middleware hashes it
            guard case .taken(let id) = try await claim.take(on: app.db) else { Issue.record("not taken"); return }
            let busy = try await Self.register(app, event: event, email: "ana@example.org", key: "busy")
            #expect(busy.status == .conflict)
            #expect(busy.isProblem)
            #expect(try await Self.registrations(app, event: event) == 0)
            // That process died: after the takeover time the retry runs, once.
            let stored = try #require(try await IdempotentRequest.find(id, on: app.db))
            stored.claimedAt = Date().addingTimeInterval(-IdempotencyMiddleware.takeover - 5)
            try await stored.save(on: app.db)
            #expect(try await Self.register(app, event: event, email: "ana@example.org", key: "busy").status == .created)
            #expect(try await Self.register(app, event: event, email: "ana@example.org", key: "busy").headers
                .first(name: IdempotencyMiddleware.replayedHeader) == "true")
            #expect(try await Self.registrations(app, event: event) == 1)
        }
    }

    /// Answers after a while with how far its claim was renewed past when it was taken.
    struct SlowResponder: AsyncResponder {
        let db: any Database
        func respond(to request: Request) async throws -> Response {
            try await Task.sleep(for: .milliseconds(400))
            let claim = try #require(try await IdempotentRequest.query(on: db).first())
            return Response(status: .ok, body: .init(string: "\(claim.claimedAt.timeIntervalSince(claim.createdAt))"))
        }
    }

    @Test func aRequestThatRunsLongRenewsItsClaimSoOnlyADeadProcessLosesIt() async throws {
        try await withPuente { app in
            var middleware = IdempotencyMiddleware()
            middleware.renewal = 0.05
            let request = Request(application: app, method: .POST, url: URI(path: "/api/v1/slow"),
                                  headers: [IdempotencyMiddleware.header: "slow"], on: app.eventLoopGroup.any())
            let response = try await middleware.respond(to: request, chainingTo: SlowResponder(db: app.db))
            let renewedBy = try #require(response.body.string.flatMap(Double.init))
            #expect(renewedBy > 0.2, "the claim was renewed while the request ran")
            #expect(IdempotencyMiddleware.takeover < 60) // a retry after a SIGKILL waits seconds, not a minute
            #expect(middleware.renewal * 3 <= IdempotencyMiddleware.takeover)
        }
    }

    @Test func keysBelongToOneCallerAndOneRoute() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let other = try await app.bearerToken(roles: [.staff])
            let first = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 10)
            let second = try await BusyDayTests.makeEvent(app, staff: staff, title: "Webinar", capacity: 10)
            #expect(try await Self.register(app, event: first, email: "ana@example.org", key: "same").status == .created)
            #expect(try await Self.register(app, event: second, email: "ana@example.org", key: "same").headers
                .first(name: IdempotencyMiddleware.replayedHeader) == nil)
            #expect(try await Self.registrations(app, event: second) == 1)
            let json = EventEditConcurrencyTests.eventJSON(title: "Policy committee", start: Date().addingTimeInterval(9 * 86400))
            let mine = try await app.api(.POST, "/api/v1/events", token: staff, json: json, headers: Self.key("event-1"))
            let theirs = try await app.api(.POST, "/api/v1/events", token: other, json: json, headers: Self.key("event-1"))
            #expect(mine.status == .created && theirs.status == .created)
            #expect(try mine.object["id"] as? String != theirs.object["id"] as? String)
        }
    }

    @Test func failuresAndAnswersCarryingATokenAreNotKept() async throws {
        try await withPuente { app in
            try await app.makeUser("someone@example.org")
            let login = #"{"email":"someone@example.org","password":"correct horse 1"}"#
            let first = try await app.api(.POST, "/api/v1/tokens", json: login, headers: Self.key("login"))
            let second = try await app.api(.POST, "/api/v1/tokens", json: login, headers: Self.key("login"))
            #expect(first.status == .created && second.status == .created)
            #expect(try first.object["token"] as? String != second.object["token"] as? String)
            let missing = try await app.api(.POST, "/api/v1/events/\(UUID())/registrations",
                                            json: #"{"name":"Ana","email":"ana@example.org"}"#, headers: Self.key("gone"))
            #expect(missing.status == .notFound)
            #expect(try await IdempotentRequest.query(on: app.db).count() == 0)
        }
    }

    @Test func aMalformedKeyIsRefusedBeforeAnythingRuns() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 10)
            for bad in ["", String(repeating: "k", count: 256), "two words"] {
                let response = try await Self.register(app, event: event, email: "ana@example.org", key: bad)
                #expect(response.status == .badRequest, "\(bad.prefix(10))")
            }
            #expect(try await Self.registrations(app, event: event) == 0)
        }
    }

    @Test func housekeepingForgetsKeysAfterADay() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await BusyDayTests.makeEvent(app, staff: staff, title: "Summit", capacity: 10)
            #expect(try await Self.register(app, event: event, email: "ana@example.org", key: "old").status == .created)
            try await Housekeeping.sweep(on: app.db, now: Date().addingTimeInterval(23 * 3600))
            #expect(try await IdempotentRequest.query(on: app.db).count() == 1)
            try await Housekeeping.sweep(on: app.db, now: Date().addingTimeInterval(25 * 3600))
            #expect(try await IdempotentRequest.query(on: app.db).count() == 0)
        }
    }
}
