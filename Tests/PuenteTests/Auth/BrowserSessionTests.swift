// Browser sessions: stored hashed, owned by the person signed in, lapsed ones unreadable and swept.
// (A password reset ending the other sessions is pinned in PasswordResetTests.)

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
}
