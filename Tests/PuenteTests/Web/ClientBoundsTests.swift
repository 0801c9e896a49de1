// Numbers and texts a client sends are bounded before a library sees them: a crafted page number
// once stopped the whole process from a GET link a signed-in staff member might click.

import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct ClientBoundsTests {
    static let crafted = "5718490662849961001"

    @Test(arguments: ["/staff/registry", "/admin/audit", "/admin/people"])
    func aCraftedPageNumberShowsTheLastPageOfAStaffList(_ path: String) async throws {
        try await withPuente { app in
            try await app.makeUser("admin@example.org", roles: [.admin])
            let browser = Browser(app)
            try await browser.signIn("admin@example.org")
            for page in [Self.crafted, "99999999999999999999999", "-3", "0", "x"] {
                let response = try await browser.get("\(path)?page=\(page)")
                #expect(response.status == .ok, "\(path)?page=\(page)")
            }
            // The process is still serving.
            #expect(try await browser.get(path).status == .ok)
        }
    }

    @Test func aPagePastTheEndShowsTheLastPageNotAnEmptyOne() async throws {
        try await withPuente { app in
            try await app.makeUser("admin@example.org", name: "Zoila Admin", roles: [.admin])
            for index in 0..<(AdminPeopleController.pageSize + 3) {
                try await app.makeUser("person\(index)@example.org", name: "Person \(index)")
            }
            let page = try await AdminPeopleController.people(matching: "", page: ClientBounds.largestPage, on: app.db)
            #expect(page.metadata.page == 2)
            #expect(page.items.count == 4)
        }
    }

    @Test func theAPIRefusesAPageOutOfRangeWithAProblem() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            for page in [Self.crafted, "0", "-1", "10001", "two"] {
                for token in [staff, nil] {
                    let response = try await app.api(.GET, "/api/v1/registry/entries?page=\(page)", token: token)
                    #expect(response.status == .badRequest, "page=\(page)")
                    #expect(response.isProblem)
                }
            }
            #expect(try await app.api(.GET, "/api/v1/registry/entries?page=10000", token: staff).status == .ok)
        }
    }

    @Test func searchTextPastTheLimitIsA400AndNeverReachesTheDatabase() async throws {
        try await withPuente { app in
            try await app.makeUser("admin@example.org", roles: [.admin])
            let staff = try await app.bearerToken(roles: [.staff])
            let browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let long = String(repeating: "%25a", count: 50_000) // "%a" repeated: a LIKE pattern SQLite refuses
            for path in ["/staff/registry?q=\(long)", "/admin/people?q=\(long)", "/admin/audit?actor=\(long)"] {
                #expect(try await browser.get(path).status == .badRequest)
            }
            #expect(try await app.api(.GET, "/api/v1/registry/entries?q=\(long)", token: staff).status == .badRequest)
            let limit = String(repeating: "a", count: ClientBounds.longestSearch)
            #expect(try await browser.get("/staff/registry?q=\(limit)").status == .ok)
        }
    }

    @Test(arguments: ["Ana\rATTENDEE:mailto:x@evil.example", "Ana\u{0007}", "Ana\u{202E}anA", "Ana\u{2028}Cruz"])
    func namesWithControlCharactersAreRefusedAndNothingIsWritten(_ name: String) async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let start = ISO8601DateFormatter().string(from: Date().addingTimeInterval(86400))
            let end = ISO8601DateFormatter().string(from: Date().addingTimeInterval(90000))
            let event = try await app.api(.POST, "/api/v1/events", token: staff,
                                          json: #"{"title":"Open","start":"\#(start)","end":"\#(end)","timeZone":"America/Los_Angeles"}"#)
            let id = try #require(try event.object["id"] as? String)
            let body = try JSONSerialization.data(withJSONObject: ["name": name, "email": "ana@example.org"])
            let response = try await app.api(.POST, "/api/v1/events/\(id)/registrations", json: String(decoding: body, as: UTF8.self))
            #expect(response.status == .unprocessableEntity)
            #expect(try await EventRegistration.query(on: app.db).count() == 0)
            let given = try JSONSerialization.data(withJSONObject: ["givenName": name, "familyName": "Cruz", "workerType": "chw",
                                                                    "languages": ["es"], "counties": ["06019"]])
            #expect(try await app.api(.POST, "/api/v1/registry/entries", token: staff, json: String(decoding: given, as: UTF8.self)).status
                == .unprocessableEntity)
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
        }
    }
}
