// Checks an email and password for both the sign-in page and the token API,
// with throttling per account and per client address.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct SignIn {
    let request: Request

    /// The longest an account's sign-in is slowed after many wrong passwords from many places.
    static let longestDelay: TimeInterval = 5

    /// The account, or nil when the pair does not match. Throws `TooManyRequests` when throttled.
    /// Attempts are counted before the password is checked, so parallel guesses cannot all pass.
    func authenticate(email rawEmail: String, password: String) async throws -> User? {
        let limiter = request.rateLimiter
        let email = EmailAddress(rawEmail)?.value ?? String(rawEmail.lowercased().prefix(320))
        let pairBucket = "login-pair:\(email)|\(request.clientIP)"
        let accountBucket = "login-account:\(email)"
        let ipBucket = "login-ip:\(request.clientIP)"
        let ipHit = try await limiter.attempt(ipBucket, .loginPerIP)
        let pairHit: RateLimitHit?
        do { pairHit = try await limiter.attempt(pairBucket, .loginPerAccountAndAddress) } catch {
            try await limiter.withdraw(ipHit)
            throw error
        }
        try await slowDown(afterFailuresOf: accountBucket, limiter)
        let user = try await User.query(on: request.db).filter(\.$email == email).first()
        let matches: Bool
        if let user {
            matches = try await request.password.async.verify(password, created: user.passwordHash).get()
        } else {
            // Spend the same time as a real check, so response time does not reveal accounts.
            _ = try await request.password.async.hash(password).get()
            matches = false
        }
        guard matches, let user else {
            try await limiter.hit(accountBucket)
            return nil
        }
        // A correct password does not count against the address, and ends this address's strikes.
        try await limiter.withdraw(ipHit)
        try await limiter.withdraw(pairHit)
        try await limiter.clear(pairBucket)
        return user
    }

    /// Past the account's limit, every attempt waits a little longer (half a second per failure
    /// over it, up to five seconds): guessing from many addresses slows down, the owner still gets in.
    private func slowDown(afterFailuresOf bucket: String, _ limiter: RateLimiter) async throws {
        guard limiter.enabled else { return }
        let failures = try await limiter.count(bucket, .loginPerAccount)
        let over = failures - RateLimit.loginPerAccount.limit
        guard over >= 0 else { return }
        let delay = min(0.5 * Double(over + 1), Self.longestDelay)
        try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
    }
}
