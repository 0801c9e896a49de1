// Certificate and registry-number verification, HTML and JSON, per the stable contract.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct VerificationTests {
    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    @Test func validCertificateAnswersWithTheContractShape() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry(given: "Jasmine", family: "Carter")
            let credential = try await app.makeCredential(for: entry, issuedOn: "2025-06-12")
            let response = try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(credential.number.lowercased())")
            #expect(response.status == .ok)
            let body = try json(response)
            #expect(body["number"] as? String == credential.number)
            #expect(body["status"] as? String == "valid")
            #expect(body["holder"] as? String == "Jasmine Carter")
            #expect(body["program"] as? String == "CHW Core Competency Course (160 hours)")
            #expect(body["issuer"] as? String == "Office of Community Health Workers")
            #expect(body["issuedOn"] as? String == "2025-06-12")
            #expect(body.keys.contains("expiresOn"))
            #expect(body["expiresOn"] is NSNull)
        }
    }

    @Test func expiredAndRevokedCertificatesSaySo() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry()
            let expired = try await app.makeCredential(for: entry, expiresOn: "2024-01-31")
            let revoked = try await app.makeCredential(for: entry, expiresOn: "2099-01-01", revokedReason: "Issued in error")
            let expiredBody = try json(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(expired.number)"))
            #expect(expiredBody["status"] as? String == "expired")
            #expect(expiredBody["expiresOn"] as? String == "2024-01-31")
            let revokedBody = try json(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(revoked.number)"))
            #expect(revokedBody["status"] as? String == "revoked")
            #expect(revokedBody["revokedReason"] as? String == "Issued in error")

            let page = try await Browser(app).get("/verify/\(revoked.number)?lang=es")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Revocado"))
            #expect(page.body.string.contains("Issued in error"))
        }
    }

    @Test func theAnswerIsAPanelWhoseToneIconAndWordsDifferForValidExpiredAndRevoked() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry()
            let valid = try await app.makeCredential(for: entry, expiresOn: "2099-01-31")
            let expired = try await app.makeCredential(for: entry, expiresOn: "2024-01-31")
            let revoked = try await app.makeCredential(for: entry, expiresOn: "2099-01-01", revokedReason: "Issued in error")
            let browser = Browser(app)
            let validPage = try await browser.get("/verify/\(valid.number)?lang=es").body.string
            #expect(validPage.contains("<div class=\"panel panel-success\"><h2 class=\"panel-title\"><span class=\"icon\" aria-hidden=\"true\">✓</span> Válido</h2>"))
            #expect(validPage.contains("válido hasta el sáb 31 ene 2099"))
            #expect(validPage.contains("Consultado el "))
            let expiredPage = try await browser.get("/verify/\(expired.number)?lang=es").body.string
            #expect(expiredPage.contains("<div class=\"panel panel-warning\"><h2 class=\"panel-title\"><span class=\"icon\" aria-hidden=\"true\">◷</span> Vencido</h2>"))
            #expect(expiredPage.contains("venció el mié 31 ene 2024"))
            #expect(!expiredPage.contains("panel-success"))
            let revokedPage = try await Browser(app).get("/verify/\(revoked.number)").body.string // a new reader, in English
            #expect(revokedPage.contains("<div class=\"panel panel-danger\"><h2 class=\"panel-title\"><span class=\"icon\" aria-hidden=\"true\">✗</span> Revoked</h2>"))
            #expect(revokedPage.contains("<title>Certificate \(revoked.number): Revoked · "))
        }
    }

    @Test func aCertificateFromOneOfTheProgramsCoursesShowsItsSpanishName() async throws {
        try await withPuente { app in
            let program = try #require(try await TrainingProgram.query(on: app.db).filter(\.$code == ShippedPrograms.coreCode).first())
            let credential = try await app.makeCredential(for: try await app.makeEntry(), expiresOn: nil)
            credential.program = program.nameEN
            try await credential.save(on: app.db)
            #expect(try await Browser(app).get("/verify/\(credential.number)?lang=es").body.string.contains(program.nameES))
            let api = try json(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(credential.number)"))
            #expect(api["program"] as? String == program.nameEN) // the contract keeps the name as issued
            #expect(api["programSpanish"] == nil)
        }
    }

    @Test func aSuspendedHoldersCertificateSaysTheHolderIsSuspendedUntilReinstated() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry(given: "Jasmine", family: "Carter")
            let credential = try await app.makeCredential(for: entry, expiresOn: "2099-01-01")
            let registry = RegistryService(db: app.db, config: app.config, actor: .system)
            let good = try json(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(credential.number)"))
            #expect(good["registryStatus"] as? String == "active")
            #expect(try await Browser(app).get("/verify/\(credential.number)").body.string.contains("suspended") == false)

            try await registry.changeStatus(entry, to: .suspended, reason: "Under review by the certification board")
            let suspended = try json(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(credential.number)"))
            #expect(suspended["status"] as? String == "valid") // the certificate itself still stands
            #expect(suspended["registryStatus"] as? String == "suspended")
            let page = try await Browser(app).get("/verify/\(credential.number)?lang=es").body.string
            #expect(page.contains("está suspendida"))
            #expect(page.contains("class=\"warning-text\"")) // beside the certificate's own status, which stays valid
            #expect(page.contains("panel panel-success"))
            #expect(!page.contains("Under review")) // the reason is the holder's business, not the public's

            try await registry.changeStatus(entry, to: .active, reason: "")
            let reinstated = try json(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(credential.number)"))
            #expect(reinstated["registryStatus"] as? String == "active")
        }
    }

    @Test func daysStoredUnpaddedByEarlierBuildsArePaddedSoExpiryHolds() async throws {
        try await withPuente { app in
            // An earlier build accepted "2026-9-1", which as text sorts after "2026-12-02": still valid in December.
            let entry = try await app.makeEntry()
            let loose = try await app.makeCredential(for: entry, issuedOn: "2024-9-1", expiresOn: "2026-9-1")
            let kept = try await app.makeCredential(for: entry, issuedOn: "2025-06-12", expiresOn: "2099-01-01")
            try await PadCredentialDays().prepare(on: app.db)

            #expect(try await Verification.certificate(loose.number, today: "2026-12-02", on: app.db)?.status == .expired)
            let body = try json(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(loose.number)"))
            #expect(body["issuedOn"] as? String == "2024-09-01")
            #expect(body["expiresOn"] as? String == "2026-09-01")
            let untouched = try #require(try await Credential.find(kept.id, on: app.db))
            #expect(untouched.issuedOn == "2025-06-12" && untouched.expiresOn == "2099-01-01")
            #expect(PadCredentialDays.padded("2024-02-30") == "2024-02-30") // not a day: left for a person to see
        }
    }

    @Test func unknownNumberIsA404ThatRevealsNothing() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry()
            try await app.makeCredential(for: entry, number: "CERT-AAAA-BBBB-CCCC")
            let response = try await app.testing().sendRequest(.GET, "/api/v1/certificates/CERT-AAAA-BBBB-CCCD")
            #expect(response.status == .notFound)
            #expect(response.headers.first(name: .contentType) == "application/problem+json")
            #expect(!response.body.string.contains("María"))
            #expect(!response.body.string.contains("CERT-AAAA-BBBB-CCCC"))
            let page = try await Browser(app).get("/verify/CERT-AAAA-BBBB-CCCD")
            #expect(page.status == .notFound)
            #expect(page.body.string.contains("No certificate or registry entry has this number."))
        }
    }

    @Test func htmlPageShowsCertificateDatesForTheReader() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry(given: "Kevin", family: "Tran")
            let credential = try await app.makeCredential(for: entry, issuedOn: "2025-06-12", expiresOn: "2027-06-12")
            let page = try await Browser(app).get("/verify/\(credential.number)")
            #expect(page.body.string.contains("Valid"))
            #expect(page.body.string.contains("Kevin Tran"))
            #expect(page.body.string.contains("Thu Jun 12, 2025"))
            #expect(page.body.string.contains("Sat Jun 12, 2027"))
        }
    }

    @Test func searchFormFindsARegistryNumberAsTyped() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry(given: "Guadalupe", family: "Hernández", status: .active)
            let browser = Browser(app)
            let typed = entry.registryNumber.lowercased().replacingOccurrences(of: "-", with: " ")
            let redirect = try await browser.get("/verify?number=\(Browser.encode(typed))")
            #expect(redirect.status == .seeOther)
            let page = try await browser.get(redirect.location!)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Guadalupe Hernández"))
            #expect(page.body.string.contains("Active"))
        }
    }

    @Test func verificationIsRateLimitedPerAddressAndAMadeUpForwardedForDoesNotReset() async throws {
        let limit = Verification.rateLimit.limit
        // No proxy trusted (the default): X-Forwarded-For is the client's own words, and a new one
        // on every request used to be a fresh allowance every time.
        try await withPuente { app in
            for index in 0..<limit {
                _ = try await app.testing().sendRequest(.GET, "/api/v1/certificates/CERT-NONE", headers: ["X-Forwarded-For": "192.0.2.\(index)"])
            }
            let blocked = try await app.testing().sendRequest(.GET, "/api/v1/certificates/CERT-NONE", headers: ["X-Forwarded-For": "192.0.2.250"])
            #expect(blocked.status == .tooManyRequests)
        }
        // Behind one proxy: the address it appended counts; what the client wrote before it does not.
        try await withPuente({ $0.trustedProxies = 1 }) { app in
            for index in 0..<limit {
                _ = try await app.testing().sendRequest(.GET, "/api/v1/certificates/CERT-NONE", headers: ["X-Forwarded-For": "10.0.0.\(index), 192.0.2.44"])
            }
            let blocked = try await app.testing().sendRequest(.GET, "/api/v1/certificates/CERT-NONE", headers: ["X-Forwarded-For": "10.9.9.9, 192.0.2.44"])
            #expect(blocked.status == .tooManyRequests)
            let neighbour = try await app.testing().sendRequest(.GET, "/api/v1/certificates/CERT-NONE", headers: ["X-Forwarded-For": "192.0.2.45"])
            #expect(neighbour.status == .notFound)
        }
    }
}
