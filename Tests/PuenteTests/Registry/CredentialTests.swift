// Staff record external certificates and revoke them; verification reflects both.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct CredentialTests {
    func staff(_ app: Application) async throws -> Browser {
        try await app.makeUser("staff@example.org", roles: [.staff])
        let browser = Browser(app)
        try await browser.signIn("staff@example.org")
        return browser
    }

    func credentialForm(number: String = "msdh-2025-0412", issued: String = "2025-06-12", expires: String = "") -> [(String, String)] {
        [("credential_number", number), ("credential_program", "CHW Core Competency Course"),
         ("credential_issuer", "Mississippi State Department of Health"), ("credential_issued_on", issued),
         ("credential_expires_on", expires)]
    }

    @Test func recordedCertificateVerifiesAndRevokingItSaysRevoked() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry(given: "Jasmine", family: "Carter")
            let browser = try await staff(app)
            let added = try await browser.post(SiteURL.staffRegistryCredentials(.value(entry.id!)).path, credentialForm())
            #expect(added.status == .seeOther)
            let credential = try #require(try await Credential.query(on: app.db).first())
            #expect(credential.number == "MSDH-2025-0412")
            #expect(try await app.auditEvents(.credentialCreate).count == 1)

            let valid = try await app.testing().sendRequest(.GET, "/api/v1/certificates/msdh-2025-0412")
            #expect(valid.body.string.contains("\"status\":\"valid\""))

            let asked = try await browser.post(SiteURL.staffCredentialRevoke(.value(credential.id!)).path, [("reason", "Course record could not be confirmed")])
            let revoked = try await browser.confirm(asked)
            #expect(revoked.status == .seeOther)
            let after = try await app.testing().sendRequest(.GET, "/api/v1/certificates/MSDH-2025-0412")
            #expect(after.body.string.contains("\"status\":\"revoked\""))
            #expect(after.body.string.contains("Course record could not be confirmed"))
            #expect(try await app.auditEvents(.credentialRevoke).count == 1)
        }
    }

    @Test func duplicateNumbersAndBadDatesAreRefused() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry()
            try await app.makeCredential(for: entry, number: "MSDH-2025-0412")
            let browser = try await staff(app)
            let duplicate = try await browser.post(SiteURL.staffRegistryCredentials(.value(entry.id!)).path, credentialForm())
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("already recorded"))
            let badDate = try await browser.post(SiteURL.staffRegistryCredentials(.value(entry.id!)).path, credentialForm(number: "X-1", issued: "2025-02-30"))
            #expect(badDate.body.string.contains("Enter a date like 2026-06-12."))
            let backwards = try await browser.post(SiteURL.staffRegistryCredentials(.value(entry.id!)).path,
                                                   credentialForm(number: "X-2", issued: "2025-06-12", expires: "2024-06-12"))
            #expect(backwards.body.string.contains("cannot expire before"))
            // Expiry is compared as text: "2026-9-1" would sort after "2026-12-02" and verify as valid for ever.
            let unpadded = try await browser.post(SiteURL.staffRegistryCredentials(.value(entry.id!)).path,
                                                  credentialForm(number: "X-3", issued: "2024-09-01", expires: "2026-9-1"))
            #expect(unpadded.status == .unprocessableEntity)
            #expect(unpadded.body.string.contains("Enter a date like 2026-06-12."))
            #expect(try await Credential.query(on: app.db).count() == 1)
        }
    }
}

@Suite struct RegistryStaffRoutesTests {
    @Test func membersCannotImportExportOrTouchCertificates() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry()
            let credential = try await app.makeCredential(for: entry)
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            try await member.signIn("member@example.org")
            #expect(try await member.get(SiteURL.staffRegistryImport.path).status == .forbidden)
            #expect(try await member.get(SiteURL.staffRegistryExport.path).status == .forbidden)
            let upload = try await member.upload(SiteURL.staffRegistryImport.path, field: "file", fileName: "x.csv",
                                                 data: Data("given_name,family_name,languages,counties\nA,B,es,06037\n".utf8))
            #expect(upload.status == .forbidden)
            let add = try await member.post(SiteURL.staffRegistryCredentials(.value(entry.id!)).path, [("credential_number", "X-1")])
            #expect(add.status == .forbidden)
            let revoke = try await member.post(SiteURL.staffCredentialRevoke(.value(credential.id!)).path, [("reason", "no")])
            #expect(revoke.status == .forbidden)
            #expect(try await Credential.query(on: app.db).count() == 1)
            #expect(try await Credential.find(credential.id, on: app.db)?.revokedAt == nil)
            #expect(try await app.auditEvents(.registryExport).isEmpty)
        }
    }
}
