// A NUL character is refused with a 400 wherever text arrives, on both engines: PostgreSQL cannot
// store it, and the same request once answered 500 there and was stored on SQLite.

import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import Puente

@Suite struct NulCharacterTests {
    @Test func aNulInTheQueryStringIsA400Problem() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            for path in ["/api/v1/registry/entries?q=a%00b", "/api/v1/registry/entries/CHW%00-1", "/api/v1/registry/entries?county=%00"] {
                let response = try await app.api(.GET, path, token: staff)
                #expect(response.status == .badRequest, "\(path)")
                #expect(response.isProblem)
            }
            #expect(try await app.api(.GET, "/api/v1/registry/entries?q=a%2500b", token: staff).status == .ok, "%25 00 is the text \"%00\", not a NUL")
        }
    }

    @Test func aNulEscapedInAJSONBodyIsA400AndNothingIsStored() async throws {
        try await withPuente { app in
            try await app.makeUser("member@example.org", roles: [])
            let signIn = try await app.api(.POST, "/api/v1/tokens", json: #"{"email": "member@example.org\u0000", "password": "correct horse 1"}"#)
            #expect(signIn.status == .badRequest)
            #expect(signIn.isProblem)

            let member = try await app.bearerToken(roles: [])
            let hours = #"{"kind": "work_experience", "provider": "Clínica\u0000", "day": "2026-01-27", "hours": 1.5, "topic": "Outreach"}"#
            #expect(try await app.api(.POST, "/api/v1/training/hours", token: member, json: hours).status == .badRequest)
            #expect(try await HourRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func aNulAnywhereTheTypeReadsIsRefusedButNotInMembersItIgnores() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let start = Date().addingTimeInterval(7 * 86_400)
            let json = EventEditConcurrencyTests.eventJSON(title: "Webinar", start: start)
            let event = try await app.api(.POST, "/api/v1/events", token: staff, json: json)
            #expect(event.status == .created)
            let id = try #require(try event.object["id"] as? String)
            // Nested: a question's choices, inside an array, inside the event.
            let nested = EventEditConcurrencyTests.eventJSON(title: "Webinar", start: start, extra:
                #","questions":[{"id":"size","prompt":"Size","kind":"choice","required":false,"choices":["S","M\u0000"]}]"#)
            #expect(try await app.api(.PUT, "/api/v1/events/\(id)", token: staff, json: nested).status == .badRequest)
            let fine = nested.replacingOccurrences(of: #"M\u0000"#, with: "M")
            #expect(try await app.api(.PUT, "/api/v1/events/\(id)", token: staff, json: fine).status == .ok)
            // A dictionary's keys are text the type reads too (the schema says so with propertyNames).
            let key = EventEditConcurrencyTests.eventJSON(title: "Webinar", start: start, extra:
                #","translations":{"e\u0000s":{"title":"Seminario","description":""}}"#)
            #expect(try await app.api(.PUT, "/api/v1/events/\(id)", token: staff, json: key).status == .badRequest)

            let member = try await app.bearerToken(roles: [])
            let ignored = #"{"kind": "work_experience", "provider": "Clínica", "day": "2026-01-27", "hours": 1.5, "topic": "Outreach", "note\u0000": ["x\u0000"]}"#
            #expect(try await app.api(.POST, "/api/v1/training/hours", token: member, json: ignored).status == .created)
        }
    }

    @Test func anEscapedBackslashBeforeU0000IsTextNotANul() async throws {
        try await withPuente { app in
            let member = try await app.bearerToken(roles: [])
            // The JSON text `C:\\u0000` is the eight characters C:\u0000, which every engine stores.
            let hours = #"{"kind": "work_experience", "provider": "C:\\u0000", "day": "2026-01-27", "hours": 1.5, "topic": "Outreach"}"#
            let response = try await app.api(.POST, "/api/v1/training/hours", token: member, json: hours)
            #expect(response.status == .created)
            let stored = try await HourRecord.query(on: app.db).first()
            #expect(stored?.provider == #"C:\u0000"#)
        }
    }

    @Test func aNulInAFormIsA400Page() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            let response = try await browser.post(SiteURL.contact.path, [
                ("name", "Ana"), ("email", "ana@example.org"), ("message", "Hola\u{0}"),
            ])
            #expect(response.status == .badRequest)
            #expect(response.headers.contentType?.subType == "html")
            #expect(try await app.outbox().isEmpty)
        }
    }

    @Test func theURLAndFormChecksFindEveryNulSpelling() {
        #expect(NulCharacters.inForm(Array("name=a%00".utf8)))
        #expect(NulCharacters.inForm([0x61, 0x00]))
        #expect(!NulCharacters.inForm(Array("name=a%2500".utf8)))
        #expect(NulCharacters.inURL("/a?q=%00"))
        #expect(!NulCharacters.inURL("/a?q=%2500"))
    }

    /// Multipart text fields reach the database unchecked; PostgreSQL's refusal is a 400 there.
    @Test(.enabled(if: TestDatabase.isPostgres)) func postgresRefusingTextIsRecognisedAsTheClientsMistake() async throws {
        try await withPuente { app in
            let sql = try #require(app.db as? any SQLDatabase)
            await #expect {
                try await sql.raw("SELECT \(bind: "a\u{0}b")::text AS t").run()
            } throws: { error in
                UnstorableText.matches(error) && PuenteErrorMiddleware.classify(error).0 == .badRequest
            }
        }
    }
}
