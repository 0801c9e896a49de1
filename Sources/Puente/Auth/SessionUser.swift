// Who is signed in through the browser session. Read-only on purpose: Vapor's own session
// authenticator writes any authenticated user into a session, which would turn an API bearer
// token into a cookie. Here only `signIn(_:)` and `signOut()` change the session.

import Fluent
import Vapor

struct SessionUserAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let id = request.session.authenticated(User.self),
           let user = try await User.find(id, on: request.db) {
            request.auth.login(user)
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// Starts a browser session for `user` with a fresh CSRF token, under a new session id: an id
    /// someone planted in this browser before sign-in (session fixation) never becomes a signed-in one.
    func signIn(_ user: User) async throws {
        try await renewSessionID()
        auth.login(user)
        session.authenticate(user)
        session.data[CSRF.sessionKey] = nil
        forgetCachedRoles()
    }

    /// Ends the signed-in session; the browser keeps a new, anonymous one (for the flash message).
    func signOut() async throws {
        auth.logout(User.self)
        if hasSession {
            try await renewSessionID()
            session.unauthenticate(User.self)
            session.data[CSRF.sessionKey] = nil
        }
        forgetCachedRoles()
    }

    /// Keeps the session's data under a new id and deletes the old record, so the old cookie is
    /// worth nothing. The sessions middleware stores the data under a new id on the way out.
    private func renewSessionID() async throws {
        guard let old = session.id else { return }
        session.id = nil
        try await application.sessions.driver.deleteSession(old, for: self).get()
    }
}
