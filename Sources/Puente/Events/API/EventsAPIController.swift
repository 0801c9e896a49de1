// `/api/v1/events`: the events the caller may see, staff creating events, and registration
// (no token needed for public events). Its paths and shapes are stable contracts other systems rely on: add, never rename.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct EventDTO: Content {
    let id: UUID
    let title: String
    let kind: String
    let start: Date
    let end: Date
    let timeZone: String
    let capacity: Int?
    let place: String?
    let audience: String
    let status: String
    let seatsLeft: Int?
    let seriesID: UUID?
    let reminderMinutes: Int?
    let questions: [EventQuestion]
    let translations: [String: EventTranslation]
    let registrationOpensAt: Date?
    let registrationClosesAt: Date?

    init(_ event: Event, confirmed: Int) {
        id = event.id!
        title = event.title
        kind = event.kind.rawValue
        start = event.startsAt
        end = event.endsAt
        timeZone = event.timeZone
        capacity = event.capacity
        place = event.place
        audience = event.audience.rawValue
        status = event.status.rawValue
        seatsLeft = event.capacity.map { max(0, $0 - confirmed) }
        seriesID = event.$series.id
        reminderMinutes = event.reminderMinutes
        questions = event.questions
        translations = event.translations
        registrationOpensAt = event.registrationOpensAt
        registrationClosesAt = event.registrationClosesAt
    }

    /// Every key is written, absent values as null: `capacity` is required by the contract, and
    /// "no limit" is `null`, not a missing key.
    func encode(to encoder: any Encoder) throws {
        var out = encoder.container(keyedBy: CodingKeys.self)
        try out.encode(id, forKey: .id)
        try out.encode(title, forKey: .title)
        try out.encode(kind, forKey: .kind)
        try out.encode(start, forKey: .start)
        try out.encode(end, forKey: .end)
        try out.encode(timeZone, forKey: .timeZone)
        try out.encode(capacity, forKey: .capacity)
        try out.encode(place, forKey: .place)
        try out.encode(audience, forKey: .audience)
        try out.encode(status, forKey: .status)
        try out.encode(seatsLeft, forKey: .seatsLeft)
        try out.encode(seriesID, forKey: .seriesID)
        try out.encode(reminderMinutes, forKey: .reminderMinutes)
        try out.encode(questions, forKey: .questions)
        try out.encode(translations, forKey: .translations)
        try out.encode(registrationOpensAt, forKey: .registrationOpensAt)
        try out.encode(registrationClosesAt, forKey: .registrationClosesAt)
    }
}

/// What staff read of one event: the list's shape plus every other field `PUT` takes.
struct StaffEventDTO: Encodable {
    let event: EventDTO
    let description: String
    let onlineLink: String?
    let sequence: Int
    let seriesTitle: String?
    let seriesTitleEs: String?

    init(_ event: Event, confirmed: Int, series: EventSeries?) {
        self.event = EventDTO(event, confirmed: confirmed)
        description = event.description
        onlineLink = event.onlineLink
        sequence = event.sequence
        seriesTitle = series?.title
        seriesTitleEs = series?.titleEs
    }

    enum CodingKeys: String, CodingKey { case description, onlineLink, sequence, seriesTitle, seriesTitleEs }

    func encode(to encoder: any Encoder) throws {
        try event.encode(to: encoder)
        var out = encoder.container(keyedBy: CodingKeys.self)
        try out.encode(description, forKey: .description)
        try out.encode(onlineLink, forKey: .onlineLink)
        try out.encode(sequence, forKey: .sequence)
        try out.encode(seriesTitle, forKey: .seriesTitle)
        try out.encode(seriesTitleEs, forKey: .seriesTitleEs)
    }
}

struct EventInput: Content {
    var title: String
    var description: String?
    var kind: String?
    var start: Date
    var end: Date
    var timeZone: String
    var place: String?
    var onlineLink: String?
    var audience: String?
    /// The slug of the coalition group whose meeting this is; audiences `representatives` and
    /// `group` need one.
    var group: String?
    var capacity: Int?
    var registrationClosesAt: Date?
    /// Nil: open from now.
    var registrationOpensAt: Date?
    /// The title and description in other languages, by language code (`es`).
    var translations: [String: EventTranslation]?
    /// Extra questions on the registration form (at most six).
    var questions: [EventQuestion]?
    /// Minutes before the start to remind confirmed registrants (at most a week); nil or 0: no reminder.
    var reminderMinutes: Int?
    /// Puts the event in a series of separate events (a webinar series) with this title, made if new.
    var seriesTitle: String?
    /// The series' title in Spanish; kept when absent.
    var seriesTitleEs: String?
}

struct EventsAPIController: RouteCollection {
    struct RegistrationRequest: Content {
        let name: String?
        let email: String?
        /// Answers to the event's questions, by question id.
        let answers: [String: String]?
        /// Email a reminder before the event (when it has one); true unless false.
        let reminders: Bool?
        /// `en` or `es`: the language of the emails (a member's own setting wins).
        let language: String?
    }
    struct RegistrationResponse: Content { let id: UUID; let status: String }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.events.pathComponents, use: list)
        routes.get(APIURL.event(.key).pathComponents, use: read)
        let staff = routes.grouped(Access.permission(.manageEvents))
        staff.post(APIURL.events.pathComponents, use: create)
        staff.put(APIURL.event(.key).pathComponents, use: update)
        staff.post(APIURL.eventCancel(.key).pathComponents, use: cancel)
        staff.get(APIURL.eventRegistrations(.key).pathComponents, use: registrants)
        staff.post(APIURL.eventSeries.pathComponents, use: createSeries)
        routes.post(APIURL.eventRegistrations(.key).pathComponents, use: register)
    }

    func list(req: Request) async throws -> Response {
        let events = try await try await req.eventAccess().restrict(Event.query(on: req.db)).filter(\.$endsAt >= Date())
            .sort(\.$startsAt).limit(500).all()
        // Seats taken, counted by the database per event rather than by loading every registration.
        let counts = try await EventCounts.load(events.compactMap(\.id), on: req.db)
        return try Response.json(events.map { EventDTO($0, confirmed: counts.confirmed[$0.id!] ?? 0) })
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(EventInput.self)
        let user = try req.requireUser()
        let event = try await req.events.create(input, organizer: user)
        return try Response.json(EventDTO(event, confirmed: 0), status: .created)
    }

    struct SeriesResponse: Content { let id: UUID; let rrule: String?; let events: [EventDTO] }

    func createSeries(req: Request) async throws -> Response {
        let input = try req.content.decode(SeriesInput.self)
        let (series, events) = try await req.events.createSeries(input, organizer: try req.requireUser())
        return try Response.json(SeriesResponse(id: series.id!, rrule: series.rrule, events: events.map { EventDTO($0, confirmed: 0) }),
                                 status: .created)
    }

    func update(req: Request) async throws -> Response {
        let id = try await req.find(Event.self, "eventID").id!
        let input = try req.content.decode(EventInput.self)
        // Nothing after the commit may fail: a 503 for a saved edit would make a client edit again.
        let event = try await req.events.update(id, input)
        return try Response.json(EventDTO(event, confirmed: event.confirmedCount ?? 0))
    }

    /// One event. Staff get every field `PUT` takes (description, join link, …), so a client can
    /// read, edit and write back without wiping what it did not see; others get the list's shape,
    /// for events they may see, and 404 for the rest.
    func read(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        let confirmed = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed).count()
        if PermissionGate.allows(try await req.roles(), .manageEvents) {
            let series = try await event.$series.get(on: req.db)
            return try Response.json(StaffEventDTO(event, confirmed: confirmed, series: series))
        }
        guard try await req.eventAccess().allows(event) else { throw Abort(.notFound) }
        return try Response.json(EventDTO(event, confirmed: confirmed))
    }

    func cancel(req: Request) async throws -> Response {
        let id = try await req.find(Event.self, "eventID").id!
        let event = try await req.events.cancel(id)
        return try Response.json(EventDTO(event, confirmed: 0))
    }

    struct RegistrantDTO: Content {
        let id: UUID
        let name: String
        let email: String
        let status: String
        let queueNumber: Int
        let answers: [String: String]
        let checkedInAt: Date?
        let registeredAt: Date?
    }

    /// Staff: everyone registered, confirmed first, then the waitlist in order, then cancelled. Audited.
    func registrants(req: Request) async throws -> Response {
        let event = try await req.find(Event.self, "eventID")
        let rows = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!).sort(\.$status).sort(\.$queueNumber).all()
        try await Audit.record(.eventRegistrantsRead, entityType: .event, entityID: event.id!.uuidString,
                               summary: "\(rows.count) registrations of \(event.title) by API", by: req.auditActor, on: req.db)
        return try Response.json(rows.map {
            RegistrantDTO(id: $0.id!, name: $0.name, email: $0.email, status: $0.status.rawValue, queueNumber: $0.queueNumber,
                          answers: $0.answers, checkedInAt: $0.checkedInAt, registeredAt: $0.createdAt)
        })
    }

    func register(req: Request) async throws -> Response {
        try await req.checkEventRegistrationRate()
        guard let id = req.parameters.get("eventID", as: UUID.self), let event = try await Event.find(id, on: req.db) else { throw Abort(.notFound) }
        // Events people may not see are not found, rather than forbidden: a member learns nothing
        // of a representatives-only meeting, not even its questions.
        guard try await req.eventAccess().allows(event) else { throw Abort(.notFound) }
        let body = try req.content.decode(RegistrationRequest.self)
        if let code = body.language, Language(rawValue: code) == nil {
            var errors = FormErrors()
            errors.add("language", .eventLanguageInvalid)
            throw ValidationFailure(errors: errors)
        }
        let user = req.currentUser
        let roles = try await req.roles()
        do {
            let registration = try await req.eventRegistrations.register(event, name: body.name ?? user?.name ?? "",
                                                                         email: body.email ?? user?.email ?? "",
                                                                         user: user, roles: roles, access: try await req.eventAccess(),
                                                                         answers: body.answers ?? [:],
                                                                         wantsReminders: body.reminders ?? true, language: body.language.flatMap(Language.init(rawValue:)))
            return try Response.json(RegistrationResponse(id: registration.id!, status: registration.status.rawValue), status: .created)
        } catch let failure as EventRegistrations.Failure {
            throw failure.apiError
        }
    }
}

extension EventRegistrations.Failure {
    var message: L10n {
        switch self {
        case .invalid(_, let message): message
        case .closed: .eventRegistrationClosed
        case .cancelledEvent: .eventCancelled
        case .alreadyRegistered: .eventAlreadyRegistered
        case .notForYou: .eventNotForYou
        case .alreadyCancelled: .eventRegistrationAlreadyCancelled
        }
    }

    /// As problem+json: 422 for the fields, 409 for the state of things, 403 for the audience.
    var apiError: any Error {
        switch self {
        case .invalid(let field, let message):
            var errors = FormErrors()
            errors.add(field, message)
            return ValidationFailure(errors: errors)
        case .notForYou: return Abort(.forbidden, reason: message.text(.en))
        default: return Abort(.conflict, reason: message.text(.en))
        }
    }
}
