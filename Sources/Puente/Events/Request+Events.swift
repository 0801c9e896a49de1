// What the event pages and the event API ask of a request alike: which events the reader may
// see (everyone public ones, members members' ones, organization representatives and event staff
// theirs), and whether this address may register again.

import Vapor

extension Request {
    /// The audiences the reader belongs to: which events they may see.
    func visibleEventAudiences() async throws -> [Event.Audience] {
        let roles = try await roles()
        var audiences: [Event.Audience] = [.everyone]
        if currentUser != nil { audiences.append(.members) }
        if roles.contains(.organizationRepresentative) || PermissionGate.allows(roles,
                                                                                .manageEvents) { audiences.append(.organizationRepresentatives) }
        return audiences
    }

    /// Registrations from one client address, page and API together: 30 an hour.
    func checkEventRegistrationRate() async throws {
        try await rateLimiter.check("event-register-ip:\(clientIP)", RateLimit(limit: 30, window: 60 * 60))
    }
}
