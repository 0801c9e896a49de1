// The emailed verification link: works once, within its lifetime.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct EmailVerificationTests {
    func signUp(_ browser: Browser) async throws -> String {
        try await browser.post(SiteURL.signup.path, [
            ("name", "Mai Nguyen"), ("email", "mai@example.org"), ("password", "a long secret 1"),
            ("password_confirmation", "a long secret 1"), ("language", "en"),
        ])
        let mail = try await browser.app.outbox()
        let link = try #require(ReceivedMail(mail[0].raw).link(startingWith: "http://127.0.0.1:8080/verify-email"))
        return String(link.dropFirst("http://127.0.0.1:8080".count))
    }

    @Test func verificationLinkConfirmsTheAddressOnce() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            let path = try await signUp(browser)

            let first = try await browser.get(path)
            #expect(first.status == .seeOther)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "mai@example.org").first())
            #expect(user.emailVerifiedAt != nil)
            #expect(try await app.auditEvents(.userVerifyEmail).count == 1)

            let again = try await browser.get(path)
            #expect(again.status == .badRequest)
            #expect(again.body.string.contains("not valid or has expired"))
        }
    }

    @Test func expiredVerificationLinkIsRefused() async throws {
        try await withPuente { app in
            let path = try await signUp(Browser(app))
            for token in try await OneTimeToken.query(on: app.db).all() {
                token.expiresAt = Date().addingTimeInterval(-60)
                try await token.save(on: app.db)
            }
            let response = try await Browser(app).get(path)
            #expect(response.status == .badRequest)
            let user = try #require(try await User.query(on: app.db).first())
            #expect(user.emailVerifiedAt == nil)
        }
    }

    @Test func resendQueuesANewLinkForUnverifiedAccounts() async throws {
        try await withPuente { app in
            try await app.makeUser("new@example.org", verified: false)
            let browser = Browser(app)
            try await browser.signIn("new@example.org")
            let home = try await browser.get("/")
            #expect(home.body.string.contains("Please confirm your email address"))
            let response = try await browser.post(SiteURL.resendVerification.path, [])
            #expect(response.status == .seeOther)
            #expect(try await app.outbox().count == 1)
        }
    }
}
