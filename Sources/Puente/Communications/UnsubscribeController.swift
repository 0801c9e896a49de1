// RFC 8058 one-click unsubscribe. The URL in `List-Unsubscribe` carries a signed token, which is
// the whole credential: a mail provider's POST arrives with no cookie and no CSRF token, so these
// routes sit outside the CSRF group. A POST acts only when its form has
// `List-Unsubscribe=One-Click`; a GET (what link scanners and people clicking do) shows a page
// whose button posts exactly that field.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct UnsubscribeController: RouteCollection {
    static let field = "List-Unsubscribe"
    static let value = "One-Click"

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.listUnsubscribe(.key).pathComponents, use: page)
        routes.post(SiteURL.listUnsubscribe(.key).pathComponents, use: unsubscribe)
        routes.get(SiteURL.listStopBulk(.key).pathComponents, use: stopBulkPage)
        routes.post(SiteURL.listStopBulk(.key).pathComponents, use: stopBulk)
    }

    private func find(_ req: Request) async throws -> (ListSubscription, MailingList) {
        guard let found = try await req.lists.subscription(unsubscribeToken: req.parameters.get("token") ?? "") else { throw Abort(.notFound) }
        return found
    }

    func page(req: Request) async throws -> Response {
        let (subscription, list) = try await find(req)
        let path = req.url.path
        return try await req.render { ListPages.unsubscribe($0, list, subscription, action: path, field: Self.field, value: Self.value) }
    }

    func unsubscribe(req: Request) async throws -> Response {
        let (subscription, list) = try await find(req)
        guard try await Self.isOneClick(req) else {
            throw Abort(.badRequest, reason: "The form must have the field List-Unsubscribe=One-Click (RFC 8058).")
        }
        try await req.lists.unsubscribe(subscription, of: list, method: "one-click", ip: req.clientIP)
        return try await req.render { ListPages.unsubscribed($0, list, subscription) }
    }

    // Messages to a segment: their one-click link switches off all bulk mail for the address.

    private func preference(_ req: Request) async throws -> (MailPreference, String) {
        let token = req.parameters.get("token") ?? ""
        guard let preference = try await req.lists.preference(token: token) else { throw Abort(.notFound) }
        return (preference, SiteURL.listPreferencesToken(.value(token)).path)
    }

    func stopBulkPage(req: Request) async throws -> Response {
        let (preference, preferences) = try await preference(req)
        let path = req.url.path
        return try await req.render { ListPages.stopBulk($0, preference, preferencesPath: preferences, action: path, field: Self.field, value: Self.value) }
    }

    func stopBulk(req: Request) async throws -> Response {
        let (preference, preferences) = try await preference(req)
        guard try await Self.isOneClick(req) else {
            throw Abort(.badRequest, reason: "The form must have the field List-Unsubscribe=One-Click (RFC 8058).")
        }
        try await req.lists.setNoBulk(preference, true, method: "one-click", actorID: nil, ip: req.clientIP)
        return try await req.render { ListPages.stopBulk($0, preference, preferencesPath: preferences, action: "", field: Self.field, value: Self.value) }
    }

    /// `List-Unsubscribe=One-Click` in a url-encoded or multipart body; a body with no
    /// content type is read as url-encoded, as some senders of the POST leave the header off.
    static func isOneClick(_ req: Request) async throws -> Bool {
        _ = try await req.body.collect(max: 64 * 1024).get()
        if req.headers.contentType == nil {
            return FormFields(urlEncoded: req.body.string).value(field) == value
        }
        return req.formValue(field) == value
    }
}
