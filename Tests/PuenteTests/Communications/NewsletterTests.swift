// Newsletters: written in both languages, sent once (a second send is 409), each copy rendered
// at delivery in its reader's language with the one-click headers, and nobody who left, or who
// switched bulk mail off, gets one.

import Fluent
import Foundation
import PuenteCore
import NIOConcurrencyHelpers
import Testing
import VaporTesting
@testable import Puente

/// Keeps every envelope a worker hands it.
final class RecordingTransport: MailTransport {
    private let box = NIOLockedValueBox<[OutboxEnvelope]>([])
    var envelopes: [OutboxEnvelope] { box.withLockedValue { $0 } }
    func deliver(_ message: OutboxEnvelope) async throws { box.withLockedValue { $0.append(message) } }
    func mail(to email: String) -> [ReceivedMail] { envelopes.filter { $0.recipients == [email] }.map { ReceivedMail($0.raw) } }
}

extension Application {
    /// Three confirmed readers of "news": one English, one Spanish, one who will leave.
    func newsWithReaders() async throws -> String {
        let staff = try await makeList("news")
        for (email, language) in [("en@example.org", "en"), ("es@example.org", "es"), ("gone@example.org", "en")] {
            let response = try await api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                                         json: #"{"email":"\#(email)","language":"\#(language)","confirmed":true,"consentNote":"form"}"#)
            #expect(response.status == .accepted)
        }
        return staff
    }

    func createNewsletter(_ staff: String, json: String = ##"{"subject":"Spring news","markdown":"# Hello\n\nThe **course** opens.","subjectEs":"Noticias de primavera","markdownEs":"# Hola\n\nSe abre el **curso**."}"##) async throws -> UUID {
        let response = try await api(.POST, "/api/v1/lists/news/newsletters", token: staff, json: json)
        #expect(response.status == .created, "\(response.body.string)")
        return try #require(UUID(uuidString: try response.object["id"] as? String ?? ""))
    }

    /// Runs the newsletter worker until it has nothing left.
    func deliverNewsletters(_ transport: any MailTransport) async throws {
        let worker = BulkDeliveryWorker(db: db, transport: transport, config: config, signing: listSigning, logger: logger)
        while try await worker.runOnce() > 0 {}
    }
}

@Suite struct NewsletterTests {
    @Test func eachReaderGetsTheirLanguageWithOneClickHeadersAndTheCountsAddUp() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            let id = try await app.createNewsletter(staff)
            let send = try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}")
            #expect(send.status == .accepted)
            #expect(try send.object["recipients"] as? Int == 3)
            #expect(try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}").status == .conflict)

            let queued = try await app.api(.GET, "/api/v1/newsletters/\(id)", token: staff)
            #expect(try queued.object["status"] as? String == "sending")
            #expect(try queued.object["queued"] as? Int == 3)
            #expect(try await app.outbox().isEmpty, "no copy of the body per recipient in the outbox")

            // Someone leaves after the send started: their copy is not sent.
            let gone = try #require(try await app.subscription("gone@example.org", on: "news"))
            let list = try #require(try await MailingList.query(on: app.db).filter(\.$slug == "news").first())
            try await ListService(db: app.db, config: app.config, signing: app.listSigning, actor: .system)
                .unsubscribe(gone, of: list, method: "test")

            let transport = RecordingTransport()
            try await app.deliverNewsletters(transport)
            #expect(transport.envelopes.count == 2)
            let english = try #require(transport.mail(to: "en@example.org").first)
            let spanish = try #require(transport.mail(to: "es@example.org").first)
            #expect(english.headers["subject"] == "Spring news")
            #expect(english.html.contains("<strong>course</strong>"))
            #expect(spanish.html.contains("<strong>curso</strong>"))
            #expect(spanish.headers["content-language"] == "es")
            for mail in [english, spanish] {
                #expect(mail.headers["list-unsubscribe"]?.hasPrefix("<http://127.0.0.1:8080/lists/unsubscribe/") == true)
                #expect(mail.headers["list-unsubscribe-post"] == "List-Unsubscribe=One-Click")
                #expect(mail.headers["list-id"]?.contains("<news.") == true)
                #expect(mail.html.contains("never asks for financial") || mail.html.contains("nunca pide información financiera"))
                #expect(mail.text.contains("/lists/preferences/"))
            }
            // The return path names the recipient (VERP), and the Message-ID is derived, not random.
            let envelope = try #require(transport.envelopes.first { $0.recipients == ["en@example.org"] })
            let subscription = try #require(try await app.subscription("en@example.org", on: "news"))
            #expect(envelope.sender == "news-bounces+\(VERPToken.of(subscription.id!))@\(app.config.listDomain)")
            #expect(english.headers["message-id"] == NewsletterMessage.messageID(newsletter: id, subscription: subscription.id!, domain: app.config.mailFrom.domain))
            #expect(envelope.raw.utf8.count < 100 * 1024)

            let done = try await app.api(.GET, "/api/v1/newsletters/\(id)", token: staff)
            #expect(try done.object["status"] as? String == "sent")
            #expect(try done.object["sent"] as? Int == 2)
            #expect(try done.object["queued"] as? Int == 0)
        }
    }

    @Test func theProgramWideSwitchAndAHoldKeepPeopleOutOfTheSend() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            let service = ListService(db: app.db, config: app.config, signing: app.listSigning, actor: .system)
            try await service.setNoBulk(try await service.ensurePreference(for: "es@example.org"), true, method: "test", actorID: nil, ip: nil)
            let held = try await service.ensurePreference(for: "gone@example.org")
            held.heldAt = Date()
            try await held.save(on: app.db)
            let id = try await app.createNewsletter(staff)
            let send = try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}")
            #expect(try send.object["recipients"] as? Int == 1)
            let transport = RecordingTransport()
            try await app.deliverNewsletters(transport)
            #expect(transport.envelopes.map(\.recipients) == [["en@example.org"]])
        }
    }

    @Test func aReaderWithoutTheirLanguageGetsTheOther() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            let id = try await app.createNewsletter(staff, json: #"{"subjectEs":"Solo en español","markdownEs":"Hola"}"#)
            _ = try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}")
            let transport = RecordingTransport()
            try await app.deliverNewsletters(transport)
            #expect(transport.mail(to: "en@example.org").first?.headers["content-language"] == "es")
        }
    }

    @Test func aBadNewsletterIsRefusedWithReasons() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            for json in [#"{}"#, #"{"subject":"x"}"#, #"{"subject":"x","markdown":"y","subjectEs":"z"}"#,
                         #"{"subject":"x","markdown":"\#(String(repeating: "a", count: 20_001))"}"#] {
                let response = try await app.api(.POST, "/api/v1/lists/news/newsletters", token: staff, json: json)
                #expect(response.status == .unprocessableEntity, "\(json.prefix(80))")
            }
            #expect(try await Newsletter.query(on: app.db).count() == 0)
            let member = try await app.bearerToken(roles: [.member])
            #expect(try await app.api(.POST, "/api/v1/lists/news/newsletters", token: member, json: #"{"subject":"x","markdown":"y"}"#).status == .forbidden)
        }
    }

    @Test func aScheduledNewsletterCanBeCancelledBeforeItStartsAndNeverAfter() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            let id = try await app.createNewsletter(staff)
            let later = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3600))
            let scheduled = try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: #"{"scheduledFor":"\#(later)"}"#)
            #expect(scheduled.status == .accepted)
            // Not yet due: the worker chore starts nothing.
            try await NewsletterService.startDue(on: app.db, config: app.config, signing: app.listSigning)
            #expect(try await Newsletter.find(id, on: app.db)?.status == .scheduled)
            #expect(try await app.api(.POST, "/api/v1/newsletters/\(id)/cancel", token: staff, json: "{}").status == .ok)
            #expect(try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}").status == .conflict)

            let second = try await app.createNewsletter(staff)
            _ = try await app.api(.POST, "/api/v1/newsletters/\(second)/send", token: staff, json: #"{"scheduledFor":"\#(later)"}"#)
            try await NewsletterService.startDue(on: app.db, config: app.config, signing: app.listSigning, now: Date().addingTimeInterval(7200))
            #expect(try await Newsletter.find(second, on: app.db)?.status == .sending)
            #expect(try await app.api(.POST, "/api/v1/newsletters/\(second)/cancel", token: staff, json: "{}").status == .conflict)
        }
    }
}

/// The VERP token as the sender writes it, for comparing envelopes.
enum VERPToken {
    static func of(_ id: UUID) -> String {
        String(VERP.address(slug: "x", subscription: id, domain: "d").dropFirst("x-bounces+".count).dropLast("@d".count))
    }
}
