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

    @Test func anUnchangedSessionIsWrittenAgainOnlyWhenItsExpiryIsAnHourOld() async throws {
        try await withPuente { app in
            let user = try await app.makeUser("rosa@example.org")
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            func mine() async throws -> BrowserSession {
                try #require(try await BrowserSession.query(on: app.db).filter(\.$userID == user.id).first())
            }
            try await browser.get(SiteURL.profile.path) // shows, and so removes, the welcome flash
            let written = try await mine().expiresAt
            #expect(try await browser.get(SiteURL.profile.path).status == .ok)
            #expect(try await mine().expiresAt == written) // nothing changed: no write

            let older = try await mine()
            older.expiresAt = Date().addingTimeInterval(BrowserSession.lifetime - 2 * 3600)
            try await older.save(on: app.db)
            #expect(try await browser.get(SiteURL.profile.path).status == .ok)
            #expect(try await mine().expiresAt > Date().addingTimeInterval(BrowserSession.lifetime - 60)) // slid forward

            // A change to the data is written at once: signing out clears the owner.
            try await browser.get(SiteURL.logout.path)
            try await browser.post(SiteURL.logout.path, [])
            #expect(try await BrowserSession.query(on: app.db).filter(\.$userID == user.id).count() == 0)
        }
    }
}
