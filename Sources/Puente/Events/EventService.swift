// Creating events, with every field checked on the server.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct EventService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor

    func create(_ input: EventInput, organizer: User, persist: Bool = true) async throws -> Event {
        let event = Event()
        try apply(input, to: event)
        event.groupID = try await group(input, audience: event.audience, on: db)
        event.status = .scheduled
        event.sequence = 0
        event.organizerName = config.programName
        event.organizerEmail = config.contactEmail.value
        guard persist else { return event }
        try await db.transaction { db in
            if let series = try await series(titled: input.seriesTitle, spanish: input.seriesTitleEs, for: event, on: db) { event.$series.id = series.id }
            try await event.create(on: db)
            try await Audit.record(.eventCreate, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "\(event.kind.rawValue): \(event.title), by \(organizer.email)", by: actor, on: db)
        }
        return event
    }

    /// Saves changes, raises SEQUENCE by one, and sends every confirmed registrant the updated
    /// invite. The event is read again under its row lock, inside the transaction: reading it
    /// before the lock let twenty concurrent edits send nine invites under one SEQUENCE.
    /// Returns the event as saved.
    @discardableResult
    func update(_ eventID: UUID, _ input: EventInput) async throws -> Event {
        try await db.transaction { db in
            let event = try await Self.lockedEvent(eventID, on: db)
            guard event.status == .scheduled else { throw Abort(.conflict, reason: "The event is cancelled.") }
            let before = "\(event.startsAt)–\(event.endsAt) \(event.place ?? "")"
            let startBefore = event.startsAt
            try apply(input, to: event)
            event.groupID = try await group(input, audience: event.audience, on: db)
            if event.startsAt != startBefore {
                // A new time deserves a new reminder.
                try await EventRegistration.query(on: db).filter(\.$event.$id == eventID).set(\.$remindedAt, to: nil).update()
            }
            if event.$series.id == nil, let series = try await series(titled: input.seriesTitle, spanish: input.seriesTitleEs, for: event, on: db) {
                event.$series.id = series.id
            } else if let series = try await event.$series.get(on: db), series.rrule == nil,
                      let spanish = input.seriesTitleEs?.trimmingCharacters(in: .whitespacesAndNewlines), !spanish.isEmpty, spanish != series.titleEs {
                series.titleEs = spanish
                try await series.save(on: db)
            }
            event.sequence += 1
            try await event.save(on: db)
            try await Audit.record(.eventUpdate, entityType: .event, entityID: eventID.uuidString,
                                   summary: "\(event.title): was \(before), sequence \(event.sequence)", by: actor, on: db)
            let registrants = try await confirmed(event, on: db)
            for registration in registrants {
                try await EventMail(config: config).send(.updated, registration, event, on: db)
            }
            event.confirmedCount = registrants.count
            return event
        }
    }

    /// Cancels the event: calendars remove it (METHOD:CANCEL), the waitlist is told. Cancelling
    /// twice changes nothing the second time. Returns the event as saved.
    @discardableResult
    func cancel(_ eventID: UUID) async throws -> Event {
        try await db.transaction { db in
            let event = try await Self.lockedEvent(eventID, on: db)
            guard event.status == .scheduled else { return event }
            event.status = .cancelled
            event.sequence += 1
            try await event.save(on: db)
            try await Audit.record(.eventCancel, entityType: .event, entityID: eventID.uuidString,
                                   summary: event.title, by: actor, on: db)
            let everyone = try await EventRegistration.query(on: db).filter(\.$event.$id == eventID).filter(\.$status != .cancelled).all()
            for registration in everyone {
                try await EventMail(config: config).send(.eventCancelled, registration, event, on: db)
            }
            return event
        }
    }

    /// The event as stored now, its row held until the transaction ends.
    private static func lockedEvent(_ id: UUID, on db: any Database) async throws -> Event {
        try await db.lockRow(in: Event.schema, id: id)
        guard let event = try await Event.find(id, on: db) else { throw Abort(.notFound) }
        return event
    }

    private func confirmed(_ event: Event, on db: any Database) async throws -> [EventRegistration] {
        try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed).all()
    }

    /// The coalition group the input names: required for a group audience, and it must exist.
    private func group(_ input: EventInput, audience: Event.Audience, on db: any Database) async throws -> UUID? {
        let slug = (input.group ?? "").trimmingCharacters(in: .whitespaces)
        if slug.isEmpty {
            guard !audience.needsGroup else { throw ValidationFailure(field: "group", .eventGroupRequired) }
            return nil
        }
        guard slug.count <= 80, let group = try await CoalitionGroup.query(on: db).filter(\.$slug == slug).first() else {
            throw ValidationFailure(field: "group", .eventGroupUnknown)
        }
        return group.id
    }

    /// Every field checked on the server; nothing is set unless all are right.
    private func apply(_ input: EventInput, to event: Event) throws {
        var errors = FormErrors()
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let description = (input.description ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors.add("title", .fieldRequired) } else if title.count > 200 { errors.add("title", .textTooLong) }
        if description.count > 5000 { errors.add("description", .textTooLong) }
        for (field, value) in [("title", title), ("description", description), ("place", input.place ?? "")] {
            if let found = PrivacyGuard.scan(value) { errors.add(field, found.message) }
        }
        let kind = Event.Kind(rawValue: input.kind ?? "meeting")
        if kind == nil { errors.add("kind", .eventKindInvalid) }
        let audience = Event.Audience(rawValue: input.audience ?? "public")
        if audience == nil { errors.add("audience", .eventAudienceInvalid) }
        if TimeZone(identifier: input.timeZone) == nil || !TimeZone.knownTimeZoneIdentifiers.contains(input.timeZone) {
            errors.add("timeZone", .eventTimeZoneInvalid)
        }
        if input.end <= input.start { errors.add("end", .eventEndBeforeStart) }
        for (field, date) in [("start", input.start), ("end", input.end), ("registrationClosesAt", input.registrationClosesAt),
                              ("registrationOpensAt", input.registrationOpensAt)] {
            if let date, !EventDates.allowed.contains(date) { errors.add(field, .eventDateOutOfRange) }
        }
        if let capacity = input.capacity, !(1...100_000).contains(capacity) { errors.add("capacity", .trainingCapacityInvalid) }
        if let link = input.onlineLink, !link.isEmpty, !(link.hasPrefix("https://") && URL(string: link)?.host != nil) {
            errors.add("onlineLink", .trainingLinkInvalid)
        }
        if let closes = input.registrationClosesAt, closes > input.start { errors.add("registrationClosesAt", .eventClosesAfterStart) }
        if let opens = input.registrationOpensAt, opens >= (input.registrationClosesAt ?? input.start) {
            errors.add("registrationOpensAt", .eventOpensAfterClose)
        }
        var translations = [String: EventTranslation]()
        for (code, given) in input.translations ?? [:] {
            let text = EventTranslation(title: given.title.trimmingCharacters(in: .whitespacesAndNewlines),
                                        description: given.description.trimmingCharacters(in: .whitespacesAndNewlines))
            guard Language(rawValue: code) != nil else { errors.add("translations", .eventTranslationLanguage); continue }
            if text.title.isEmpty { continue }
            if text.title.count > 200 || text.description.count > 5000 { errors.add("translations", .textTooLong) }
            for value in [text.title, text.description] { if let found = PrivacyGuard.scan(value) { errors.add("translations", found.message) } }
            translations[code] = text
        }
        if let minutes = input.reminderMinutes, !(0...EventReminders.longestLead).contains(minutes) { errors.add("reminderMinutes", .eventReminderInvalid) }
        let questions = input.questions ?? []
        if let problem = EventQuestion.check(questions) { errors.add("questions", problem.message) }
        for question in questions {
            for text in [question.prompt, question.promptEs ?? ""] + question.choices + (question.choicesEs ?? []) { if let found = PrivacyGuard.scan(text) { errors.add("questions", found.message) } }
        }
        if (input.seriesTitle ?? "").count > 200 { errors.add("seriesTitle", .textTooLong) }
        if (input.seriesTitleEs ?? "").count > 200 { errors.add("seriesTitleEs", .textTooLong) }
        for (field, text) in [("seriesTitle", input.seriesTitle), ("seriesTitleEs", input.seriesTitleEs)] {
            if let text, let found = PrivacyGuard.scan(text) { errors.add(field, found.message) }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        event.kind = kind!
        event.title = title
        event.description = description
        event.startsAt = input.start
        event.endsAt = input.end
        event.timeZone = input.timeZone
        event.place = input.place?.isEmpty == false ? input.place : nil
        event.onlineLink = input.onlineLink?.isEmpty == false ? input.onlineLink : nil
        event.audience = audience!
        event.capacity = input.capacity
        event.registrationClosesAt = input.registrationClosesAt
        event.registrationOpensAt = input.registrationOpensAt
        event.translations = translations
        event.questions = questions.map { var question = $0; question.prompt = question.prompt.trimmingCharacters(in: .whitespaces); return question }
        event.reminderMinutes = input.reminderMinutes == 0 ? nil : input.reminderMinutes
    }

    /// The series of separate events named `title`, made when new; nil for no title. A Spanish
    /// title given now is kept (an existing series gains or changes its Spanish; an empty one
    /// leaves it as it was).
    private func series(titled raw: String?, spanish rawSpanish: String?, for event: Event, on db: any Database) async throws -> EventSeries? {
        let title = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let spanish = (rawSpanish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { return nil }
        if let found = try await EventSeries.query(on: db).filter(\.$title == title).filter(\.$rrule == nil).first() {
            if !spanish.isEmpty, spanish != found.titleEs {
                found.titleEs = spanish
                try await found.save(on: db)
            }
            return found
        }
        let series = EventSeries()
        series.title = title
        series.titleEs = spanish.isEmpty ? nil : spanish
        series.rrule = nil
        series.timeZone = event.timeZone
        series.startsAt = event.startsAt
        series.durationMinutes = Int(event.endsAt.timeIntervalSince(event.startsAt) / 60)
        try await series.create(on: db)
        return series
    }
}

/// Event dates a client may set: years 1900 to 2200. The year 0000 or 275760 stored fine but
/// broke every reader that expects an RFC 3339 date-time.
enum EventDates {
    static let allowed: ClosedRange<Date> = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = calendar.date(from: DateComponents(year: 1900, month: 1, day: 1))!
        let last = calendar.date(from: DateComponents(year: 2200, month: 12, day: 31, hour: 23, minute: 59, second: 59))!
        return first...last
    }()
}

extension EventQuestion.Problem {
    var message: L10n {
        switch self {
        case .promptMissing: .eventQuestionPromptMissing
        case .tooLong: .textTooLong
        case .choicesMissing: .eventQuestionChoicesMissing
        case .spanishChoicesMismatch: .eventQuestionChoicesEsMismatch
        case .duplicateID, .tooMany: .eventQuestionsInvalid
        }
    }
}

extension Request {
    var events: EventService { EventService(db: db, config: config, actor: auditActor) }
}
