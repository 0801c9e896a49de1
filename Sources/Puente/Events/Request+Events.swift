// What the event pages and the event API ask of a request alike: whether this address may
// register again. (Which events the reader may see: `EventAccess`.)

import Vapor

extension Request {
    /// Registrations from one client address, page and API together: 30 an hour.
    func checkEventRegistrationRate() async throws {
        try await rateLimiter.check("event-register-ip:\(clientIP)", RateLimit(limit: 30, window: 60 * 60))
    }
}
