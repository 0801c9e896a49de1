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

    /// Shown once on the next page this browser renders.
    func flash(_ kind: PageContext.Flash.Kind, _ message: String) {
        session.data["flash-kind"] = kind.rawValue
        session.data["flash"] = message
    }

    private func takeFlash() -> PageContext.Flash? {
        guard storage[SessionReadyMiddleware.Key.self] == true, hasSession, session.data["flash"] != nil, let message = session.data["flash"],
              let kind = session.data["flash-kind"].flatMap(PageContext.Flash.Kind.init(rawValue:)) else { return nil }
        session.data["flash"] = nil
        session.data["flash-kind"] = nil
        return .init(kind: kind, message: message)
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
