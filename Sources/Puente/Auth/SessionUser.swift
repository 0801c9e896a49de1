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
    /// Starts a browser session for `user` with a fresh CSRF token.
    func signIn(_ user: User) {
        auth.login(user)
        session.authenticate(user)
        session.data[CSRF.sessionKey] = nil
        forgetCachedRoles()
    }

    func signOut() {
        auth.logout(User.self)
        if hasSession {
            session.unauthenticate(User.self)
            session.data[CSRF.sessionKey] = nil
        }
        forgetCachedRoles()
    }
}
