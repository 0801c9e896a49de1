// Registration with capacity and a waitlist. One event's registrations change one at a time:
// in this process an async lock per event, and on PostgreSQL a row lock on the event as well
// (several processes). So capacity is never exceeded, no registration is lost, the waitlist is
// promoted in order in the same transaction as the cancellation that frees the seat, and each
// change writes its email to the outbox in that transaction.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

struct EventRegistrations {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor
    let lock: KeyedLock
    let batcher: RegistrationBatcher

    enum Failure: Error, Equatable {
        case invalid(field: String, L10n)
        case closed
        case cancelledEvent
        case alreadyRegistered
        case notForYou
        case alreadyCancelled
    }

    /// Registers `name` / `email` (and the account, when signed in). Returns the registration,
    /// confirmed or waitlisted.
    func register(_ event: Event, name rawName: String, email rawEmail: String, user: User?, roles: Set<Role>, access: EventAccess? = nil,
                  answers rawAnswers: [String: String] = [:], wantsReminders: Bool = true, language: Language? = nil,
                  now: Date = Date()) async throws -> EventRegistration {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        errors.checkName(name)
        let address = errors.checkEmail(rawEmail)
        if let found = PrivacyGuard.scan(name) { errors.add("name", found.message) }
        var answers: [String: String] = [:]
        do { answers = try EventQuestion.clean(rawAnswers, for: event.questions) } catch {
            errors.add(error.field, error.message)
        }
        for (id, value) in answers { if let found = PrivacyGuard.scan(value) { errors.add(EventQuestion.field(id), found.message) } }
        if let (field,
                message) = errors.messagesByField.sorted(by: { $0.key < $1.key }).first { throw Failure.invalid(field: field, message) }
        guard event.status == .scheduled else { throw Failure.cancelledEvent }
        if let opens = event.registrationOpensAt, now < opens { throw Failure.closed }
        if now >= (event.registrationClosesAt ?? event.startsAt) { throw Failure.closed }
        // Callers that read the group seats pass the access; without it only whole audiences pass.
        guard (access ?? EventAccess(signedIn: user != nil, roles: roles)).allows(event) else { throw Failure.notForYou }
        // Everything that does not depend on the seat is prepared here, in parallel, before the
        // lock: the row's token and both possible emails (confirmed or waitlisted).
        let draft = EventRegistration()
        draft.name = name
        draft.email = address!.value.lowercased()
        draft.token = Secret.make()
        draft.$user.id = user?.id
        let mail = EventMail(config: config)
        // The page's language for visitors; members' own choice otherwise.
        let language = user?.language ?? language ?? config.defaultLanguage
        draft.languageCode = language.rawValue
        draft.status = .confirmed
        let confirmedMail = mail.compose(.confirmed, draft, event, language: language).map(Outbox.Draft.init)
        draft.status = .waitlisted
        let waitlistedMail = mail.compose(.waitlisted, draft, event, language: language).map(Outbox.Draft.init)
        let item = RegistrationBatcher.Item(name: name, email: draft.email, userID: user?.id, actor: actor, token: draft.token,
                                            confirmedMail: confirmedMail, waitlistedMail: waitlistedMail, eventSequence: event.sequence,
                                            answers: answers, wantsReminders: wantsReminders, language: language)
        let eventID = event.id!
        let deadline = Double(config.databaseWaitSeconds * 2)
        return try await batcher.submit(item, to: eventID) { take in
            // Whoever holds the event's lock writes every registration waiting for it, in arrival
            // order, in one transaction: one commit for many people instead of one each.
            // Bounded: the lock must never wait on a query that will not answer (Deadline.swift).
            try await lock.withLock(eventID) {
                let batch = await take()
                return try await Deadline.run(seconds: deadline) { try await write(batch, eventID: eventID) }
            }
        }
    }

    /// Writes one batch. Each person gets their own answer: a registration, or why not. When the
    /// batch's transaction fails for a reason that is not the database being unavailable, each
    /// person is written again alone, so one member's error never fails the rest of the batch.
    private func write(_ batch: [RegistrationBatcher.Item], eventID: UUID) async throws -> [Result<EventRegistration, any Error>] {
        do {
            return try await writeTogether(batch, eventID: eventID)
        } catch where batch.count > 1 && !DatabaseUnavailable.matches(error) {
            var results = [Result<EventRegistration, any Error>]()
            for item in batch {
                do { results += try await writeTogether([item], eventID: eventID) } catch { results.append(.failure(error)) }
            }
            return results
        }
    }

    private func writeTogether(_ batch: [RegistrationBatcher.Item], eventID: UUID) async throws -> [Result<EventRegistration, any Error>] {
        guard !batch.isEmpty else { return [] }
        return try await db.transaction { db in
            guard let event = try await Event.find(eventID, on: db) else { throw Abort(.notFound) }
            try await db.lockRow(in: Event.schema, id: event.id!)
            guard event.status == .scheduled else { return batch.map { _ in .failure(Failure.cancelledEvent) } }
            var confirmed = try await confirmedCount(event, on: db)
            var queue = try await nextQueueNumber(event, on: db) - 1
            let existing = try await EventRegistration.query(on: db).filter(\.$event.$id == eventID)
                .filter(\.$email ~~ Array(Set(batch.map(\.email)))).all()
            var byEmail = Dictionary(existing.map { ($0.email, $0) }, uniquingKeysWith: { a, _ in a })
            var results = [Result<EventRegistration, any Error>]()
            var newRows = [EventRegistration](), audits = [Audit.Entry](), mails = [Outbox.Draft]()
            let now = Date()
            for item in batch {
                if let row = byEmail[item.email], row.status != .cancelled {
                    results.append(.failure(Failure.alreadyRegistered))
                    continue
                }
                let reused = byEmail[item.email]
                let registration = reused ?? EventRegistration()
                registration.$event.id = eventID
                registration.$user.id = item.userID ?? registration.$user.id
                registration.name = item.name
                registration.email = item.email
                queue += 1
                registration.queueNumber = queue
                registration.token = item.token
                registration.promotedAt = nil
                registration.answers = item.answers
                registration.wantsReminders = item.wantsReminders
                registration.remindedAt = nil
                registration.checkedInAt = nil
                registration.languageCode = item.language.rawValue
                registration.status = event.capacity.map { confirmed < $0 } ?? true ? .confirmed : .waitlisted
                if registration.status == .confirmed { confirmed += 1 }
                if reused != nil {
                    try await registration.save(on: db) // someone who cancelled comes back: their row again
                } else {
                    registration.id = UUID()
                    registration.createdAt = now
                    registration.updatedAt = now
                    newRows.append(registration)
                }
                byEmail[item.email] = registration
                audits.append(.init(action: .eventRegister, entityType: .eventRegistration, entityID: registration.id!.uuidString,
                                    summary: "\(item.email) \(registration.status.rawValue) for \(event.title)", actor: item.actor))
                // The event may have changed since the emails were drafted; then draft again.
                let drafted = registration.status == .confirmed ? item.confirmedMail : item.waitlistedMail
                if let drafted, event.sequence == item.eventSequence {
                    mails.append(drafted)
                } else if let message = EventMail(config: config).compose(registration.status == .confirmed ? .confirmed : .waitlisted,
                                                                          registration, event,
                                                                            language: item.language) {
                    mails.append(Outbox.Draft(message))
                }
                results.append(.success(registration))
            }
            try await insert(newRows, on: db)
            try await Audit.record(audits, on: db)
            try await Outbox.enqueue(mails, on: db)
            return results
        }
    }

    /// New registrations as multi-row INSERTs: a batch can hold hundreds, and a model save each
    /// spent more time in Fluent's reflection than in SQLite.
    private func insert(_ rows: [EventRegistration], on db: any Database) async throws {
        for chunk in rows.chunked(into: 200) {
            var insert = db.sql.insert(into: EventRegistration.schema)
                .columns("id", "event_id", "user_id", "name", "email", "status", "queue_number", "token", "answers",
                         "wants_reminders", "language", "created_at", "updated_at")
            for row in chunk {
                insert = insert.values(SQLBind(row.id!), SQLBind(row.$event.id), SQLBind(row.$user.id), SQLBind(row.name),
                                       SQLBind(row.email),
                                       SQLBind(row.status.rawValue), SQLBind(row.queueNumber), SQLBind(row.token), SQLBind(row.answersJSON),
                                       SQLBind(row.wantsReminders), SQLBind(row.languageCode), SQLBind(row.createdAt!), SQLBind(row.updatedAt!))
            }
            try await insert.run()
        }
        for row in rows { row.$id.exists = true }
    }

    /// The person cancels (or staff cancel for them). A freed seat goes to the first in line.
    func cancel(_ registration: EventRegistration) async throws {
        let eventID = registration.$event.id
        try await lock.withLock(eventID) {
            try await db.transaction { db in
                guard let event = try await Event.find(eventID, on: db),
                      let fresh = try await EventRegistration.find(registration.id, on: db) else { throw Abort(.notFound) }
                try await db.lockRow(in: Event.schema, id: event.id!)
                guard fresh.status != .cancelled else { throw Failure.alreadyCancelled }
                let freedSeat = fresh.status == .confirmed
                fresh.status = .cancelled
                try await fresh.save(on: db)
                registration.status = .cancelled
                try await Audit.record(.eventCancelRegistration, entityType: .eventRegistration, entityID: fresh.id!.uuidString,
                                       summary: "\(fresh.email) for \(event.title)", by: actor, on: db)
                try await EventMail(config: config).send(.cancelled, fresh, event, on: db)
                if freedSeat, event.status == .scheduled, let next = try await EventRegistration.query(on: db)
                    .filter(\.$event.$id == eventID).filter(\.$status == .waitlisted).sort(\.$queueNumber).first() {
                    next.status = .confirmed
                    next.promotedAt = Date()
                    try await next.save(on: db)
                    try await Audit.record(.eventPromote, entityType: .eventRegistration, entityID: next.id!.uuidString,
                                           summary: "\(next.email) from the waitlist for \(event.title)", by: actor, on: db)
                    try await EventMail(config: config).send(.promoted, next, event, on: db)
                }
            }
        }
    }

    private func confirmedCount(_ event: Event, on db: any Database) async throws -> Int {
        try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed).count()
    }

    private func nextQueueNumber(_ event: Event, on db: any Database) async throws -> Int {
        (try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).max(\.$queueNumber) ?? 0) + 1
    }
}

/// Registrations waiting to be written, per event. Each caller adds theirs, then writes the
/// whole queue if it is still there when the caller gets the lock; either way it waits for its own answer.
actor RegistrationBatcher {
    struct Item: Sendable {
        let name: String
        let email: String
        let userID: UUID?
        let actor: AuditActor
        let token: String
        let confirmedMail: Outbox.Draft?
        let waitlistedMail: Outbox.Draft?
        var eventSequence = 0
        var answers: [String: String] = [:]
        var wantsReminders = true
        var language = Language.en
    }

    typealias Answer = CheckedContinuation<EventRegistration, any Error>
    typealias Writer = @Sendable (_ take: @Sendable () async -> [Item]) async throws -> [Result<EventRegistration, any Error>]

    private var waiting: [UUID: [(Item, Answer)]] = [:]
    private var inFlight: [UUID: [Answer]] = [:]
    static let largestBatch = 500

    func submit(_ item: Item, to eventID: UUID, write: @escaping Writer) async throws -> EventRegistration {
        try await withCheckedThrowingContinuation { continuation in
            waiting[eventID, default: []].append((item, continuation))
            Task { await self.drain(eventID, write) }
        }
    }

    /// Called once the lock is held: everything waiting now (up to a batch) is this writer's.
    private func take(_ eventID: UUID, as batchID: UUID) -> [Item] {
        let all = waiting[eventID] ?? []
        let batch = Array(all.prefix(Self.largestBatch))
        waiting[eventID] = all.count > batch.count ? Array(all.dropFirst(batch.count)) : nil
        inFlight[batchID] = batch.map(\.1)
        return batch.map(\.0)
    }

    private func drain(_ eventID: UUID, _ write: Writer) async {
        let batchID = UUID()
        do {
            let results = try await write { await self.take(eventID, as: batchID) }
            for (answer, result) in zip(inFlight.removeValue(forKey: batchID) ?? [], results) { answer.resume(with: result) }
        } catch {
            for answer in inFlight.removeValue(forKey: batchID) ?? [] { answer.resume(throwing: error) }
        }
    }
}

extension Application {
    private struct RegistrationLockKey: StorageKey { typealias Value = KeyedLock }
    private struct RegistrationBatcherKey: StorageKey { typealias Value = RegistrationBatcher }

    var registrationBatcher: RegistrationBatcher {
        get { storage[RegistrationBatcherKey.self]! }
        set { storage[RegistrationBatcherKey.self] = newValue }
    }

    /// Created in `configure`, before any request can race to create it.
    var registrationLock: KeyedLock {
        get { storage[RegistrationLockKey.self]! }
        set { storage[RegistrationLockKey.self] = newValue }
    }
}

extension Request {
    var eventRegistrations: EventRegistrations {
        EventRegistrations(db: db, config: config, actor: auditActor, lock: application.registrationLock,
                           batcher: application.registrationBatcher)
    }
}

extension Application {
    /// For commands (the demo) and tests: the same locks and batcher as requests, acting as the system.
    var eventRegistrations: EventRegistrations {
        EventRegistrations(db: db, config: config, actor: .system, lock: registrationLock, batcher: registrationBatcher)
    }
}

extension EventQuestion {
    /// The form field of a question's answer.
    static func field(_ id: String) -> String { "answer_\(id)" }
}

extension EventQuestion.AnswerProblem {
    var field: String {
        switch self { case .required(let id), .notAChoice(let id), .tooLong(let id): EventQuestion.field(id) }
    }

    var message: L10n {
        switch self {
        case .required: .fieldRequired
        case .notAChoice: .eventAnswerNotAChoice
        case .tooLong: .textTooLong
        }
    }
}

extension EventRegistrations {
    /// Everything `user` registered for, newest event first.
    static func all(of user: User, on db: any Database) async throws -> [EventRegistration] {
        try await EventRegistration.query(on: db).with(\.$event).group(.or) { either in
            either.filter(\.$user.$id == user.id!)
            if user.isEmailVerified { either.filter(\.$email == user.email.lowercased()) }
        }.all().sorted { $0.event.startsAt > $1.event.startsAt }
    }
}
