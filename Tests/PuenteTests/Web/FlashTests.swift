// The one-time message after a form: shown by the next page of any kind, error pages included,
// in that page's language, and never again.

import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct FlashTests {
    @Test func anErrorPageUsesUpTheFlashSoItDoesNotFollowThePersonAround() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", name: "Rosa Díaz")
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let missing = try await browser.get("/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.body.string.contains("Welcome back, Rosa Díaz."))
            #expect(try await browser.get("/no-such-page").body.string.contains("Welcome back") == false)
            #expect(try await browser.get(SiteURL.profile.path).body.string.contains("Welcome back") == false)
        }
    }

    @Test func theFlashSpeaksTheLanguageOfThePageThatShowsIt() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", name: "Rosa Díaz", language: .en)
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let spanish = try await browser.get(SiteURL.profile.path(query: ["lang": "es"])).body.string
            #expect(spanish.contains("<html lang=\"es\">"))
            #expect(spanish.contains(L10n.signedInWelcome.text(.es, ["name": "Rosa Díaz"])))
            #expect(!spanish.contains("Welcome back"))
        }
    }
}
