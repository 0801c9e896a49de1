// Turning a page into a response: builds the view's context once, consumes the flash.

import Foundation
import PuenteCore
import Vapor

extension Request {
    func pageContext() async throws -> PageContext {
        var signedIn: PageContext.SignedInUser?
        if let user = currentUser {
            signedIn = .init(name: user.name, roles: try await roles(), isEmailVerified: user.isEmailVerified)
        }
        return PageContext(
            language: language,
            programName: config.programName,
            officialLine: config.officialLine?.text(in: language) ?? L10n.officialLineDefault.text(language),
            contactEmail: config.contactEmail.value,
            user: signedIn,
            csrfToken: CSRF.token(for: self),
            flash: takeFlash(),
            currentPath: pathWithoutLanguage,
            dates: config.dateFormatting
        )
    }

    func render(_ build: (PageContext) -> PageView) async throws -> Response {
        let ctx = try await pageContext()
        let page = build(ctx)
        let html = Layout.render(page, ctx)
        CSRF.keepIfUsed(ctx.csrfToken, in: html, for: self)
        return htmlResponse(html, status: page.status)
    }

    func htmlResponse(_ html: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: html))
    }

    /// Shown once on the next page this browser renders, in that page's language: the key is
    /// kept, not its text, so a Spanish page never shows an English flash (or the reverse).
    /// `labels` are values that are themselves words to translate (a status's name).
    func flash(_ kind: PageContext.Flash.Kind, _ key: L10n, _ values: [String: String] = [:], labels: [String: L10n] = [:]) {
        let stored = StoredFlash(key: key.rawValue, values: values, labels: labels.mapValues(\.rawValue))
        session.data["flash-kind"] = kind.rawValue
        session.data["flash"] = JSONColumn.encode(stored)
    }

    /// Read once by whichever page renders next, error pages included, then gone.
    private func takeFlash() -> PageContext.Flash? {
        guard storage[SessionReadyMiddleware.Key.self] == true, hasSession, let raw = session.data["flash"],
              let kind = session.data["flash-kind"].flatMap(PageContext.Flash.Kind.init(rawValue:)) else { return nil }
        session.data["flash"] = nil
        session.data["flash-kind"] = nil
        guard let stored: StoredFlash = JSONColumn.decode(raw), let key = L10n(rawValue: stored.key) else { return nil }
        var values = stored.values
        for (name, label) in stored.labels { values[name] = L10n(rawValue: label)?.text(language) }
        values["program"] = values["program"] ?? config.programName
        return .init(kind: kind, message: key.text(language, values))
    }

    /// 303 so a POST is followed by a GET.
    func redirect(to url: SiteURL) -> Response {
        redirect(to: url.path, redirectType: .normal)
    }

    var pathWithoutLanguage: String {
        var components = URLComponents(string: self.url.string) ?? URLComponents()
        components.queryItems = components.queryItems?.filter { $0.name != "lang" }
        if components.queryItems?.isEmpty == true { components.queryItems = nil }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return path + (components.percentEncodedQuery.map { "?\($0)" } ?? "")
    }

    /// Requests to the JSON API and FHIR get problem+json, never HTML.
    var wantsJSON: Bool {
        let path = url.path
        return path.hasPrefix("/api/") || path == "/api" || path.hasPrefix("/fhir") || path == "/healthz"
    }
}

/// A flash as the session keeps it until the next page: a catalog key and its values.
private struct StoredFlash: Codable {
    let key: String
    let values: [String: String]
    let labels: [String: String]
}
