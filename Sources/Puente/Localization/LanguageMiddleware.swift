// Picks the reader's language: `?lang=` (remembered in a cookie), then the account's
// preference, then Accept-Language, then the program default.

import PuenteCore
import Vapor

struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "puente-lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let chosen = request.queryParameters["lang"].flatMap(Language.init(tag:))
        request.storage[LanguageKey.self] = chosen ?? request.negotiatedLanguage()
        let response = try await next.respond(to: request)
        if let chosen {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: chosen.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                isSecure: request.config.usesTLS, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}

struct LanguageKey: StorageKey { typealias Value = Language }

extension Request {
    var language: Language {
        storage[LanguageKey.self] ?? negotiatedLanguage()
    }

    fileprivate func negotiatedLanguage() -> Language {
        if let tag = queryParameters["lang"], let language = Language(tag: tag) { return language }
        if let cookie = cookies[LanguageMiddleware.cookieName]?.string, let language = Language(tag: cookie) { return language }
        if let user = currentUser { return user.language }
        if let header = headers.first(name: .acceptLanguage), let language = Language.preferred(fromAcceptLanguage: header) {
            return language
        }
        return config.defaultLanguage
    }

    func t(_ key: L10n, _ values: [String: String] = [:]) -> String {
        var values = values
        if values["program"] == nil { values["program"] = config.programName }
        return key.text(language, values)
    }
}
