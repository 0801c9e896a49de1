// Subscribers from a spreadsheet: a dry run writes nothing, a file with a bad row writes nothing,
// an address that left is not put back without new consent, and a download is audited.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct ListImportTests {
    func upload(_ browser: Browser, _ csv: String, commit: Bool, basis: String = "Sign-up sheet, June summit") async throws -> TestingHTTPResponse {
        _ = try await browser.get("/staff/lists/news")
        return try await browser.upload("/staff/lists/news/subscribers", field: "file", fileName: "people.csv", data: Data(csv.utf8),
                                        fields: [("action", "import"), ("basis", basis), ("commit", commit ? "yes" : "no")])
    }

    @Test func aDryRunThenTheRealRunAllOrNothing() async throws {
        try await withPuente { app in
            try await app.makeList("news")
            try await app.makeUser("staff@example.org", roles: [.staff])
            let browser = Browser(app)
            _ = try await browser.signIn("staff@example.org")
            let good = "email,name,language\nana@example.org,Ana,es\nbo@example.org,Bo,en\n"

            let dry = try await upload(browser, good, commit: false)
            #expect(dry.status == .ok)
            #expect(try await ListSubscription.query(on: app.db).count() == 0)

            let bad = good + "not-an-address,X,en\nana@example.org,Again,en\ncy@example.org,Cy,fr\n"
            let refused = try await upload(browser, bad, commit: true)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("5"), "the failing lines are named")
            #expect(try await ListSubscription.query(on: app.db).count() == 0)

            let noBasis = try await upload(browser, good, commit: true, basis: "")
            #expect(noBasis.status == .unprocessableEntity)
            #expect(try await ListSubscription.query(on: app.db).count() == 0)

            let done = try await upload(browser, good, commit: true)
            #expect(done.status == .ok)
            let ana = try #require(try await app.subscription("ana@example.org", on: "news"))
            #expect(ana.status == .confirmed)
            #expect(ana.consentBasis == "imported: Sign-up sheet, June summit")
            #expect(ana.preferredLanguage == .es)
            #expect(try await app.consentActions("ana@example.org") == ["import"])
            #expect(try await app.auditEvents(.listImport).count == 1)
            #expect(try await app.outbox().isEmpty)
        }
    }

    @Test func someoneWhoLeftIsNotPutBackUnlessTheirRowRecordsNewConsent() async throws {
        try await withPuente { app in
            let staff = try await app.makeList("news")
            _ = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                                  json: #"{"email":"ana@example.org","confirmed":true,"consentNote":"form"}"#)
            let subscription = try #require(try await app.subscription("ana@example.org", on: "news"))
            let list = try #require(try await MailingList.query(on: app.db).filter(\.$slug == "news").first())
            try await ListService(db: app.db, config: app.config, signing: app.listSigning, actor: .system).unsubscribe(subscription, of: list, method: "test")

            try await app.makeUser("staff@example.org", roles: [.staff])
            let browser = Browser(app)
            _ = try await browser.signIn("staff@example.org")
            _ = try await upload(browser, "email,name\nana@example.org,Ana\n", commit: true)
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .unsubscribed)
            _ = try await upload(browser, "email,name,consent\nana@example.org,Ana,asked to rejoin at the March meeting\n", commit: true)
            let back = try #require(try await app.subscription("ana@example.org", on: "news"))
            #expect(back.status == .confirmed)
            #expect(back.consentBasis.contains("asked to rejoin at the March meeting"))
        }
    }

    @Test func theSubscriberDownloadIsAudited() async throws {
        try await withPuente { app in
            let staff = try await app.makeList("news")
            _ = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                                  json: #"{"email":"ana@example.org","name":"Ana","confirmed":true,"consentNote":"form"}"#)
            try await app.makeUser("staff@example.org", roles: [.staff])
            let browser = Browser(app)
            _ = try await browser.signIn("staff@example.org")
            let csv = try await browser.get("/staff/lists/news/subscribers.csv")
            #expect(csv.status == .ok)
            #expect(csv.body.string.hasPrefix("email,name,language,status,consent,since"))
            #expect(csv.body.string.contains("ana@example.org,Ana,en,confirmed,form"))
            #expect(try await app.auditEvents(.listExport).count == 1)
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            _ = try await member.signIn("member@example.org")
            #expect(try await member.get("/staff/lists/news/subscribers.csv").status == .forbidden)
        }
    }
}
