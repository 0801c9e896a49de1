// The whole round trip against a real SMTP server (aiosmtpd): a visitor subscribes, confirms
// from the email the server received, gets a newsletter in Spanish with both one-click headers,
// leaves with a mail provider's one-click POST, and the next issue does not reach them.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite(.enabled(if: SMTPTestServer.isAvailable, "aiosmtpd is not installed: run `make test`, which installs it"))
struct ListsOverSMTPTests {
    @Test func subscribeConfirmReceiveInSpanishUnsubscribeByOneClickAndHearNoMore() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        try await withPuente({ config in
            config.mailTransport = .smtp(SMTPSettings(host: "127.0.0.1", port: server.port, security: .none))
        }) { app in
            let staff = try await app.makeList("news")
            // Others on the list, so the send is a batch over one session.
            for index in 0..<5 {
                _ = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                                      json: #"{"email":"reader\#(index)@example.org","confirmed":true,"consentNote":"form"}"#)
            }

            // The visitor's form, in Spanish.
            let visitor = Browser(app)
            _ = try await visitor.get("/lists/news?lang=es")
            let subscribed = try await visitor.post("/lists/news/subscribe", [("name", "Lucía"), ("email", "lucia@example.org"), ("language", "es")])
            #expect(subscribed.status == .ok)
            #expect(try await app.mail.makeWorker().runOnce() == 1)

            let confirmation = try #require(try server.received().first { ($0["rcpt_tos"] as? [String]) == ["lucia@example.org"] })
            let confirmHeaders = try #require(confirmation["headers"] as? [String: String])
            #expect(confirmHeaders["list-unsubscribe-post"] == "List-Unsubscribe=One-Click")
            let text = try #require(confirmation["text"] as? String)
            let link = try #require(text.split(whereSeparator: \.isWhitespace).map(String.init).first { $0.contains("/lists/confirm/") })
            let confirmPath = String(link.dropFirst(app.config.baseURL.count))
            _ = try await visitor.get(confirmPath)
            #expect(try await visitor.post(confirmPath, []).status == .ok)
            #expect(try await app.subscription("lucia@example.org", on: "news")?.status == .confirmed)

            // An issue in both languages.
            let first = try await app.createNewsletter(staff)
            #expect(try await app.api(.POST, "/api/v1/newsletters/\(first)/send", token: staff, json: "{}").status == .accepted)
            try await app.deliverNewsletters(app.mail.transport)

            let issue = try #require(try server.received().first {
                ($0["rcpt_tos"] as? [String]) == ["lucia@example.org"] && ($0["subject"] as? String) == "Noticias de primavera"
            })
            #expect((issue["defects"] as? [String])?.isEmpty == true)
            #expect((issue["html"] as? String)?.contains("<strong>curso</strong>") == true)
            let headers = try #require(issue["headers"] as? [String: String])
            #expect(headers["list-unsubscribe-post"] == "List-Unsubscribe=One-Click")
            #expect(headers["list-id"]?.contains("<news.\(app.config.listDomain)>") == true)
            let unsubscribeURL = try #require(headers["list-unsubscribe"]).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
            #expect(unsubscribeURL.hasPrefix(app.config.baseURL + "/lists/unsubscribe/"))
            #expect(issue["mail_from"] as? String != app.config.mailFrom.value, "bounces come back to the list's VERP address")

            // One SMTP session carried the whole batch.
            let peers = Set(try server.received().filter { ($0["subject"] as? String)?.contains("primavera") == true || ($0["subject"] as? String) == "Spring news" }
                .compactMap { $0["peer"] as? String })
            #expect(peers.count == 1, "\(peers)")

            // Gmail's one-click POST: no cookie, no CSRF token, just the field.
            var postHeaders = HTTPHeaders()
            postHeaders.contentType = .urlEncodedForm
            let oneClick = try await app.testing().sendRequest(.POST, String(unsubscribeURL.dropFirst(app.config.baseURL.count)),
                                                               headers: postHeaders, body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
            #expect(oneClick.status == .ok)

            let second = try await app.createNewsletter(staff, json: #"{"subject":"Second issue","markdown":"More news","subjectEs":"Segundo número","markdownEs":"Más noticias"}"#)
            #expect(try await app.api(.POST, "/api/v1/newsletters/\(second)/send", token: staff, json: "{}").object["recipients"] as? Int == 5)
            try await app.deliverNewsletters(app.mail.transport)
            let toLucia = try server.received().filter { ($0["rcpt_tos"] as? [String]) == ["lucia@example.org"] }
            #expect(toLucia.count == 2, "the confirmation and the first issue, nothing after leaving")
            #expect(try server.received().filter { ($0["subject"] as? String) == "Second issue" }.count == 5)
        }
    }
}
