// The preferences page, from an emailed link or signed in: every list, leaving and joining, and
// the program-wide "no bulk email" switch that event reminders honour too.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct ListPreferencesTests {
    @Test func theLinkInANewsletterOpensThePreferencesOfThatAddressOnly() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            let id = try await app.createNewsletter(staff)
            _ = try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}")
            let transport = RecordingTransport()
            try await app.deliverNewsletters(transport)
            let mail = try #require(transport.mail(to: "en@example.org").first)
            let link = try #require(mail.text.split(whereSeparator: \.isWhitespace).map(String.init).first { $0.contains("/lists/preferences/") })
            let path = String(link.dropFirst(app.config.baseURL.count))

            let browser = Browser(app)
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("en@example.org"))
            #expect(!page.body.string.contains("es@example.org"))

            // Leave the list from the page.
            let subscription = try #require(try await app.subscription("en@example.org", on: "news"))
            #expect(try await browser.post(path, [("action", "leave"), ("subscription", subscription.id!.uuidString)]).status == .seeOther)
            #expect(try await app.subscription("en@example.org", on: "news")?.status == .unsubscribed)
            // Someone else's subscription id does nothing.
            let other = try #require(try await app.subscription("es@example.org", on: "news"))
            _ = try await browser.get(path)
            #expect(try await browser.post(path, [("action", "leave"), ("subscription", other.id!.uuidString)]).status == .notFound)
            #expect(try await app.subscription("es@example.org", on: "news")?.status == .confirmed)

            // The switch.
            _ = try await browser.get(path)
            _ = try await browser.post(path, [("action", "no-bulk-on")])
            #expect(try await MailPreference.query(on: app.db).filter(\.$email == "en@example.org").first()?.noBulk == true)
            #expect(try await app.consentActions("en@example.org").suffix(2) == ["unsubscribe", "no_bulk_on"])

            // A forged token opens nothing.
            #expect(try await Browser(app).get("/lists/preferences/\(ListSigning.hex(UUID())).AAAA").status == .notFound)
        }
    }

    @Test func eventRemindersHonourTheSwitch() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let start = Date().addingTimeInterval(30 * 60)
            let iso = ISO8601DateFormatter()
            let created = try await app.api(.POST, "/api/v1/events", token: staff, json: """
                {"title":"Webinar","start":"\(iso.string(from: start))","end":"\(iso.string(from: start.addingTimeInterval(3600)))",
                 "timeZone":"America/Los_Angeles","onlineLink":"https://meet.example.org/x","reminderMinutes":60}
                """)
            let eventID = try #require(try created.object["id"] as? String)
            for email in ["wants@example.org", "optedout@example.org"] {
                _ = try await app.api(.POST, "/api/v1/events/\(eventID)/registrations", json: #"{"name":"P","email":"\#(email)"}"#)
            }
            let service = ListService(db: app.db, config: app.config, signing: app.listSigning, actor: .system)
            try await service.setNoBulk(try await service.ensurePreference(for: "optedout@example.org"), true, method: "test", actorID: nil, ip: nil)
            let before = try await app.outbox().count
            #expect(try await EventReminders.queueDue(on: app.db, config: app.config) == 1)
            let reminders = try await app.outbox().dropFirst(before)
            #expect(reminders.map(\.recipient) == ["wants@example.org"])
        }
    }

    @Test func signedInPeopleSeeTheirListsAndCanJoinAgain() async throws {
        try await withPuente { app in
            try await app.makeList("news")
            try await app.makeUser("member@example.org")
            let browser = Browser(app)
            _ = try await browser.signIn("member@example.org")
            let page = try await browser.get("/lists/preferences")
            #expect(page.body.string.contains("List news"))
            let list = try #require(try await MailingList.query(on: app.db).filter(\.$slug == "news").first())
            #expect(try await browser.post("/lists/preferences", [("action", "join"), ("list", list.id!.uuidString)]).status == .seeOther)
            #expect(try await app.subscription("member@example.org", on: "news")?.status == .confirmed)
            #expect(try await Browser(app).get("/lists/preferences").status == .seeOther, "signed out: sent to sign in")
        }
    }
}
