// Checks an email and password for both the sign-in page and the token API,
// with throttling per account and per client address.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct SignIn {
    let request: Request

    /// The account, or nil when the pair does not match. Throws `TooManyRequests` when throttled.
    func authenticate(email rawEmail: String, password: String) async throws -> User? {
        let limiter = request.rateLimiter
        let email = EmailAddress(rawEmail)?.value ?? rawEmail.lowercased()
        let accountBucket = "login-account:\(email)"
        let ipBucket = "login-ip:\(request.clientIP)"
        let accountThrottled = try await limiter.isExceeded(accountBucket, .loginPerAccount)
        let ipThrottled = try await limiter.isExceeded(ipBucket, .loginPerIP)
        if accountThrottled || ipThrottled { throw TooManyRequests() }
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
            try await limiter.hit(ipBucket)
            return nil
        }
        try await limiter.clear(accountBucket)
        return user
    }
}
