// Bearer tokens for the JSON API, traded for an email and password.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct TokensController: RouteCollection {
    struct CreateTokenRequest: Content {
        let email: String
        let password: String
    }

    struct TokenResponse: Content {
        let token: String
        let tokenType: String
        let expiresAt: Date
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.tokens.pathComponents, use: create)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(CreateTokenRequest.self)
        guard let user = try await SignIn(request: req).authenticate(email: input.email, password: input.password) else {
            throw Abort(.unauthorized, reason: "email and password do not match an account")
        }
        let secret = Secret.make()
        let expires = Date().addingTimeInterval(APIToken.lifetime)
        try await APIToken(userID: user.id!, tokenHash: Secret.hash(secret), expiresAt: expires).create(on: req.db)
        req.answerCarriesSecret = true
        let response = Response(status: .created)
        try response.content.encode(TokenResponse(token: secret, tokenType: "Bearer", expiresAt: expires), using: JSONEncoder.api)
        return response
    }
}

/// Signs in the holder of a valid, unexpired bearer token.
struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$tokenHash == Secret.hash(bearer.token))
            .filter(\.$expiresAt > Date())
            .with(\.$user)
            .first() else { return }
        request.auth.login(token.user)
    }
}

/// API bodies must be JSON: a cross-site HTML form cannot send that without CORS consent.
/// A body sent to the API must be JSON. A request without a body goes on, so the route's own
/// access check answers first (401 before 415), and a handler that needs a body still says 415.
/// A change through the API needs a bearer token: a browser's session cookie alone does not
/// count there, since the API takes no CSRF token (a bodiless cross-site POST would carry it).
struct JSONBodyMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method), request.headers.bearerAuthorization == nil {
            request.auth.logout(User.self)
            request.forgetCachedRoles()
        }
        let hasBody = (request.headers.first(name: .contentLength).flatMap(Int.init) ?? 0) > 0
            || request.headers.contains(name: .transferEncoding)
        if [.POST, .PUT, .PATCH].contains(request.method), hasBody, request.headers.contentType?.subType != "json" {
            throw Abort(.unsupportedMediaType, reason: "send application/json")
        }
        return try await next.respond(to: request)
    }
}

extension JSONEncoder {
    /// Dates as ISO 8601, keys in camelCase: the shape the OpenAPI document promises.
    static var api: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension Response {
    /// A JSON API answer in the shape the OpenAPI document promises (`JSONEncoder.api`).
    static func json<T: Encodable>(_ value: T, status: HTTPResponseStatus = .ok) throws -> Response {
        let response = Response(status: status)
        response.headers.contentType = .json
        response.body = .init(data: try JSONEncoder.api.encode(value))
        return response
    }

    /// A CSV download of personal data: never cached. The caller audits it.
    static func csv(_ rows: [[String]], filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: CSVTable.write(rows)))
    }
}
