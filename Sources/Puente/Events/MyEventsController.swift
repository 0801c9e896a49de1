// "My events" for members, and their private calendar feed. A member's registrations are the
// ones made while signed in and, once their email address is verified, the ones made with that
// address before they had an account (or while signed out): matched when read, never written
// from what a visitor typed.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct MyEventsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let members = routes.grouped(Access.signedIn)
        members.get(SiteURL.myEvents.pathComponents, use: mine)
        members.post(SiteURL.myEventsFeed.pathComponents, use: makeFeed)
        routes.get(SiteURL.eventFeed(.key).pathComponents, use: feed)
    }

    func mine(req: Request) async throws -> Response {
        let model = try await MyEventsPage.query(on: req.db, user: try req.requireUser(), config: req.config)
        return try await req.render { MyEventsPage.page($0, model) }
    }

    /// Makes the private feed address, or replaces it (the old one stops working).
    func makeFeed(req: Request) async throws -> Response {
        try await req.events.replaceFeed(for: try req.requireUser())
        req.flash(.success, .eventFeedMade)
        return req.redirect(to: .myEvents)
    }

    /// The member's confirmed events as a calendar, with join links: the address is the secret.
    func feed(req: Request) async throws -> Response {
        let file = req.parameters.get("token") ?? ""
        guard file.hasSuffix(".ics"), file.count > 24,
              let feed = try await EventFeed.query(on: req.db).filter(\.$token == String(file.dropLast(4))).with(\.$user).first()
        else { throw Abort(.notFound) }
        let mail = EventMail(config: req.config)
        let entries = try await EventRegistrations.all(of: feed.user, on: req.db).filter { $0.status == .confirmed }.map { registration in
            var entry = mail.calendarEntry(registration.event, for: registration, language: feed.user.language)
            entry.cancelled = registration.event.status == .cancelled
            return entry
        }
        return EventCalendar.response(ICalendar(name: req.config.programName, events: entries).render(), file: nil)
    }
}
