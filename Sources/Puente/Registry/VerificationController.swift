// Public verification pages and the JSON endpoint named in the stable contracts.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct VerificationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.verify.pathComponents, use: search)
        routes.get(SiteURL.verifyNumber(.key).pathComponents, use: show)
    }

    func bootAPI(routes: any RoutesBuilder) throws {
        routes.get(APIURL.certificate(.key).pathComponents, use: certificateJSON)
    }

    /// `/verify?number=…` from the form: straight to the result page, or the form again.
    func search(req: Request) async throws -> Response {
        let number = (req.query[String.self, at: "number"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { return try await req.render { VerifyPage.form($0) } }
        return req.redirect(to: SiteURL.verifyNumber(.value(Verification.normalize(number))).path, redirectType: .normal)
    }

    func show(req: Request) async throws -> Response {
        try await req.rateLimiter.check("verify-ip:\(req.clientIP)", Verification.rateLimit)
        let number = req.parameters.get("number") ?? ""
        let today = req.config.dateFormatting.isoDay(Date())
        if let certificate = try await Verification.certificate(number, today: today, on: req.db) {
            return try await req.render { VerifyPage.certificate($0, certificate) }
        }
        if let entry = try await Verification.registryEntry(number, on: req.db) {
            return try await req.render { VerifyPage.registry($0, entry) }
        }
        return try await req.render { VerifyPage.form($0, number: number, notFound: true) }
    }

    func certificateJSON(req: Request) async throws -> Response {
        try await req.rateLimiter.check("verify-ip:\(req.clientIP)", Verification.rateLimit)
        let today = req.config.dateFormatting.isoDay(Date())
        guard let result = try await Verification.certificate(req.parameters.get("number") ?? "", today: today, on: req.db) else {
            throw Abort(.notFound, reason: "no certificate has this number")
        }
        let response = Response(status: .ok)
        try response.content.encode(result, using: JSONEncoder.api)
        return response
    }
}
