// Synchronizer-token CSRF protection: a secret per session, echoed by every form as `_csrf`.

import Crypto
import Foundation
import Vapor

enum CSRF {
    static let sessionKey = "csrf"
    static let fieldName = "_csrf"

    /// The session's token, or a fresh one that `keepIfUsed` stores only if a form shows it,
    /// so a visitor reading pages without forms never creates a session row.
    static func token(for request: Request) -> String {
        // Before the sessions middleware has run (an error raised outside it) there is no session to use.
        guard request.storage[SessionReadyMiddleware.Key.self] == true else { return "" }
        if request.hasSession, let existing = request.session.data[sessionKey] { return existing }
        return Secret.make()
    }

    static func keepIfUsed(_ token: String, in html: String, for request: Request) {
        guard !token.isEmpty, request.storage[SessionReadyMiddleware.Key.self] == true,
              !(request.hasSession && request.session.data[sessionKey] == token),
              html.utf8.contains(bytes: token.utf8) else { return }
        request.session.data[sessionKey] = token
    }

    static func isValid(_ request: Request) async throws -> Bool {
        guard request.hasSession, let expected = request.session.data[sessionKey] else { return false }
        _ = try await request.body.collect(max: request.config.maxBodySize.value).get()
        let sent = request.formValue(fieldName)
        guard !sent.isEmpty else { return false }
        return Secret.equal(sent, expected)
    }
}

struct CSRFFailure: Error {}

/// Marks that the sessions middleware has run, so `request.session` is safe to touch.
struct SessionReadyMiddleware: AsyncMiddleware {
    struct Key: StorageKey { typealias Value = Bool }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.storage[Key.self] = true
        return try await next.respond(to: request)
    }
}

/// Applied to every HTML route group: state-changing methods need the session's token.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        switch request.method {
        case .GET, .HEAD, .OPTIONS:
            return try await next.respond(to: request)
        default:
            guard try await CSRF.isValid(request) else { throw CSRFFailure() }
            return try await next.respond(to: request)
        }
    }
}

extension String.UTF8View {
    /// Whether `needle` occurs in these bytes. Foundation's `contains` on a whole page was 5% of its CPU.
    func contains(bytes needle: String.UTF8View) -> Bool {
        let needle = Array(needle)
        guard let first = needle.first else { return true }
        let found = withContiguousStorageIfAvailable { haystack -> Bool in
            guard haystack.count >= needle.count else { return false }
            var index = 0
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
                index += 1
            }
            return false
        }
        return found ?? String(self).contains(String(decoding: needle, as: UTF8.self))
    }
}
