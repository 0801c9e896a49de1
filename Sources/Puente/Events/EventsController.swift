// Public event pages: the list, one event with its registration form, and calendar files.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct EventsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.events.pathComponents, use: list)
        routes.get(SiteURL.event(.key).pathComponents, use: show)
        routes.post(SiteURL.eventRegister(.key).pathComponents, use: register)
        routes.get(SiteURL.eventInvite(.key).pathComponents, use: invite)
        routes.get(SiteURL.publicCalendar.pathComponents, use: calendar)
    }

    private func visibleEvent(_ req: Request) async throws -> Event {
        let event = try await req.find(Event.self, "eventID")
        guard try await req.eventAccess().allows(event) else { throw Abort(.notFound) }
        return event
    }

    func list(req: Request) async throws -> Response {
        let past = req.query[String.self, at: "when"] == "past"
        let kind = req.query[String.self, at: "kind"].flatMap(Event.Kind.init(rawValue:))
        let model = try await EventListPage.query(on: req.db, access: try await req.eventAccess(), past: past, kind: kind,
                                                  seriesID: req.query[UUID.self, at: "series"])
        return try await req.render { EventListPage.page($0, model) }
    }

    func show(req: Request) async throws -> Response {
        let event = try await visibleEvent(req)
        let model = try await EventPage.query(on: req.db, event: event, viewer: req.currentUser, form: .init(invitation: req.invitation))
        return try await req.render { EventPage.view($0, model) }
    }

    func register(req: Request) async throws -> Response {
        let event = try await visibleEvent(req)
        let user = req.currentUser
        let name = user?.name ?? req.formValue("name")
        let email = user?.email ?? req.formValue("email")
        let answers = Dictionary(uniqueKeysWithValues: event.questions.map { ($0.id, req.formValue(EventQuestion.field($0.id))) })
        do {
            try await req.checkEventRegistrationRate()
            let registration = try await req.eventRegistrations.register(event, name: name, email: email, user: user,
                                                                         roles: try await req.roles(), access: try await req.eventAccess(),
                                                                         answers: answers, wantsReminders: req.formValue("reminders") == "on",
                                                                         language: req.language)
            req.flash(.success, registration.status == .confirmed ? .eventRegisteredFlash : .eventWaitlistedFlash)
            return req.redirect(to: .eventRegistration(.value(registration.token)))
        } catch let failure as EventRegistrations.Failure {
            let form = EventPage.Form(name: name, email: email, answers: answers, wantsReminders: req.formValue("reminders") == "on",
                                      invitation: req.invitation)
            let model = try await EventPage.query(on: req.db, event: event, viewer: user, form: form, failure: failure)
            return try await req.render { EventPage.view($0, model, status: failure.isInput ? .unprocessableEntity : .conflict) }
        }
    }

    /// The event for a calendar, as published: no attendee, no join link.
    func invite(req: Request) async throws -> Response {
        let event = try await visibleEvent(req)
        return EventCalendar.response(ICalendar(name: event.title, events: [EventCalendar.published(event, req.config)]).render(),
                                      file: "invite.ics")
    }

    /// Every upcoming public event.
    func calendar(req: Request) async throws -> Response {
        let events = try await Event.query(on: req.db).filter(\.$audience == .everyone)
            .filter(\.$endsAt >= Date().addingTimeInterval(-90 * 86400)).sort(\.$startsAt).limit(2000).all()
        let seriesIDs = Set(events.compactMap { $0.$series.id })
        let series = try await EventSeries.query(on: req.db).filter(\.$id ~~ Array(seriesIDs)).all()
        let byID = Dictionary(uniqueKeysWithValues: series.map { ($0.id!, $0) })
        return EventCalendar.response(ICalendar(name: req.config.programName, events: SeriesFeed.entries(events, series: byID, config: req.config)).render(), file: nil)
    }
}

extension EventRegistrations.Failure {
    var isInput: Bool { if case .invalid = self { true } else { false } }
}
