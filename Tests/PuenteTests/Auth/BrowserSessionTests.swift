// Browser sessions: stored hashed, owned by the person signed in, lapsed ones unreadable and swept.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct BrowserSessionTests {
    @Test func theDatabaseKeepsAHashOfTheCookieAndWhoseSessionItIs() async throws {
        try await withPuente { app in
            let user = try await app.makeUser("rosa@example.org")
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let cookie = try #require(browser.cookies["puente-session"])
            let records = try await BrowserSession.query(on: app.db).all()
            let mine = try #require(records.first { $0.userID == user.id })
            #expect(mine.id == Secret.hash(cookie))
            #expect(!records.contains { $0.id == cookie || $0.data.contains(cookie) })
            #expect(mine.expiresAt > Date().addingTimeInterval(BrowserSession.lifetime - 60))
        }
    }

    @Test func aLapsedSessionSignsNobodyInAndTheSweepDeletesIt() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org")
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            #expect(try await browser.get(SiteURL.profile.path).status == .ok)
            for record in try await BrowserSession.query(on: app.db).all() {
                record.expiresAt = Date().addingTimeInterval(-1)
                try await record.save(on: app.db)
            }
            #expect(try await browser.get(SiteURL.profile.path).status == .seeOther)

            let current = Browser(app)
            try await current.signIn("rosa@example.org")
            try await Housekeeping.sweep(on: app.db)
            #expect(try await BrowserSession.query(on: app.db).all().map(\.id) == [Secret.hash(current.cookies["puente-session"] ?? "")])
            #expect(try await current.get(SiteURL.profile.path).status == .ok)
        }
    }

    @Test func aPasswordResetEndsThePersonsOtherSessions() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", password: "old password 1")
            try await app.makeUser("ana@example.org")
            let laptop = Browser(app), someoneElse = Browser(app)
            try await laptop.signIn("rosa@example.org", "old password 1")
            try await someoneElse.signIn("ana@example.org")

            let phone = Browser(app)
            try await phone.post(SiteURL.forgotPassword.path, [("email", "rosa@example.org")])
            let mail = try #require(try await app.outbox().last)
            let link = try #require(ReceivedMail(mail.raw).link(startingWith: "http://127.0.0.1:8080/reset-password"))
            let token = String(link.split(separator: "=", maxSplits: 1).last ?? "")
            let reset = try await phone.post(SiteURL.resetPassword.path, [
                ("token", token), ("password", "new password 22"), ("password_confirmation", "new password 22"),
            ])
            #expect(reset.status == .seeOther)

            #expect(try await laptop.get(SiteURL.profile.path).status == .seeOther)
            #expect(try await someoneElse.get(SiteURL.profile.path).status == .ok)
        }
    }
}
