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

    private func service(_ req: Request) -> EventService {
        EventService(db: req.db, config: req.config, actor: req.auditActor)
    }

    /// The edit form showing the event as saved.
    private func savedForm(_ req: Request, _ event: Event) async throws -> EventForm {
        EventForm(event, series: try await event.$series.get(on: req.db))
    }

    // MARK: List, create

    func list(req: Request) async throws -> Response {
        let model = try await StaffEventListPage.query(on: req.db, past: req.query[String.self, at: "when"] == "past")
        return try await req.render { StaffEventListPage.page($0, model) }
    }

    func newEvent(req: Request) async throws -> Response {
        try await req.render { EventFormPage.page($0, EventForm(), errors: .init(), action: SiteURL.staffEventNew.path, creating: true) }
    }

    func create(req: Request) async throws -> Response {
        let form = EventForm(form: req)
        do {
            let input = try form.input()
            let rule = try form.recurrenceRule()
            let user = try req.requireUser()
            guard let rule else {
                let event = try await service(req).create(input, organizer: user)
                req.flash(.success, req.t(.eventSavedFlash))
                return req.redirect(to: .staffEvent(.value(event.id!)))
            }
            let (_, events) = try await service(req).createSeries(SeriesInput(event: input, rrule: rule), organizer: user)
            req.flash(.success, req.t(.eventSeriesSavedFlash, ["count": "\(events.count)"]))
            return req.redirect(to: .staffEvents)
        } catch let failure as ValidationFailure {
            return try await req.render {
                EventFormPage.page($0, form, errors: Self.formErrors(failure.errors), action: SiteURL.staffEventNew.path, creating: true,
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
            try await service(req).update(event.id!, try form.input())
            req.flash(.success, req.t(.eventSavedFlash))
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
        try await service(req).cancel(event.id!)
        req.flash(.success, req.t(.eventCancelledFlash))
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
        try await req.db.transaction { db in
            registration.checkedInAt = arrived ? Date() : nil
            try await registration.save(on: db)
            try await Audit.record(arrived ? .eventCheckIn : .eventCheckInUndo, entityType: .eventRegistration,
                                   entityID: registration.id!.uuidString, summary: "\(registration.email) at \(event.title)",
                                   by: req.auditActor, on: db)
        }
        req.flash(.success, req.t(arrived ? .eventCheckedInFlash : .eventCheckInUndoneFlash, ["name": registration.name]))
        let search = req.formValue("q")
        return req.redirect(to: SiteURL.staffEventCheckIn(.value(event.id!)).path(query: ["q": search]))
    }

    // MARK: Export, message, materials

    func export(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        let registrations = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!)
            .sort(\.$status).sort(\.$queueNumber).all()
        let questions = event.questions
        let stamp = { (date: Date?) in date.map { ISO8601DateFormatter().string(from: $0) } ?? "" }
        var rows = [["name", "email", "status", "queue_number", "registered_at", "promoted_at", "checked_in_at",
                     "reminders"] + questions.map(\.prompt)]
        for registration in registrations {
            let answers = registration.answers
            rows.append([registration.name, registration.email, registration.status.rawValue, String(registration.queueNumber),
                         stamp(registration.createdAt), stamp(registration.promotedAt), stamp(registration.checkedInAt),
                         registration.wantsReminders ? "yes" : "no"] + questions.map { answers[$0.id] ?? "" })
        }
        try await Audit.record(.eventExport, entityType: .event, entityID: event.id!.uuidString,
                               summary: "exported \(registrations.count) registrations for \(event.title)", by: req.auditActor, on: req.db)
        return Response.csv(rows, filename: "registrants.csv")
    }

    /// Emails everyone confirmed (and, when asked, the waitlist) through the outbox, in one transaction.
    func message(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        let subject = req.formValue("subject").trimmingCharacters(in: .whitespacesAndNewlines)
        let body = req.formValue("body").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let includeWaitlist = req.formValue("waitlist") == "on"
        var errors = FormErrors()
        if subject.isEmpty { errors.add("subject", .fieldRequired) } else if subject.count > 200 { errors.add("subject", .textTooLong) }
        if body.isEmpty { errors.add("body", .fieldRequired) } else if body.count > 10_000 { errors.add("body", .textTooLong) }
        for (field, text) in [("subject", subject), ("body", body)] { if let found = PrivacyGuard.scan(text) { errors.add(field, found.message) } }
        guard errors.isEmpty else {
            var model = try await EventManagePage.query(on: req.db, event: event, form: try await savedForm(req, event))
            model.messageErrors = errors
            model.messageSubject = subject
            model.messageBody = body
            return try await req.render { EventManagePage.page($0, model, status: .unprocessableEntity) }
        }
        let statuses: [EventRegistration.Status] = includeWaitlist ? [.confirmed, .waitlisted] : [.confirmed]
        let count = try await req.db.transaction { db in
            let recipients = try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status ~~ statuses).all()
            for registration in recipients {
                guard let address = EmailAddress(registration.email) else { continue }
                let language = registration.language
                let mail = Mailer(config: req.config).compose(
                    to: Mailbox(address, name: registration.name), language: language,
                    .init(subject: "\(event.title): \(subject)", paragraphs: body.components(separatedBy: "\n\n"),
                          link: (L10n.eventEmailManageLink.text(language),
                                 SiteURL.eventRegistration(.value(registration.token)).absolute(req.config)),
                          greetingName: registration.name))
                try await Outbox.enqueue(mail, on: db)
            }
            try await Audit.record(.eventMessage, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "\(recipients.count) recipients: \(subject)", by: req.auditActor, on: db)
            return recipients.count
        }
        req.flash(.success, req.t(.eventMessageSentFlash, ["count": "\(count)"]))
        return req.redirect(to: .staffEvent(.value(event.id!)))
    }

    /// Adds a recording, slides or a link (https only), or removes one.
    func materials(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        if let id = UUID(uuidString: req.formValue("remove")) {
            guard let material = try await EventMaterial.query(on: req.db).filter(\.$id == id).filter(\.$event.$id == event.id!).first()
            else { throw Abort(.notFound) }
            try await req.db.transaction { db in
                try await material.delete(on: db)
                try await Audit.record(.eventMaterialRemove, entityType: .event, entityID: event.id!.uuidString,
                                       summary: material.title, by: req.auditActor, on: db)
            }
            return req.redirect(to: .staffEvent(.value(event.id!)))
        }
        let title = req.formValue("materialTitle").trimmingCharacters(in: .whitespacesAndNewlines)
        let url = req.formValue("materialURL").trimmingCharacters(in: .whitespaces)
        var errors = FormErrors()
        let kind = EventMaterial.Kind(rawValue: req.formValue("materialKind"))
        if kind == nil { errors.add("materialKind", .eventQuestionsInvalid) }
        if title.isEmpty { errors.add("materialTitle", .fieldRequired) } else if title.count > 200 { errors.add("materialTitle", .textTooLong) }
        if let found = PrivacyGuard.scan(title) { errors.add("materialTitle", found.message) }
        if !(url.hasPrefix("https://") && URL(string: url)?.host != nil && url.count <= 2000) { errors.add("materialURL", .trainingLinkInvalid) }
        guard errors.isEmpty, let kind else {
            var model = try await EventManagePage.query(on: req.db, event: event, form: try await savedForm(req, event))
            model.materialErrors = errors
            return try await req.render { EventManagePage.page($0, model, status: .unprocessableEntity) }
        }
        try await req.db.transaction { db in
            let material = EventMaterial()
            material.$event.id = event.id!
            material.kind = kind
            material.title = title
            material.url = url
            try await material.create(on: db)
            try await Audit.record(.eventMaterialAdd, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "\(kind.rawValue): \(title)", by: req.auditActor, on: db)
        }
        req.flash(.success, req.t(.eventMaterialAddedFlash))
        return req.redirect(to: .staffEvent(.value(event.id!)))
    }
}

/// Confirmed and waitlisted counts per event, counted by the database.
struct EventCounts {
    var confirmed: [UUID: Int] = [:]
    var waitlisted: [UUID: Int] = [:]

    static func load(_ ids: [UUID], on db: any Database) async throws -> EventCounts {
        var counts = EventCounts()
        guard !ids.isEmpty else { return counts }
        struct Row: Decodable { let event_id: UUID; let status: String; let count: Int }
        let rows = try await db.sql.select().column("event_id").column("status").column(SQLFunction("COUNT", args: SQLLiteral.all),
                                                                                        as: "count")
            .from(EventRegistration.schema).where("event_id", .in, ids).groupBy("event_id").groupBy("status").all(decoding: Row.self)
        for row in rows {
            if row.status == EventRegistration.Status.confirmed.rawValue { counts.confirmed[row.event_id] = row.count }
            if row.status == EventRegistration.Status.waitlisted.rawValue { counts.waitlisted[row.event_id] = row.count }
        }
        return counts
    }
}
