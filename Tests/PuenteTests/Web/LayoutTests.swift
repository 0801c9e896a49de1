// The page chrome every page shares: written with HTMLWriter, so what it echoes must be escaped.

import Testing
import VaporTesting
@testable import Puente

@Suite struct LayoutTests {
    @Test func aNameInTheHeaderIsEscaped() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", name: "Rosa <b onmouseover=\"x\">&</b>")
            let browser = Browser(app)
            _ = try await browser.signIn("rosa@example.org")
            let html = try await browser.get("/profile").body.string
            #expect(!html.contains("<b onmouseover"))
            #expect(html.contains("Rosa &lt;b onmouseover=&quot;x&quot;&gt;&amp;&lt;/b&gt;"))
        }
    }

    @Test func theLanguageSwitcherKeepsTheQueryEscaped() async throws {
        try await withPuente { app in
            let html = try await Browser(app).get("/directory?q=%22%3E%3Ci%3E").body.string
            #expect(!html.contains("\"><i>"))
            #expect(html.contains("hreflang=\"es\""))
            #expect(html.contains("<a href=\"/directory?q=%22%3E%3Ci%3E&amp;lang=es\" lang=\"es\" hreflang=\"es\">Español</a>"))
            #expect(html.contains("<html lang=\"en\">"))
            let plain = try await Browser(app).get("/directory").body.string
            #expect(plain.contains("<a href=\"/directory\" aria-current=\"page\">"))
        }
    }

    @Test func anUnverifiedPersonGetsAResendFormThatCarriesTheirCSRFToken() async throws {
        try await withPuente { app in
            try await app.makeUser("new@example.org", verified: false)
            let browser = Browser(app)
            _ = try await browser.signIn("new@example.org")
            let html = try await browser.get("/").body.string
            #expect(html.contains("<form method=\"post\" action=\"/verify-email/resend\" novalidate>"))
            let token = try #require(Browser.csrfToken(in: html))
            let resent = try await browser.post(SiteURL.resendVerification.path, [("_csrf", token)], withCSRF: false)
            #expect(resent.status == .seeOther)
            let forged = try await browser.post(SiteURL.resendVerification.path, [("_csrf", "not-the-token")], withCSRF: false)
            #expect(forged.status == .forbidden)
        }
    }
}
