// FHIR `_history?_since=`: a mirror learns what changed, including who left the public directory.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct FHIRHistoryTests {
    func history(_ app: Application, _ type: String = "Practitioner", since: Date? = nil, query: String = "",
                 token: String? = nil) async throws -> [String: Any] {
        var path = "/fhir/\(type)/_history?" + query
        if let since { path += "&_since=\(FHIRDate.instant(since))" }
        let headers: HTTPHeaders = token.map { ["Authorization": "Bearer \($0)"] } ?? [:]
        let response = try await app.testing().sendRequest(.GET, path, headers: headers)
        #expect(response.status == .ok, "\(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    /// Each entry as "METHOD url".
    func changes(_ bundle: [String: Any]) -> [String] {
        ((bundle["entry"] as? [[String: Any]]) ?? []).compactMap { entry in
            (entry["request"] as? [String: Any]).map { "\($0["method"] ?? "") \($0["url"] ?? "")" }
        }
    }

    @Test func aMirrorLearnsOfChangesAndOfPeopleWhoLeftTheDirectory() async throws {
        try await withPuente { app in
            let ana = try await app.makeListedEntry(given: "Ana", family: "Ortiz")
            let ben = try await app.makeListedEntry(given: "Ben", family: "Tso")
            let hidden = try await app.makeListedEntry(given: "Hidden", family: "Person", listed: false)
            let all = try await history(app)
            #expect(all["type"] as? String == "history")
            #expect(Set(changes(all)) == ["PUT Practitioner/\(ana.registryNumber)", "PUT Practitioner/\(ben.registryNumber)"])

            let synced = Date()
            let registry = RegistryService(db: app.db, config: app.config, actor: .system)
            try await registry.changeStatus(ana, to: .suspended, reason: "Under review")
            hidden.phone = "601-555-0100" // a change to someone who was never public
            try await hidden.save(on: app.db)
            let since = try await history(app, since: synced)
            #expect(changes(since) == ["DELETE Practitioner/\(ana.registryNumber)"]) // and nothing about the hidden person
            #expect(((since["entry"] as? [[String: Any]])?.first?["resource"]) == nil)
            #expect(changes(try await history(app, "PractitionerRole", since: synced)) == ["DELETE PractitionerRole/role-\(ana.registryNumber)"])

            // Listed again: an update, and the withdrawal is gone.
            try await registry.changeStatus(ana, to: .active, reason: "")
            #expect(changes(try await history(app, since: synced)) == ["PUT Practitioner/\(ana.registryNumber)"])

            // Staff see every change, the hidden person's too.
            let token = try await app.bearerToken(roles: [.staff])
            #expect(Set(changes(try await history(app, since: synced, token: token)))
                == ["PUT Practitioner/\(ana.registryNumber)", "PUT Practitioner/\(hidden.registryNumber)"])
        }
    }

    @Test func revokingACertificateChangesItsHoldersPractitioner() async throws {
        try await withPuente { app in
            let entry = try await app.makeListedEntry(given: "Ana", family: "Ortiz")
            let credential = try await app.makeCredential(for: entry, expiresOn: "2099-01-01")
            let synced = Date()
            #expect(changes(try await history(app, since: synced)).isEmpty)
            try await RegistryService(db: app.db, config: app.config, actor: .system).revoke(credential, reason: "Issued in error")
            let bundle = try await history(app, since: synced)
            #expect(changes(bundle) == ["PUT Practitioner/\(entry.registryNumber)"])
            #expect(String(describing: bundle).contains("revoked"))
            let search = try await app.testing().sendRequest(.GET, "/fhir/Practitioner?_lastUpdated=ge\(FHIRDate.instant(synced))")
            #expect(String(decoding: search.body.readableBytesView, as: UTF8.self).contains(entry.registryNumber))
        }
    }

    @Test func historyPagesNewestFirstIsValidAndRefusesBadInput() async throws {
        try await withPuente { app in
            var numbers: [String] = []
            for index in 0..<3 { numbers.append(try await app.makeListedEntry(given: "Person\(index)", family: "Family").registryNumber) }
            let gone = try await app.makeListedEntry(given: "Gone", family: "Soon")
            try await RegistryService(db: app.db, config: app.config, actor: .system).changeStatus(gone, to: .inactive, reason: "Moved away")
            var seen: [String] = []
            var next: String? = "/fhir/Practitioner/_history?_count=2"
            while let url = next {
                let response = try await app.testing().sendRequest(.GET, url.replacingOccurrences(of: app.config.baseURL, with: ""))
                if FHIRValidator.isAvailable { #expect(try FHIRValidator.validate(Data(response.body.readableBytesView)) == "ok") }
                let bundle = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect(bundle["total"] as? Int == 4)
                seen += changes(bundle)
                next = ((bundle["link"] as? [[String: Any]]) ?? []).first { $0["relation"] as? String == "next" }?["url"] as? String
            }
            #expect(seen.count == 4)
            #expect(seen.first?.hasPrefix("DELETE") == true) // the latest change comes first
            #expect(Set(seen.dropFirst()) == Set(numbers.map { "PUT Practitioner/\($0)" }))

            for bad in ["_since=yesterday", "_since=2026-01-01T00:00:00Z,2026-02-01T00:00:00Z", "name=Ana"] {
                let response = try await app.testing().sendRequest(.GET, "/fhir/Practitioner/_history?\(bad)")
                #expect(response.status == .badRequest, "\(bad)")
                #expect(response.body.string.contains("OperationOutcome"), "\(bad)")
            }
            let organizations = try await history(app, "Organization")
            #expect(organizations["total"] as? Int == 0)
            let metadata = try await app.testing().sendRequest(.GET, "/fhir/metadata")
            #expect(metadata.body.string.contains("history-type"))
        }
    }
}
