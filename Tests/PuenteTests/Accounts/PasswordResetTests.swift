// Password reset by emailed link: single use, expires, reveals nothing about who has an account.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct PasswordResetTests {
    func requestLink(_ browser: Browser, email: String) async throws -> String? {
        try await browser.post(SiteURL.forgotPassword.path, [("email", email)])
        guard let mail = try await browser.app.outbox().last else { return nil }
        return ReceivedMail(mail.raw).link(startingWith: "http://127.0.0.1:8080/reset-password")
            .map { String($0.dropFirst("http://127.0.0.1:8080".count)) }
    }

    func token(in path: String) -> String {
        String(path.split(separator: "=", maxSplits: 1).last ?? "")
    }

    @Test func resetLinkSetsANewPasswordOnceAndOldOneStopsWorking() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", password: "old password 1")
            let browser = Browser(app)
            let path = try #require(try await requestLink(browser, email: "ROSA@example.org"))

            let form = try await browser.get(path)
            #expect(form.status == .ok)
            let reset = try await browser.post(SiteURL.resetPassword.path, [
                ("token", token(in: path)), ("password", "new password 22"), ("password_confirmation", "new password 22"),
            ])
            #expect(reset.status == .seeOther)
            #expect(reset.location == SiteURL.login.path)
            #expect(try await app.auditEvents(.userResetPassword).count == 1)

            #expect(try await Browser(app).signIn("rosa@example.org", "old password 1").status == .unauthorized)
            #expect(try await Browser(app).signIn("rosa@example.org", "new password 22").status == .seeOther)

            let reused = try await browser.post(SiteURL.resetPassword.path, [
                ("token", token(in: path)), ("password", "third password 3"), ("password_confirmation", "third password 3"),
            ])
            #expect(reused.status == .badRequest)
            #expect(try await Browser(app).signIn("rosa@example.org", "new password 22").status == .seeOther)
        }
    }

    @Test func aResetEndsThePersonsOtherSessions() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", password: "old password 1")
            try await app.makeUser("ana@example.org")
            let laptop = Browser(app), someoneElse = Browser(app)
            try await laptop.signIn("rosa@example.org", "old password 1")
            try await someoneElse.signIn("ana@example.org")

            let phone = Browser(app)
            let path = try #require(try await requestLink(phone, email: "rosa@example.org"))
            let reset = try await phone.post(SiteURL.resetPassword.path, [
                ("token", token(in: path)), ("password", "new password 22"), ("password_confirmation", "new password 22"),
            ])
            #expect(reset.status == .seeOther)
            #expect(try await laptop.get(SiteURL.profile.path).status == .seeOther)
            #expect(try await someoneElse.get(SiteURL.profile.path).status == .ok)
        }
    }

    @Test func expiredResetLinkIsRefused() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", password: "old password 1")
            let browser = Browser(app)
            let path = try #require(try await requestLink(browser, email: "rosa@example.org"))
            for row in try await OneTimeToken.query(on: app.db).all() {
                row.expiresAt = Date().addingTimeInterval(-1)
                try await row.save(on: app.db)
            }
            #expect(try await browser.get(path).status == .badRequest)
            let post = try await browser.post(SiteURL.resetPassword.path, [
                ("token", token(in: path)), ("password", "new password 22"), ("password_confirmation", "new password 22"),
            ])
            #expect(post.status == .badRequest)
            #expect(try await Browser(app).signIn("rosa@example.org", "old password 1").status == .seeOther)
        }
    }

    @Test func unknownAddressGetsTheSameAnswerAndNoEmail() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            let response = try await browser.post(SiteURL.forgotPassword.path, [("email", "nobody@example.org")])
            #expect(response.status == .seeOther)
            #expect(try await app.outbox().isEmpty)
            let page = try await browser.get(response.location!)
            #expect(page.body.string.contains("If an account uses that address"))
        }
    }

    @Test func weakNewPasswordIsRefusedAndLinkStillWorks() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", password: "old password 1")
            let browser = Browser(app)
            let path = try #require(try await requestLink(browser, email: "rosa@example.org"))
            let weak = try await browser.post(SiteURL.resetPassword.path, [
                ("token", token(in: path)), ("password", "short"), ("password_confirmation", "short"),
            ])
            #expect(weak.status == .unprocessableEntity)
            #expect(try await browser.get(path).status == .ok)
        }
    }
}
