// A public list's archive: a page per sent issue and an Atom feed; a members' list keeps its
// archive to people with an account, and drafts are never shown.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ListArchiveTests {
    @Test func sentIssuesAreInTheArchiveAndItsFeedDraftsAreNot() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            let sent = try await app.createNewsletter(staff)
            _ = try await app.api(.POST, "/api/v1/newsletters/\(sent)/send", token: staff, json: "{}")
            let draft = try await app.createNewsletter(staff, json: #"{"subject":"Secret draft","markdown":"not yet"}"#)

            let archive = try await app.testing().sendRequest(.GET, "/lists/news/archive")
            #expect(archive.status == .ok)
            #expect(archive.body.string.contains("Spring news"))
            #expect(!archive.body.string.contains("Secret draft"))
            #expect(try await app.testing().sendRequest(.GET, "/newsletters/\(draft)").status == .notFound)

            let spanish = try await app.testing().sendRequest(.GET, "/newsletters/\(sent)?lang=es")
            #expect(spanish.body.string.contains("<strong>curso</strong>"))

            let feed = try await app.testing().sendRequest(.GET, "/lists/news/archive.atom")
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.description.hasPrefix("application/atom+xml") == true)
            let data = Data(feed.body.readableBytesView)
            let document = try XMLDocument(data: data)
            let titles = try document.nodes(forXPath: "//*[local-name()='entry']/*[local-name()='title']").compactMap(\.stringValue)
            #expect(titles == ["Spring news"])
            let content = try document.nodes(forXPath: "//*[local-name()='entry']/*[local-name()='content']").first?.stringValue
            #expect(content?.contains("<strong>course</strong>") == true, "the HTML is escaped in the XML and whole when read")
        }
    }

    @Test func aMembersListArchiveIsForAccountsAndHasNoFeed() async throws {
        try await withPuente { app in
            let staff = try await app.makeList("news", visibility: "members")
            _ = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                                  json: #"{"email":"m@example.org","confirmed":true,"consentNote":"form"}"#)
            let id = try await app.createNewsletter(staff)
            _ = try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}")
            #expect(try await Browser(app).get("/lists/news/archive").status == .notFound)
            #expect(try await Browser(app).get("/newsletters/\(id)").status == .notFound)
            #expect(try await Browser(app).get("/lists/news/archive.atom").status == .notFound)
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            _ = try await member.signIn("member@example.org")
            #expect(try await member.get("/lists/news/archive").status == .ok)
            #expect(try await member.get("/newsletters/\(id)").status == .ok)
        }
    }

    @Test func theDemoNewsletterHasTwoPastIssuesInBothLanguagesAndAFewHundredReaders() async throws {
        try await withPuente { app in
            _ = try await DemoData.seed(app: app, password: "demo password 1")
            _ = try await RegistryDemo.seed(app: app)
            #expect(try await CommunicationsDemo.seed(app: app) == 3)
            #expect(try await CommunicationsDemo.seed(app: app) == 0, "idempotent")
            let archive = try await app.testing().sendRequest(.GET, "/lists/newsletter/archive?lang=es")
            #expect(archive.body.string.contains("Primavera 2026"))
            #expect(archive.body.string.contains("Otoño 2026"))
            let list = try #require(try await MailingList.query(on: app.db).filter(\.$slug == "newsletter").first())
            let readers = try await ListSubscription.query(on: app.db).filter(\.$list.$id == list.id!).filter(\.$status == .confirmed).count()
            #expect(readers >= 200)
            for issue in try await Newsletter.query(on: app.db).all() {
                #expect(issue.subjectEs != nil && issue.markdownEs != nil)
            }
        }
    }
}
