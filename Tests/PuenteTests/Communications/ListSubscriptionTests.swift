// Joining a list: double opt-in where a GET confirms nothing, one email an hour, the same answer
// for a new and a known address, and every step kept as a consent record.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct ListSubscriptionTests {
    @Test func aVisitorSubscribesAndConfirmsWithTheButtonNotTheLink() async throws {
        try await withPuente { app in
            try await app.makeList("news")
            let response = try await app.api(.POST, "/api/v1/lists/news/subscriptions",
                                             json: #"{"email":"Ana@Example.org","name":"Ana","language":"es"}"#)
            #expect(response.status == .accepted)
            #expect(try response.object["status"] as? String == "pending")
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .pending)

            let mails = try await app.mail(to: "ana@example.org")
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            #expect(mail.headers["subject"]?.contains("=?UTF-8?") == true || mail.headers["subject"]?.contains("Confirme") == true)
            #expect(mail.headers["content-language"] == "es")
            // The confirmation mail carries working one-click headers too.
            let unsubscribe = try #require(mail.headers["list-unsubscribe"])
            #expect(unsubscribe.hasPrefix("<\(app.config.baseURL)/lists/unsubscribe/"))
            #expect(mail.headers["list-unsubscribe-post"] == "List-Unsubscribe=One-Click")
            #expect(mail.headers["list-id"]?.hasSuffix("<news.\(app.config.listDomain)>") == true)

            let link = try #require(mail.link(startingWith: app.config.baseURL + "/lists/confirm/"))
            let path = String(link.dropFirst(app.config.baseURL.count))
            let browser = Browser(app)
            // A link scanner (or the person) opens the link: a page with a button, nothing changes.
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("method=\"post\""))
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .pending)

            let confirmed = try await browser.post(path, [])
            #expect(confirmed.status == .ok)
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .confirmed)
            #expect(try await app.consentActions("ana@example.org") == ["subscribe", "confirm"])

            // The link is used up.
            #expect(try await browser.get(path).status == .notFound)
            #expect(try await browser.post(path, []).status == .notFound)
        }
    }

    @Test func theSameAddressAgainMakesNoSecondSubscriptionAndAtMostOneEmailAnHour() async throws {
        try await withPuente { app in
            try await app.makeList("news")
            try await app.makeList("other")
            for slug in ["news", "news", "other"] {
                let response = try await app.api(.POST, "/api/v1/lists/\(slug)/subscriptions", json: #"{"email":"ana@example.org","name":"Ana"}"#)
                #expect(response.status == .accepted)
                #expect(try response.object["status"] as? String == "pending")
            }
            #expect(try await ListSubscription.query(on: app.db).filter(\.$email == "ana@example.org").count() == 2)
            #expect(try await app.mail(to: "ana@example.org").count == 1, "one confirmation email per address an hour, across lists")
        }
    }

    @Test func badInputGetsAClearAnswerAndWritesNothing() async throws {
        try await withPuente { app in
            let staff = try await app.makeList("news")
            try await app.makeList("members-only", visibility: "members", staffToken: staff)
            try await app.makeList("invited", policy: "invitation", staffToken: staff)

            let malformed = try await app.api(.POST, "/api/v1/lists/news/subscriptions", json: #"{"email":"not an address"}"#)
            #expect(malformed.status == .unprocessableEntity)
            #expect(malformed.isProblem)
            #expect(try await app.api(.POST, "/api/v1/lists/news/subscriptions", json: #"{"email":"a@example.org","language":"fr"}"#).status == .unprocessableEntity)
            #expect(try await app.api(.POST, "/api/v1/lists/nope/subscriptions", json: #"{"email":"a@example.org"}"#).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/lists/members-only/subscriptions", json: #"{"email":"a@example.org"}"#).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/lists/invited/subscriptions", json: #"{"email":"a@example.org"}"#).status == .forbidden)
            #expect(try await ListSubscription.query(on: app.db).count() == 0)
            #expect(try await app.outbox().isEmpty)
            #expect(try await ConsentRecord.query(on: app.db).count() == 0)

            let tooLongNote = try await app.api(.POST, "/api/v1/lists/news/subscriptions",
                                                json: #"{"email":"a@example.org","consentNote":"\#(String(repeating: "x", count: 301))"}"#)
            #expect(tooLongNote.status == .unprocessableEntity)
            // Every key of the contract is written, absent ones as null.
            let read = try await app.api(.POST, "/api/v1/lists", token: staff, json: #"{"slug":"plain","name":"Plain"}"#)
            #expect(try read.object["nameEs"] is NSNull)
            #expect(try read.object["descriptionEs"] is NSNull)
            let duplicateSlug = try await app.api(.POST, "/api/v1/lists", token: staff, json: #"{"slug":"news","name":"Again"}"#)
            #expect(duplicateSlug.status == .conflict)
            let badSlug = try await app.api(.POST, "/api/v1/lists", token: staff, json: #"{"slug":"Bad Slug!","name":"x","kind":"radio"}"#)
            #expect(badSlug.status == .unprocessableEntity)
            #expect(try badSlug.object["errors"] as? [String: Any] != nil)
        }
    }

    @Test func staffAddSomeoneWithTheConsentTheyHold() async throws {
        try await withPuente { app in
            let staff = try await app.makeList("news", policy: "invitation")
            let withoutNote = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                                                json: #"{"email":"b@example.org","confirmed":true}"#)
            #expect(withoutNote.status == .unprocessableEntity)
            let added = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                                          json: #"{"email":"b@example.org","name":"Bea","confirmed":true,"consentNote":"Signed the sheet at the fair"}"#)
            #expect(added.status == .accepted)
            #expect(try added.object["status"] as? String == "confirmed")
            let subscription = try #require(try await app.subscription("b@example.org", on: "news"))
            #expect(subscription.consentBasis == "Signed the sheet at the fair")
            #expect(try await app.consentActions("b@example.org") == ["staff_add"])
            #expect(try await app.outbox().isEmpty, "no confirmation email for a person staff add")

            // A member may not claim staff's shortcut.
            let member = try await app.bearerToken(roles: [.member])
            let forged = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: member,
                                           json: #"{"email":"c@example.org","confirmed":true,"consentNote":"trust me"}"#)
            #expect(forged.status == .forbidden)
        }
    }

    @Test func aSignedInPersonWithAVerifiedAddressJoinsInOneClick() async throws {
        try await withPuente { app in
            try await app.makeList("coalition", kind: "discussion", visibility: "members")
            try await app.makeUser("member@example.org", name: "Marta Ruiz")
            let browser = Browser(app)
            _ = try await browser.signIn("member@example.org")
            let page = try await browser.get("/lists/coalition")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("member@example.org"))
            let joined = try await browser.post("/lists/coalition/subscribe", [("language", "en")])
            #expect(joined.status == .seeOther)
            #expect(try await app.subscription("member@example.org", on: "coalition")?.status == .confirmed)
            #expect(try await app.outbox().isEmpty)
            #expect(try await app.consentActions("member@example.org") == ["subscribe", "confirm"])

            // A visitor cannot see a members' list at all.
            #expect(try await Browser(app).get("/lists/coalition").status == .notFound)
            #expect(try await Browser(app).get("/lists").body.string.contains("/lists/coalition") == false)
        }
    }

    @Test func anApprovalListWaitsForAnOwnerAfterTheAddressIsConfirmed() async throws {
        try await withPuente { app in
            try await app.makeList("committee", policy: "approval")
            try await app.makeUser("staff@example.org", roles: [.staff])
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            _ = try await member.signIn("member@example.org")
            _ = try await member.post("/lists/committee/subscribe", [("language", "en")])
            let subscription = try #require(try await app.subscription("member@example.org", on: "committee"))
            #expect(subscription.status == .awaitingApproval)

            let staff = Browser(app)
            _ = try await staff.signIn("staff@example.org")
            _ = try await staff.get("/staff/lists/committee")
            let approved = try await staff.post("/staff/lists/committee/subscribers", [("action", "approve"), ("subscription", subscription.id!.uuidString)])
            #expect(approved.status == .seeOther)
            #expect(try await app.subscription("member@example.org", on: "committee")?.status == .confirmed)
            #expect(try await app.consentActions("member@example.org") == ["subscribe", "confirm", "approve"])
        }
    }
}
