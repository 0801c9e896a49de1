// A program's busy day, as `puente serve` runs it: the mail worker delivering while bursts of
// registrations, registry edits, event edits, sign-ins and cancellations arrive. Nothing may answer
// 5xx, and capacity holds. On SQLite the database is a file in WAL mode with pooled connections.

import Fluent
import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

@Suite(.serialized) struct BusyDayTests {
    @Test func fiveHundredRegistrationsFiftyAtATimeTenTimesOverWhileMailGoesOut() async throws {
        try await withBusyProgram { app in
            let staff = try await app.bearerToken(roles: [.staff])
            for round in 1...10 {
                let event = try await Self.makeEvent(app, staff: staff, title: "Summit \(round)", capacity: 300)
                let statuses = try await Self.inParallel(500, atATime: 50) { index in
                    try await app.api(.POST, "/api/v1/events/\(event)/registrations",
                                      json: #"{"name":"Registrant \#(index)","email":"r\#(round)-\#(index)@example.org"}"#).status
                }
                #expect(statuses.filter { $0.code >= 500 }.isEmpty, "round \(round): \(statuses.filter { $0.code >= 500 }.count) × 5xx")
                #expect(statuses.allSatisfy { $0 == .created }, "round \(round)")
                let eventID = try #require(UUID(uuidString: event))
                let confirmed = try await EventRegistration.query(on: app.db).filter(\.$event.$id == eventID).filter(\.$status == .confirmed).count()
                let waitlisted = try await EventRegistration.query(on: app.db).filter(\.$event.$id == eventID).filter(\.$status == .waitlisted).count()
                #expect(confirmed == 300, "round \(round)")
                #expect(waitlisted == 200, "round \(round)")
            }
            // Every registrant's email was written once; the worker has been sending them meanwhile.
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$recipient ~~ "@example.org").count() >= 5_000)
        }
    }

    @Test func editsSignInsAndCancellationsAtOnceAnswerNo5xx() async throws {
        try await withBusyProgram { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await Self.makeEvent(app, staff: staff, title: "Policy committee", capacity: 20)
            var tokens: [String] = []
            for index in 0..<40 {
                let response = try await app.api(.POST, "/api/v1/events/\(event)/registrations",
                                                 json: #"{"name":"Member \#(index)","email":"m\#(index)@example.org"}"#)
                #expect(response.status == .created)
                let id = try #require(UUID(uuidString: try response.object["id"] as? String ?? ""))
                tokens.append(try #require(try await EventRegistration.find(id, on: app.db)).token)
            }
            let entry = try await app.api(.POST, "/api/v1/registry/entries", token: staff, json: Self.entryJSON(county: "06019"))
            let number = try #require(try entry.object["registryNumber"] as? String)
            for index in 0..<20 { try await app.makeUser("signin\(index)@example.org") }
            let secrets = tokens

            // Everything at once: 40 registry replaces, 20 event edits, 20 sign-ins, 20 cancellations
            // (each hands a seat to the waitlist in the same transaction), 20 new registrations.
            let statuses = try await withThrowingTaskGroup(of: (String, HTTPStatus).self) { group in
                for index in 0..<40 {
                    group.addTask {
                        ("registry", try await app.api(.PUT, "/api/v1/registry/entries/\(number)", token: staff,
                                                       json: Self.entryJSON(county: index.isMultiple(of: 2) ? "06019" : "06037")).status)
                    }
                }
                for index in 0..<20 {
                    group.addTask {
                        let start = Date().addingTimeInterval(Double(8 * 86400 + index * 60))
                        return ("event", try await app.api(.PUT, "/api/v1/events/\(event)", token: staff,
                                                           json: EventEditConcurrencyTests.eventJSON(title: "Policy committee", start: start,
                                                                                                     extra: #","capacity":20"#)).status)
                    }
                    group.addTask {
                        ("sign-in", try await app.api(.POST, "/api/v1/tokens",
                                                      json: #"{"email":"signin\#(index)@example.org","password":"correct horse 1"}"#).status)
                    }
                    group.addTask {
                        ("cancel", try await Browser(app).post(SiteURL.eventRegistration(.value(secrets[index])).path,
                                                            [(Confirmation.field, "yes")], withCSRF: true).status) // the confirmation page's post
                    }
                    group.addTask {
                        ("register", try await app.api(.POST, "/api/v1/events/\(event)/registrations",
                                                       json: #"{"name":"Late \#(index)","email":"late\#(index)@example.org"}"#).status)
                    }
                }
                return try await group.reduce(into: [(String, HTTPStatus)]()) { $0.append($1) }
            }
            let failed = statuses.filter { $0.1.code >= 500 }
            #expect(failed.isEmpty, "\(failed)")
            #expect(statuses.filter { $0.0 == "registry" }.allSatisfy { $0.1 == .ok })
            #expect(statuses.filter { $0.0 == "sign-in" }.allSatisfy { $0.1 == .created })
            #expect(statuses.filter { $0.0 == "cancel" }.allSatisfy { $0.1 == .seeOther })
            let eventID = try #require(UUID(uuidString: event))
            let confirmed = try await EventRegistration.query(on: app.db).filter(\.$event.$id == eventID).filter(\.$status == .confirmed).count()
            #expect(confirmed == 20) // the cancelled seats went to the waitlist; never more than capacity
            let saved = try #require(try await Event.find(eventID, on: app.db))
            #expect(saved.sequence == statuses.filter { $0.0 == "event" && $0.1 == .ok }.count)
        }
    }

    @Test func oneRegistrantsDatabaseErrorDoesNotFailTheOthersInTheSameBatch() async throws {
        try await withBusyProgram { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let event = try await Self.makeEvent(app, staff: staff, title: "Webinar", capacity: 100)
            // The database refuses one address; batches are written in one transaction each.
            if TestDatabase.isPostgres {
                try await app.db.sql.raw("""
                    CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN
                      IF NEW.email = 'refused@example.org' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW;
                    END $$ LANGUAGE plpgsql
                    """).run()
                try await app.db.sql.raw("CREATE TRIGGER refuse_one BEFORE INSERT ON event_registrations FOR EACH ROW EXECUTE FUNCTION refuse_one()").run()
            } else {
                try await app.db.sql.raw("""
                    CREATE TRIGGER refuse_one BEFORE INSERT ON event_registrations WHEN NEW.email = 'refused@example.org'
                    BEGIN SELECT RAISE(ABORT, 'refused'); END
                    """).run()
            }
            let emails = (0..<30).map { "p\($0)@example.org" } + ["refused@example.org"]
            let statuses = try await withThrowingTaskGroup(of: (String, HTTPStatus).self) { group in
                for email in emails {
                    group.addTask {
                        (email, try await app.api(.POST, "/api/v1/events/\(event)/registrations", json: #"{"name":"Someone","email":"\#(email)"}"#).status)
                    }
                }
                return try await group.reduce(into: [String: HTTPStatus]()) { $0[$1.0] = $1.1 }
            }
            #expect(statuses["refused@example.org"] == .internalServerError)
            #expect(statuses.filter { $0.key != "refused@example.org" }.values.allSatisfy { $0 == .created })
            #expect(try await EventRegistration.query(on: app.db).count() == 30)
        }
    }

    static func entryJSON(county: String) -> String {
        #"{"givenName":"Helen","familyName":"Begay","workerType":"chr","languages":["nv","en"],"counties":["\#(county)"],"consent":{"listed":true,"languages":true}}"#
    }

    static func makeEvent(_ app: Application, staff: String, title: String, capacity: Int) async throws -> String {
        let start = Date().addingTimeInterval(7 * 86400)
        let created = try await app.api(.POST, "/api/v1/events", token: staff,
                                        json: EventEditConcurrencyTests.eventJSON(title: title, start: start, extra: #","capacity":\#(capacity)"#))
        #expect(created.status == .created)
        return try #require(try created.object["id"] as? String)
    }

    /// Runs `count` calls with at most `width` in flight, as that many clients would.
    static func inParallel(_ count: Int, atATime width: Int, _ call: @escaping @Sendable (Int) async throws -> HTTPStatus) async throws -> [HTTPStatus] {
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            var next = 0, results: [HTTPStatus] = []
            while next < min(width, count) { let index = next; group.addTask { try await call(index) }; next += 1 }
            while let status = try await group.next() {
                results.append(status)
                if next < count { let index = next; group.addTask { try await call(index) }; next += 1 }
            }
            return results
        }
    }
}

/// The app as a busy program runs it: rate limits off (one test client stands for many people)
/// and the mail worker delivering, on the database `puente serve` would use.
func withBusyProgram(_ test: (Application) async throws -> Void) async throws {
    // These tests are about correctness under concurrency; `withPuente` already waits 60 s for a
    // pooled connection (CI once took 18 s here while browsers ran), so load is not read as a fault.
    try await withPuenteAsServed({ $0.rateLimitsEnabled = false }) { app in
        await app.mail.startWorker()
        try await test(app)
    }
}
