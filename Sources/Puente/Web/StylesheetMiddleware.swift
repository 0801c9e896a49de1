// The stylesheet is answered before the session is read. A signed-in phone sends its session
// cookie with every request, and through the session middleware each stylesheet load cost two
// database reads (the session, then the user): under load the page came and its styles did
// not (a 503 from a busy pool). The stylesheet needs nobody's session.

import Vapor

struct StylesheetMiddleware: AsyncMiddleware {
    private static let path = SiteURL.stylesheet.path

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD, request.url.path == Self.path else {
            return try await next.respond(to: request)
        }
        return Self.response()
    }

    static func response() -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
