// The home page, the stylesheet and its style guide, and the contact form that reaches staff.

import Foundation
import PuenteCore
import Vapor

struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.home.pathComponents, use: home)
        routes.get(SiteURL.stylesheet.pathComponents, use: stylesheet)
        routes.get(SiteURL.contact.pathComponents, use: contactForm)
        routes.post(SiteURL.contact.pathComponents, use: contact)
        routes.grouped(.permission(.viewStyleguide)).get(SiteURL.styleguide.pathComponents, use: styleguide)
    }

    func styleguide(req: Request) async throws -> Response {
        try await req.render { StyleguidePage.view($0) }
    }

    func home(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return try await req.render { HomePage.visitor($0) } }
        let model = try await HomePage.query(on: req.db, user: user, roles: try await req.roles(), training: req.training)
        return try await req.render { HomePage.account($0, model) }
    }

    /// Reached only if StylesheetMiddleware is not installed (it answers first, without the session).
    func stylesheet(req: Request) async throws -> Response {
        StylesheetMiddleware.response()
    }

    func contactForm(req: Request) async throws -> Response {
        try await req.render { ContactPage.page($0, name: req.currentUser?.name ?? "", email: req.currentUser?.email ?? "") }
    }

    func contact(req: Request) async throws -> Response {
        let name = req.formValue("name").trimmingCharacters(in: .whitespacesAndNewlines)
        let rawEmail = req.formValue("email")
        let message = req.formValue("message").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        errors.checkName(name)
        let email = errors.checkEmail(rawEmail)
        if message.isEmpty { errors.add("message", .fieldRequired) } else if message.count > 5000 { errors.add("message", .messageTooLong) }
        guard errors.isEmpty, let email else {
            return try await req.render { ContactPage.page($0, name: name, email: rawEmail, message: message, errors: errors) }
        }
        try await req.rateLimiter.check("email-ip:\(req.clientIP)", .emailPerIP)
        let config = req.config
        let staffLanguage = config.defaultLanguage
        let mail = Mailer(config: config).compose(
            to: Mailbox(config.contactEmail, name: config.programName), language: staffLanguage,
            .init(subject: L10n.contactEmailSubject.text(staffLanguage, ["name": name]),
                  paragraphs: ["\(name) <\(email.value)>", message], link: nil, greetingName: nil, reason: .contactForm),
            replyTo: Mailbox(email, name: name))
        try await Outbox.enqueue(mail, on: req.db)
        req.flash(.success, .contactSent)
        return req.redirect(to: .contact)
    }
}
