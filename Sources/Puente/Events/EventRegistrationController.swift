// Each registrant's own page, reached by the personal link in their email: see the status,
// the join link once confirmed, the invite; cancel.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct EventRegistrationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.eventRegistration(.key).pathComponents, use: show)
        routes.post(SiteURL.eventRegistration(.key).pathComponents, use: cancel)
        routes.post(SiteURL.eventRegistrationReminders(.key).pathComponents, use: reminders)
    }

    private func find(_ req: Request) async throws -> (EventRegistration, Event) {
        guard let token = req.parameters.get("token"), token.count >= 20,
              let registration = try await EventRegistration.query(on: req.db).filter(\.$token == token).with(\.$event).first()
        else { throw Abort(.notFound) }
        return (registration, registration.event)
    }

    func show(req: Request) async throws -> Response {
        let (registration, event) = try await find(req)
        return try await req.render { EventRegistrationPage.page($0, registration, event) }
    }

    /// Turns reminders on or off for this one registration.
    func reminders(req: Request) async throws -> Response {
        let (registration, _) = try await find(req)
        let wants = req.formValue("reminders") == "on"
        try await req.events.setReminders(of: registration, wants)
        req.flash(.success, wants ? .eventRemindersOnFlash : .eventRemindersOffFlash)
        return req.redirect(to: .eventRegistration(.value(registration.token)))
    }

    func cancel(req: Request) async throws -> Response {
        let (registration, event) = try await find(req)
        guard req.isConfirmed || registration.status == .cancelled else {
            return try await req.confirmFirst { ctx in
                Confirmation(heading: ctx.t(.confirmCancelRegistrationHeading),
                             consequences: [ctx.t(.confirmCancelRegistrationConsequence, ["event": event.title(in: ctx.language)])],
                             confirm: ctx.t(.confirmCancelRegistrationButton),
                             back: SiteURL.eventRegistration(.value(registration.token)).path)
            }
        }
        do {
            try await req.eventRegistrations.cancel(registration)
            req.flash(.success, .eventRegistrationCancelled)
        } catch let failure as EventRegistrations.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .eventRegistration(.value(registration.token)))
    }
}
