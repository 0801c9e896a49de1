// Staff pages for events: create (one event, or a recurring series), edit, cancel, the
// registrants and the waitlist, check-in at the door, a message to registrants, the CSV export
// (audited), and recordings / slides / links after the event. Every route needs `manageEvents`.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

struct EventsStaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageEvents))
        staff.get(SiteURL.staffEvents.pathComponents, use: list)
        staff.get(SiteURL.staffEventNew.pathComponents, use: newEvent)
        staff.post(SiteURL.staffEventNew.pathComponents, use: create)
        staff.get(SiteURL.staffEvent(.key).pathComponents, use: manage)
        staff.post(SiteURL.staffEvent(.key).pathComponents, use: update)
        staff.post(SiteURL.staffEventCancel(.key).pathComponents, use: cancel)
        staff.get(SiteURL.staffEventCheckIn(.key).pathComponents, use: checkInList)
        staff.post(SiteURL.staffEventCheckIn(.key).pathComponents, use: checkIn)
        staff.get(SiteURL.staffEventExport(.key).pathComponents, use: export)
        staff.post(SiteURL.staffEventMessage(.key).pathComponents, use: message)
        staff.post(SiteURL.staffEventMaterials(.key).pathComponents, use: materials)
    }

    /// The edit form showing the event as saved.
    private func savedForm(_ req: Request, _ event: Event) async throws -> EventForm {
        let group = try await event.groupID.asyncMap { try await CoalitionGroup.find($0, on: req.db) }
        return EventForm(event, series: try await event.$series.get(on: req.db), groupSlug: group??.slug)
    }

    // MARK: List, create

    func list(req: Request) async throws -> Response {
        let model = try await StaffEventListPage.query(on: req.db, past: req.query[String.self, at: "when"] == "past")
        return try await req.render { StaffEventListPage.page($0, model) }
    }

    func newEvent(req: Request) async throws -> Response {
        let groups = try await EventFormFields.groups(on: req.db)
        return try await req.render {
            EventFormPage.page($0, EventForm(), groups: groups, errors: .init(), action: SiteURL.staffEventNew.path, creating: true)
        }
    }

    func create(req: Request) async throws -> Response {
        let form = EventForm(form: req)
        do {
            let input = try form.input()
            let rule = try form.recurrenceRule()
            let user = try req.requireUser()
            guard let rule else {
                let event = try await req.events.create(input, organizer: user)
                req.flash(.success, .eventSavedFlash)
                return req.redirect(to: .staffEvent(.value(event.id!)))
            }
            let (_, events) = try await req.events.createSeries(SeriesInput(event: input, rrule: rule), organizer: user)
            req.flash(.success, .eventSeriesSavedFlash, ["count": "\(events.count)"])
            return req.redirect(to: .staffEvents)
        } catch let failure as ValidationFailure {
            let groups = try await EventFormFields.groups(on: req.db)
            return try await req.render {
                EventFormPage.page($0, form, groups: groups, errors: Self.formErrors(failure.errors), action: SiteURL.staffEventNew.path, creating: true,
                                     status: .unprocessableEntity)
            }
        }
    }

    /// The service names the end `end`; the form has `endTime`.
    static func formErrors(_ errors: FormErrors) -> FormErrors {
        var mapped = FormErrors()
        for (field, message) in errors.messagesByField { mapped.add(field == "end" ? "endTime" : field, message) }
        return mapped
    }

    // MARK: One event

    func manage(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        let model = try await EventManagePage.query(on: req.db, event: event, form: try await savedForm(req, event))
        return try await req.render { EventManagePage.page($0, model) }
    }

    func update(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        let form = EventForm(form: req)
        do {
            try await req.events.update(event.id!, try form.input())
            req.flash(.success, .eventSavedFlash)
            return req.redirect(to: .staffEvent(.value(event.id!)))
        } catch let failure as ValidationFailure {
            // The failed edit left the stored event as it was; show that event with what was typed.
            let fresh = try await req.find(Event.self, "eventID")
            let model = try await EventManagePage.query(on: req.db, event: fresh, form: form, errors: Self.formErrors(failure.errors))
            return try await req.render { EventManagePage.page($0, model, status: .unprocessableEntity) }
        }
    }

    func cancel(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        guard req.isConfirmed || event.status == .cancelled else {
            let registered = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!)
                .filter(\.$status != .cancelled).count()
            return try await req.confirmFirst { ctx in
                Confirmation(heading: ctx.t(.confirmCancelEventHeading, ["event": event.title(in: ctx.language)]),
                             consequences: [ctx.t(.confirmCancelEventConsequence, ["count": "\(registered)"]), ctx.t(.confirmCancelEventFeeds)],
                             confirm: ctx.t(.confirmCancelEventButton), back: SiteURL.staffEvent(.value(event.id!)).path)
            }
        }
        try await req.events.cancel(event.id!)
        req.flash(.success, .eventCancelledFlash)
        return req.redirect(to: .staffEvent(.value(event.id!)))
    }

    // MARK: At the door

    func checkInList(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        let search = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let model = try await CheckInPage.query(on: req.db, event: event, search: search)
        return try await req.render { CheckInPage.page($0, model) }
    }

    /// Marks one confirmed registrant as arrived, or undoes it.
    func checkIn(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        guard let id = UUID(uuidString: req.formValue("registration")),
              let registration = try await EventRegistration.query(on: req.db).filter(\.$id == id).filter(\.$event.$id == event.id!).first(),
              registration.status == .confirmed
        else { throw Abort(.notFound) }
        let arrived = req.formValue("arrived") == "yes"
        try await req.events.checkIn(registration, of: event, arrived: arrived)
        req.flash(.success, arrived ? .eventCheckedInFlash : .eventCheckInUndoneFlash, ["name": registration.name])
        let search = req.formValue("q")
        return req.redirect(to: SiteURL.staffEventCheckIn(.value(event.id!)).path(query: ["q": search]))
    }

    // MARK: Export, message, materials

    func export(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        return Response.csv(try await req.events.registrantRows(of: event), filename: "registrants.csv")
    }

    /// Emails everyone confirmed (and, when asked, the waitlist); a form that fails shows again.
    func message(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        do {
            let count = try await req.events.message(event, subject: req.formValue("subject"), body: req.formValue("body"),
                                                       includeWaitlist: req.formValue("waitlist") == "on")
            req.flash(.success, .eventMessageSentFlash, ["count": "\(count)"])
            return req.redirect(to: .staffEvent(.value(event.id!)))
        } catch let failure as ValidationFailure {
            var model = try await EventManagePage.query(on: req.db, event: event, form: try await savedForm(req, event))
            model.messageErrors = failure.errors
            (model.messageSubject, model.messageBody) = EventService.messageText(subject: req.formValue("subject"),
                                                                                 body: req.formValue("body"))
            return try await req.render { EventManagePage.page($0, model, status: .unprocessableEntity) }
        }
    }

    /// Adds a recording, slides or a link (https only), or removes one.
    func materials(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        if let id = UUID(uuidString: req.formValue("remove")) {
            try await req.events.removeMaterial(id, from: event)
            return req.redirect(to: .staffEvent(.value(event.id!)))
        }
        do {
            try await req.events.addMaterial(to: event, kind: req.formValue("materialKind"), title: req.formValue("materialTitle"),
                                               titleEs: req.formValue("materialTitleEs"), url: req.formValue("materialURL"))
            req.flash(.success, .eventMaterialAddedFlash)
            return req.redirect(to: .staffEvent(.value(event.id!)))
        } catch let failure as ValidationFailure {
            var model = try await EventManagePage.query(on: req.db, event: event, form: try await savedForm(req, event))
            model.materialErrors = failure.errors
            return try await req.render { EventManagePage.page($0, model, status: .unprocessableEntity) }
        }
    }
}
