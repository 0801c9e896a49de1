// The registry JSON API: public callers get the directory, staff tokens get everything.

import Fluent
import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct RegistryAPITests {
    func token(_ app: Application, roles: Set<Role>) async throws -> String {
        try await app.bearerToken(roles: roles)
    }

    let validBody = #"{"givenName":"Helen","familyName":"Begay","workerType":"chr","languages":["nv","en"],"counties":["06025"],"consent":{"listed":true,"languages":true}}"#

    @Test func publicListingIsTheConsentScopedDirectory() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Lupe", family: "Hernández", languages: ["es"], email: "lupe@example.org")
            try await app.makeListedEntry(given: "Hidden", family: "Person", listed: false)
            let response = try await app.api(.GET, .registryEntries, query: ["language": "es"])
            #expect(response.status == .ok)
            let body = try response.object
            let items = try #require(body["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items[0]["name"] as? String == "Lupe Hernández")
            #expect(items[0]["languages"] as? [String] == ["es"])
            #expect(items[0]["email"] is NSNull || items[0]["email"] == nil)
            #expect(items[0]["status"] == nil)
            #expect(body["total"] as? Int == 1)
        }
    }

    @Test func staffTokensCreateReadAndReplaceEntriesAndReadsAreAudited() async throws {
        try await withPuente { app in
            let staff = try await token(app, roles: [.staff])
            let created = try await app.api(.POST, APIURL.registryEntries.path, token: staff, json: validBody)
            #expect(created.status == .created)
            let entry = try created.object
            let number = try #require(entry["registryNumber"] as? String)
            #expect(entry["status"] as? String == "active")
            #expect(entry["languages"] as? [String] == ["en", "nv"])

            let read = try await app.api(.GET, .registryEntry(.value(number)), token: staff)
            #expect(try read.object["givenName"] as? String == "Helen")
            #expect(try await app.auditEvents(.registryApiRead).count == 1)

            let replaced = try await app.api(.PUT, APIURL.registryEntry(.value(number)).path, token: staff,
                                       json: validBody.replacingOccurrences(of: "06025", with: "06073"))
            #expect(replaced.status == .ok)
            #expect(try replaced.object["counties"] as? [String] == ["06073"])

            let publicRead = try await app.api(.GET, .registryEntry(.value(number)))
            let publicCounties = try publicRead.object["counties"]
            #expect(publicCounties == nil || publicCounties is NSNull)
        }
    }

    @Test func aReplaceCanDecideTheStatusWithAReasonAndOtherwiseChangesNothing() async throws {
        try await withPuente { app in
            let staff = try await token(app, roles: [.staff])
            let body = validBody.replacingOccurrences(of: #""familyName":"Begay""#, with: #""familyName":"Begay","email":"helen@example.org""#)
            let created = try (try await app.api(.POST, APIURL.registryEntries.path, token: staff, json: body)).object
            let number = try #require(created["registryNumber"] as? String)
            func put(_ extra: String) async throws -> TestingHTTPResponse {
                let renamed = body.replacingOccurrences(of: #""familyName":"Begay""#, with: #""familyName":"Begay-Yazzie""#)
                return try await app.api(.PUT, APIURL.registryEntry(.value(number)).path, token: staff,
                                   json: String(renamed.dropLast()) + "," + extra + "}")
            }

            // Before, a status in a PUT was dropped without a word: the client believed the entry suspended.
            let noReason = try await put(#""status":"suspended""#)
            #expect(noReason.status == .unprocessableEntity)
            #expect((try noReason.object["errors"] as? [String: String])?["status_reason"]?.contains("reason") == true)
            let backwards = try await put(#""status":"applied","statusReason":"Start over""#)
            #expect(backwards.status == .unprocessableEntity)
            #expect((try backwards.object["errors"] as? [String: String])?["status"] != nil)
            var entry = try #require(try await RegistryEntry.query(on: app.db).filter(\.$registryNumber == number).first())
            #expect(entry.status == .active)
            #expect(entry.familyName == "Begay") // the details in the refused body were not saved either
            #expect(try await app.outbox().isEmpty)

            let suspended = try await put(#""status":"suspended","statusReason":"Certificate under review""#)
            #expect(suspended.status == .ok)
            #expect(try suspended.object["status"] as? String == "suspended")
            entry = try #require(try await RegistryEntry.query(on: app.db).filter(\.$registryNumber == number).first())
            #expect(entry.familyName == "Begay-Yazzie")
            #expect(entry.statusReason == "Certificate under review")
            let history = try await RegistryStatusChange.query(on: app.db).filter(\.$entry.$id == entry.id!).sort(\.$changedAt).all()
            #expect(history.map(\.toStatus) == ["active", "suspended"])
            #expect(try await app.auditEvents(.registryStatus).first?.summary == "active → suspended: Certificate under review")
            #expect(try await app.outbox().map(\.recipient) == ["helen@example.org"])
            #expect(try await app.api(.GET, .registryEntry(.value(number))).status == .notFound)
        }
    }

    @Test func invalidBodiesAre422WithFieldErrorsAndWriteNothing() async throws {
        try await withPuente { app in
            let staff = try await token(app, roles: [.staff])
            let response = try await app.api(.POST, APIURL.registryEntries.path, token: staff,
                json: #"{"givenName":"Ana","familyName":"SSN 123-45-6789","workerType":"chw","languages":["xx"],"counties":["99999"]}"#)
            #expect(response.status == .unprocessableEntity)
            #expect(response.isProblem)
            let errors = try #require(try response.object["errors"] as? [String: String])
            #expect(errors["family_name"]?.contains("Social Security") == true)
            #expect(errors["languages"]?.contains("not on the list") == true)
            #expect(errors["counties"]?.contains("06037") == true)
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func membersAndVisitorsCannotWrite() async throws {
        try await withPuente { app in
            let member = try await token(app, roles: [.member])
            let asMember = try await app.api(.POST, APIURL.registryEntries.path, token: member, json: validBody)
            #expect(asMember.status == .forbidden)
            let anonymous = try await app.api(.POST, APIURL.registryEntries.path, json: validBody)
            #expect(anonymous.status == .unauthorized)
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func unlistedEntriesAreNotFoundForThePublic() async throws {
        try await withPuente { app in
            let entry = try await app.makeListedEntry(given: "Quiet", family: "Person", listed: false)
            let response = try await app.api(.GET, .registryEntry(.value(entry.registryNumber)))
            #expect(response.status == .notFound)
            #expect(!response.body.string.contains("Quiet"))
        }
    }
}
