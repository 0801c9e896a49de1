// The sign-in throttle counts an attempt before the password is checked, throttles the guesser
// (one account from one address), and only slows the account for everyone else.

import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct SignInThrottleTests {
    @Test func parallelWrongPasswordsAreCountedBeforeBcryptSoAtMostFiveAreTried() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        try await app.api(.POST, "/api/v1/tokens", json: #"{"email":"chw@example.org","password":"wrong guess"}"#).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            // 401 means the password was checked: at most five, however the forty interleave (when
            // all forty are counted before any looks, none is checked).
            let checked = statuses.filter { $0 == .unauthorized }.count
            #expect((0...RateLimit.loginPerAccountAndAddress.limit).contains(checked))
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 40 - checked)
            // Refused attempts are not kept, so the rest of the five can still be tried, one by one, and no more.
            for _ in checked..<RateLimit.loginPerAccountAndAddress.limit {
                #expect(try await app.api(.POST, "/api/v1/tokens", json: #"{"email":"chw@example.org","password":"wrong guess"}"#).status == .unauthorized)
            }
            #expect(try await app.api(.POST, "/api/v1/tokens", json: #"{"email":"chw@example.org","password":"correct horse 1"}"#).status == .tooManyRequests)
        }
    }

    @Test func aStrangerCannotLockTheOwnerOutFromAnotherAddress() async throws {
        try await withPuente({ $0.trustedProxies = 1 }) { app in
            try await app.makeUser("admin@example.org", roles: [.admin])
            let stranger: HTTPHeaders = ["X-Forwarded-For": "203.0.113.9"]
            for _ in 0..<6 {
                try await app.api(.POST, "/api/v1/tokens", json: #"{"email":"admin@example.org","password":"nope nope"}"#, headers: stranger)
            }
            let refused = try await app.api(.POST, "/api/v1/tokens", json: #"{"email":"admin@example.org","password":"correct horse 1"}"#,
                                            headers: stranger)
            #expect(refused.status == .tooManyRequests)
            // The owner, elsewhere, gets in: slowed a little, not locked out.
            let started = Date()
            let owner = try await app.api(.POST, "/api/v1/tokens", json: #"{"email":"admin@example.org","password":"correct horse 1"}"#,
                                          headers: ["X-Forwarded-For": "198.51.100.20"])
            #expect(owner.status == .created)
            #expect(Date().timeIntervalSince(started) >= 0.4) // five failures counted against the account: a delay
        }
    }

    @Test func signInRefusesANextPathWithControlCharacters() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            for next in ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5C%2Fevil.example", "%2F%E2%80%8B%2Fevil.example",
                         "https%3A%2F%2Fevil.example"] {
                let response = try await Browser(app).post(SiteURL.login.path + "?next=\(next)",
                                                           [("email", "chw@example.org"), ("password", "correct horse 1")])
                #expect(response.location == "/", "next=\(next)")
            }
            let local = try await Browser(app).post(SiteURL.login.path + "?next=%2Ftraining%2Fme%3Ftab%3D1",
                                                    [("email", "chw@example.org"), ("password", "correct horse 1")])
            #expect(local.location == "/training/me?tab=1")
        }
    }
}
