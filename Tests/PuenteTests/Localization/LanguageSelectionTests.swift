// Which language a page is in: ?lang= (remembered), then the account, then Accept-Language.

import Testing
import VaporTesting
@testable import Puente

@Suite struct LanguageSelectionTests {
    @Test func acceptLanguageSpanishGivesSpanishPages() async throws {
        try await withPuente { app in
            let page = try await Browser(app).get("/", headers: ["Accept-Language": "es-MX,es;q=0.9,en;q=0.5"])
            #expect(page.body.string.contains("<html lang=\"es\">"))
            #expect(page.body.string.contains("Por idioma, condado y comunidad")) // the home page's first task, in Spanish
        }
    }

    @Test func langParameterWinsAndIsRememberedInACookie() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            let chosen = try await browser.get("/?lang=es", headers: ["Accept-Language": "en"])
            #expect(chosen.body.string.contains("Saltar al contenido principal"))
            #expect(browser.cookies[LanguageMiddleware.cookieName] == "es")
            let later = try await browser.get("/contact", headers: ["Accept-Language": "en"])
            #expect(later.body.string.contains("Contáctenos"))
        }
    }

    @Test func accountPreferenceBeatsAcceptLanguage() async throws {
        try await withPuente { app in
            try await app.makeUser("maria@example.org", language: .es)
            let browser = Browser(app)
            try await browser.signIn("maria@example.org")
            let page = try await browser.get("/", headers: ["Accept-Language": "en"])
            #expect(page.body.string.contains("<h1>Mi cuenta</h1>"))
        }
    }

    @Test func everyPageHasASwitcherThatKeepsThePath() async throws {
        try await withPuente { app in
            let page = try await Browser(app).get("/contact?x=1")
            #expect(page.body.string.contains("href=\"/contact?x=1&amp;lang=es\""))
            #expect(page.body.string.contains("class=\"skip-link\""))
            #expect(page.body.string.contains("will never ask you for financial or tax information"))
        }
    }
}
