// Headers on every response, localized error pages, and the contact form.

import Testing
import VaporTesting
@testable import Puente

@Suite struct SecurityAndErrorsTests {
    @Test func securityHeadersAreOnPagesAndOnErrors() async throws {
        try await withPuente { app in
            for path in ["/", "/no-such-page"] {
                let response = try await Browser(app).get(path)
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
                #expect(response.headers.first(name: "X-Request-Id")?.isEmpty == false)
            }
        }
    }

    @Test func unknownPageIsALocalized404() async throws {
        try await withPuente { app in
            let response = try await Browser(app).get("/no-such-page?lang=es")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("No encontramos esa página."))
        }
    }

    @Test func sessionCookieIsHttpOnlyAndLax() async throws {
        try await withPuente { app in
            let response = try await app.testing().sendRequest(.GET, "/login")
            let cookie = response.headers[.setCookie].first { $0.hasPrefix("puente-session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
        }
    }

    @Test func sessionCookieIsSecureWhenServedOverTLS() async throws {
        try await withPuente({ $0.baseURL = "https://puente.example.org" }) { app in
            let response = try await app.testing().sendRequest(.GET, "/login")
            let cookie = response.headers[.setCookie].first { $0.hasPrefix("puente-session=") } ?? ""
            #expect(cookie.contains("Secure"))
        }
    }

    @Test func contactFormReachesStaffWithReplyToTheSender() async throws {
        try await withPuente { app in
            let response = try await Browser(app).post(SiteURL.contact.path, [
                ("name", "Carmen"), ("email", "carmen@example.org"), ("message", "Someone asked me for a fee in your name."),
            ])
            #expect(response.status == .seeOther)
            let mail = try await app.outbox()
            #expect(mail.count == 1)
            #expect(mail[0].recipient == app.config.contactEmail.value)
            let received = ReceivedMail(mail[0].raw)
            #expect(received.headers["reply-to"] == "\"Carmen\" <carmen@example.org>")
            #expect(received.text.contains("Someone asked me for a fee in your name."))
        }
    }

    @Test func contactFormWithBadInputSendsNothing() async throws {
        try await withPuente { app in
            let response = try await Browser(app).post(SiteURL.contact.path, [("name", ""), ("email", "x"), ("message", "")])
            #expect(response.status == .unprocessableEntity)
            #expect(try await app.outbox().isEmpty)
        }
    }

    @Test func oversizedFormBodyIsRefused() async throws {
        try await withPuente({ $0.maxBodySize = "16kb" }) { app in
            let response = try await Browser(app).post(SiteURL.contact.path, [
                ("name", "Big"), ("email", "big@example.org"), ("message", String(repeating: "a", count: 40_000)),
            ])
            #expect(response.status == .payloadTooLarge)
            #expect(try await app.outbox().isEmpty)
        }
    }
}
