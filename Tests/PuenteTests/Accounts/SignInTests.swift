// Signing in and out, and the throttle that stops password guessing.

import Fluent
import Testing
import VaporTesting
@testable import Puente

@Suite struct SignInTests {
    @Test func correctPasswordSignsInAndReturnsToTheRequestedPage() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org", name: "Jasmine Carter")
            let browser = Browser(app)
            let protected = try await browser.get(SiteURL.profile.path)
            #expect(protected.status == .seeOther)
            #expect(protected.location?.hasPrefix("/login?next=") == true)

            let response = try await browser.post(SiteURL.login.path + "?next=%2Fprofile", [("email", "chw@example.org"), ("password", "correct horse 1")])
            #expect(response.status == .seeOther)
            #expect(response.location == "/profile")
            let profile = try await browser.get("/profile")
            #expect(profile.body.string.contains("Welcome back, Jasmine Carter."))
            #expect(profile.body.string.contains("Signed in as Jasmine Carter"))
        }
    }

    @Test func wrongPasswordIsRefusedWithAClearMessage() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            let response = try await Browser(app).signIn("chw@example.org", "wrong password")
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("That email and password do not match an account."))
        }
    }

    @Test func offSiteNextIsIgnored() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            let response = try await Browser(app).post(SiteURL.login.path + "?next=%2F%2Fevil.example", [("email", "chw@example.org"), ("password", "correct horse 1")])
            #expect(response.location == "/")
        }
    }

    @Test func fiveFailuresLockTheAccountEvenForTheRightPassword() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            for _ in 0..<5 {
                #expect(try await Browser(app).signIn("chw@example.org", "guess guess").status == .unauthorized)
            }
            let blocked = try await Browser(app).signIn("chw@example.org", "correct horse 1")
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.body.string.contains("Too many attempts"))
        }
    }

    @Test func rateLimitsOffLetsEveryAttemptThrough() async throws {
        try await withPuente({ $0.rateLimitsEnabled = false }) { app in
            try await app.makeUser("chw@example.org")
            for _ in 0..<6 { _ = try await Browser(app).signIn("chw@example.org", "guess guess") }
            #expect(try await Browser(app).signIn("chw@example.org").status == .seeOther)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            let browser = Browser(app)
            try await browser.signIn("chw@example.org")
            #expect(try await browser.get(SiteURL.profile.path).status == .ok)
            try await browser.get(SiteURL.logout.path)
            let out = try await browser.post(SiteURL.logout.path, [])
            #expect(out.status == .seeOther)
            #expect(try await browser.get(SiteURL.profile.path).status == .seeOther)
        }
    }

    @Test func signingInAndOutIssuesANewSessionIdAndTheOldOneIsWorthNothing() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            let browser = Browser(app)
            try await browser.get(SiteURL.login.path) // the sign-in form starts an anonymous session
            let planted = try #require(browser.cookies["puente-session"])
            try await browser.signIn("chw@example.org")
            let signedIn = try #require(browser.cookies["puente-session"])
            #expect(signedIn != planted)
            #expect(try await browser.get(SiteURL.profile.path).status == .ok)

            // Someone holding the id from before sign-in (a fixation attack) is not signed in.
            let attacker = try await app.testing().sendRequest(.GET, SiteURL.profile.path, headers: ["Cookie": "puente-session=\(planted)"])
            #expect(attacker.status == .seeOther)

            try await browser.get(SiteURL.logout.path)
            try await browser.post(SiteURL.logout.path, [])
            #expect(browser.cookies["puente-session"] != signedIn)
            let stale = try await app.testing().sendRequest(.GET, SiteURL.profile.path, headers: ["Cookie": "puente-session=\(signedIn)"])
            #expect(stale.status == .seeOther)
        }
    }

    @Test func profileChangesAreSavedAndAudited() async throws {
        try await withPuente { app in
            let user = try await app.makeUser("chw@example.org", name: "Old Name")
            let browser = Browser(app)
            try await browser.signIn("chw@example.org")
            try await browser.get(SiteURL.profile.path)
            let response = try await browser.post(SiteURL.profile.path, [("name", "New Name"), ("language", "es")])
            #expect(response.status == .seeOther)
            let saved = try #require(try await User.find(user.id, on: app.db))
            #expect(saved.name == "New Name")
            #expect(saved.preferredLanguage == "es")
            let events = try await app.auditEvents(.userUpdate)
            #expect(events.count == 1)
            #expect(events.first?.actorEmail == "chw@example.org")
            #expect(events.first?.summary == "changed name, preferred_language")
        }
    }
}

@Suite struct SignInAddressThrottleTests {
    @Test func oneAddressGuessingManyAccountsIsThrottled() async throws {
        try await withPuente({ $0.trustedProxies = 1 }) { app in // a proxy tells the addresses apart
            try await app.makeUser("real@example.org")
            let headers: HTTPHeaders = ["X-Forwarded-For": "198.51.100.7"]
            for index in 0..<RateLimit.loginPerIP.limit {
                _ = try await app.testing().sendRequest(.POST, "/api/v1/tokens", headers: headers.merging(["Content-Type": "application/json"]),
                                                        body: .init(string: #"{"email":"guess\#(index)@example.org","password":"nope nope"}"#))
            }
            let blocked = try await app.testing().sendRequest(.POST, "/api/v1/tokens", headers: headers.merging(["Content-Type": "application/json"]),
                                                              body: .init(string: #"{"email":"real@example.org","password":"correct horse 1"}"#))
            #expect(blocked.status == .tooManyRequests)
            let elsewhere = try await app.testing().sendRequest(.POST, "/api/v1/tokens", headers: ["X-Forwarded-For": "198.51.100.8", "Content-Type": "application/json"],
                                                                body: .init(string: #"{"email":"real@example.org","password":"correct horse 1"}"#))
            #expect(elsewhere.status == .created)
        }
    }
}

extension HTTPHeaders {
    func merging(_ other: HTTPHeaders) -> HTTPHeaders {
        var result = self
        for (name, value) in other { result.add(name: name, value: value) }
        return result
    }
}
