// Mail into lists: `puente receive`'s work. A member's post reaches the other members with the
// list's headers and a footer with no personal link, From rewritten for a DMARC-reject domain
// (looked up in real DNS: dnsmasq on loopback); first posts and strangers wait for an owner;
// delivery reports count bounces until an address is held.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

extension Application {
    /// A discussion list with three confirmed members whose first posts are already behind them.
    func coalition(moderateFirstPosts: Bool = true) async throws -> String {
        let staff = try await bearerToken(roles: [.staff])
        let response = try await api(.POST, "/api/v1/lists", token: staff, json: """
            {"slug":"coalition","name":"Coalition","kind":"discussion","visibility":"members","moderateFirstPosts":\(moderateFirstPosts)}
            """)
        #expect(response.status == .created, "\(response.body.string)")
        for email in ["ana@reject.example", "bo@example.org", "cy@example.org"] {
            _ = try await api(.POST, "/api/v1/lists/coalition/subscriptions", token: staff,
                              json: #"{"email":"\#(email)","confirmed":true,"consentNote":"coalition membership"}"#)
        }
        try await db.sql.raw("UPDATE list_subscriptions SET posts_moderated = \(bind: false)").run()
        return staff
    }

    func receiver(dmarc: @escaping @Sendable (String) async throws -> DMARCPolicy? = { _ in nil }) -> MailReceiver {
        MailReceiver(db: db, config: config, signing: listSigning, dmarcPolicy: dmarc)
    }
}

func post(from: String = "\"Ana Pérez\" <ana@reject.example>", subject: String = "Training next week", body: String = "Hola a todos.\n",
          extra: String = "") -> Data {
    Data("From: \(from)\r\nTo: coalition@example.org\r\nSubject: \(subject)\r\nMessage-ID: <\(UUID())@reject.example>\r\n\(extra)DKIM-Signature: v=1; d=reject.example\r\n\r\n\(body)".utf8)
}

@Suite struct ListReceiveTests {
    @Test func aMembersPostReachesTheOthersWithTheListsHeadersAndNoPersonalLinkInTheFooter() async throws {
        try await withPuente { app in
            try await app.coalition()
            let outcome = await app.receiver().receive(post(), recipient: "Coalition@\(app.config.listDomain)", sender: "ana@reject.example")
            #expect(outcome == .delivered(2))
            #expect(outcome.exitCode == 0)
            let copies = try await app.outbox()
            #expect(Set(copies.map(\.recipient)) == ["bo@example.org", "cy@example.org"])
            let copy = try ParsedMail(copies[0].raw)
            #expect(copy.field("From") == "\"Ana Pérez\" <ana@reject.example>", "no DMARC policy: From stays the author's")
            #expect(copy.field("Subject") == "[coalition] Training next week")
            #expect(copy.field("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click")
            #expect(copy.field("List-Post") == "<mailto:coalition@\(app.config.listDomain)>")
            #expect(copy.field("DKIM-Signature") == nil)
            #expect(copies[0].sender.hasPrefix("coalition-bounces+"))
            let footer = try #require(copy.leaves.last?.text)
            #expect(footer.contains("/lists/coalition"))
            #expect(!copies[0].raw.contains("/lists/unsubscribe/") || copy.field("List-Unsubscribe")?.contains("/lists/unsubscribe/") == true)
            #expect(!footer.contains("unsubscribe") && !footer.contains("preferences"), "replies quote footers: \(footer)")
            #expect(copy.plainText == "Hola a todos.\r\n" || copy.plainText == "Hola a todos.\n" || copy.leaves.first?.text.contains("Hola a todos.") == true)
            #expect(try await InboundMessage.query(on: app.db).first()?.status == .delivered)
        }
    }

    @Test(.enabled(if: DNSTestServer.isAvailable, "dnsmasq is not installed: run `make test`, which installs it"))
    func aPostFromADMARCRejectDomainGoesOutFromTheListWithReplyToTheAuthor() async throws {
        let dns = try DNSTestServer(txt: ["_dmarc.reject.example": "v=DMARC1; p=reject", "_dmarc.relaxed.example": "v=DMARC1; p=none"])
        defer { dns.stop() }
        try await dns.ready()
        try await withPuente({ $0.dnsServer = "127.0.0.1:\(dns.port)" }) { app in
            let resolver = try DNSResolver.make(app.config.dnsServer, group: app.eventLoopGroup)
            let policies = [try await resolver.dmarcPolicy(of: "reject.example"), try await resolver.dmarcPolicy(of: "mail.reject.example"),
                            try await resolver.dmarcPolicy(of: "relaxed.example"), try await resolver.dmarcPolicy(of: "nothing.example")]
            // The domain's own record, its organizational domain's, a p=none, and no record at all.
            #expect(policies == [.reject, .reject, DMARCPolicy.none, nil])

            try await app.coalition()
            let receiver = app.receiver { try await resolver.dmarcPolicy(of: $0) }
            #expect(await receiver.receive(post(), recipient: "coalition@\(app.config.listDomain)", sender: nil) == .delivered(2))
            let copy = try ParsedMail(try #require(try await app.outbox().first).raw)
            #expect(copy.from?.address == "coalition@\(app.config.listDomain)")
            #expect(copy.from?.name?.contains("Ana Pérez via Coalition") == true || copy.field("From")?.contains("=?UTF-8?") == true)
            #expect(copy.field("Reply-To") == "\"Ana Pérez\" <ana@reject.example>")
        }
    }

    @Test func strangersFirstPostsAndHTMLOnlyPostsWaitForAnOwner() async throws {
        try await withPuente { app in
            try await app.coalition()
            let domain = app.config.listDomain
            let receiver = app.receiver()
            #expect(await receiver.receive(post(from: "stranger@example.net"), recipient: "coalition@\(domain)", sender: nil)
                    == .held("the sender is not a member of the list"))
            let html = "Content-Type: text/html\r\n"
            if case .held = await receiver.receive(post(from: "bo@example.org", body: "<p>hi</p><script>alert(1)</script>", extra: html),
                                                   recipient: "coalition@\(domain)", sender: nil) {} else { Issue.record("an HTML-only post must be held") }
            if case .held = await receiver.receive(post(from: "cy@example.org", extra: "Auto-Submitted: auto-replied\r\n"),
                                                   recipient: "coalition@\(domain)", sender: nil) {} else { Issue.record("an auto-reply must be held") }
            try await app.db.sql.raw("UPDATE list_subscriptions SET posts_moderated = \(bind: true) WHERE email = 'bo@example.org'").run()
            #expect(await receiver.receive(post(from: "bo@example.org"), recipient: "coalition@\(domain)", sender: nil)
                    == .held("a first post: an owner reads it before it goes out"))
            #expect(try await app.outbox().isEmpty)

            // The owner lets the first post go; the HTML-only one cannot be let go.
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            _ = try await staff.signIn("staff@example.org")
            let page = try await staff.get("/staff/lists/coalition")
            #expect(page.body.string.contains("a first post"))
            let held = try await InboundMessage.query(on: app.db).filter(\.$status == .held).all()
            let first = try #require(held.first { $0.reason?.contains("first post") == true })
            let htmlOnly = try #require(held.first { $0.reason?.contains("plain-text") == true })
            _ = try await staff.post("/staff/lists/coalition/posts", [("message", first.id!.uuidString), ("action", "approve")])
            #expect(try await app.outbox().count == 2)
            #expect(try await app.subscription("bo@example.org", on: "coalition")?.postsModerated == false)
            _ = try await staff.get("/staff/lists/coalition")
            _ = try await staff.post("/staff/lists/coalition/posts", [("message", htmlOnly.id!.uuidString), ("action", "approve")])
            #expect(try await app.outbox().count == 2, "an HTML-only post is never relayed")
            #expect(try await InboundMessage.find(htmlOnly.id, on: app.db)?.status == .held)
        }
    }

    @Test func badMailGetsTheRightExitStatusAndWritesNothing() async throws {
        try await withPuente { app in
            try await app.coalition()
            let domain = app.config.listDomain
            let receiver = app.receiver()
            #expect(await receiver.receive(post(), recipient: "nolist@\(domain)", sender: nil).exitCode == 67)
            #expect(await receiver.receive(post(), recipient: "coalition@elsewhere.example", sender: nil).exitCode == 67)
            #expect(await receiver.receive(Data("To: coalition@\(domain)\r\nSubject: x\r\n\r\nno sender".utf8),
                                           recipient: "coalition@\(domain)", sender: nil).exitCode == 65)
            #expect(await receiver.receive(Data("not mail at all".utf8), recipient: "coalition@\(domain)", sender: nil).exitCode == 65)
            #expect(try await InboundMessage.query(on: app.db).count() == 0)
            #expect(try await app.outbox().isEmpty)
        }
    }

    func report(for email: String, status: String) -> Data {
        Data("""
            From: MAILER-DAEMON@mx.example.net\r
            Subject: Undelivered Mail\r
            Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r
            \r
            --r\r
            Content-Type: message/delivery-status\r
            \r
            Reporting-MTA: dns; mx.example.net\r
            \r
            Final-Recipient: rfc822; \(email)\r
            Action: \(status.hasPrefix("5") ? "failed" : "delayed")\r
            Status: \(status)\r
            --r--\r
            """.utf8)
    }

    @Test func fiveHardBouncesHoldAnAddressAndThePersonSeesWhy() async throws {
        try await withPuente { app in
            try await app.coalition()
            let member = try #require(try await app.subscription("bo@example.org", on: "coalition"))
            let list = try #require(try await MailingList.query(on: app.db).filter(\.$slug == "coalition").first())
            let verp = Bounces.returnPath(list: list, subscription: member, config: app.config)
            let receiver = app.receiver()

            // Soft bounces count half, once a day.
            #expect(await receiver.receive(report(for: "bo@example.org", status: "4.2.2"), recipient: verp, sender: "") == .bounceCounted)
            #expect(await receiver.receive(report(for: "bo@example.org", status: "4.2.2"), recipient: verp, sender: "") == .bounceCounted)
            #expect(try await MailPreference.query(on: app.db).filter(\.$email == "bo@example.org").first()?.bounceScore == 0.5)
            try await app.db.sql.raw("UPDATE mail_preferences SET bounce_score = 0, last_bounce_at = NULL").run()

            for _ in 0..<4 { _ = await receiver.receive(report(for: "bo@example.org", status: "5.1.1"), recipient: verp.uppercased(), sender: "") }
            #expect(try await MailPreference.query(on: app.db).filter(\.$email == "bo@example.org").first()?.heldAt == nil)
            _ = await receiver.receive(report(for: "bo@example.org", status: "5.1.1"), recipient: verp, sender: "")
            let preference = try #require(try await MailPreference.query(on: app.db).filter(\.$email == "bo@example.org").first())
            #expect(preference.heldAt != nil)
            #expect(try await app.consentActions("bo@example.org").last == "held")

            // A post to the list no longer reaches the held address, and the preferences page says why.
            #expect(await receiver.receive(post(), recipient: "coalition@\(app.config.listDomain)", sender: nil) == .delivered(1))
            let page = try await Browser(app).get(SiteURL.listPreferencesToken(.value(app.listSigning.preferencesToken(preference))).path)
            #expect(page.body.string.contains("on hold"))

            // A message to a bounce address that is no report is kept for staff, and counts nothing.
            #expect(await receiver.receive(post(from: "someone@example.net"), recipient: verp, sender: nil) == .kept("not a delivery report for a member of this list"))
        }
    }
}
