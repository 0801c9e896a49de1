// Each registrant's own page, reached by the personal link in their email: see the status,
// the join link once confirmed, the invite; cancel.

import Fluent
import Foundation
import Plot
import PuenteCore
import Vapor

struct EventRegistrationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.eventRegistration(nil).pathComponents, use: show)
        routes.post(SiteURL.eventRegistration(nil).pathComponents, use: cancel)
    }

    private func find(_ req: Request) async throws -> (EventRegistration, Event) {
        guard let token = req.parameters.get("token"), token.count >= 20,
              let registration = try await EventRegistration.query(on: req.db).filter(\.$token == token).with(\.$event).first()
        else { throw Abort(.notFound) }
        return (registration, registration.event)
    }

    func show(req: Request) async throws -> Response {
        let (registration, event) = try await find(req)
        return try await req.render { EventRegistrationView.page($0, registration, event) }
    }

    func cancel(req: Request) async throws -> Response {
        let (registration, _) = try await find(req)
        do {
            try await req.eventRegistrations.cancel(registration)
            req.flash(.success, req.t(.eventRegistrationCancelled))
        } catch let failure as EventRegistrations.Failure {
            req.flash(.error, req.t(failure.message))
        }
        return req.redirect(to: .eventRegistration(registration.token))
    }
}

enum EventRegistrationView {
    static func page(_ ctx: PageContext, _ registration: EventRegistration, _ event: Event) -> PageView {
        let zone = TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone
        let when = DateFormatting(timeZone: zone).format(event.startsAt, .dateTime, in: ctx.language)
        let status: L10n = switch registration.status {
        case .confirmed: .eventStatusConfirmed
        case .waitlisted: .eventStatusWaitlisted
        case .cancelled: .eventStatusCancelled
        }
        return PageView(title: event.title, content: Div {
            H1(event.title)
            Paragraph(when)
            if let place = event.place { Paragraph(place) }
            Paragraph(ctx.t(.trainingStatus) + ": " + ctx.t(status)).class(registration.status == .confirmed ? "notice" : "")
            if event.status == .cancelled { Paragraph(ctx.t(.eventCancelled)).class("flash flash-error") }
            if registration.status == .confirmed, event.status == .scheduled, let link = event.onlineLink {
                Paragraph { Tag.a(link, ctx.t(.eventEmailJoinLink)) }
            }
            if registration.status != .cancelled {
                UI.form(ctx, action: SiteURL.eventRegistration(registration.token).path) {
                    UI.submit(ctx.t(.eventCancelRegistration))
                }
            }
        })
    }
}
