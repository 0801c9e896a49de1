// EventService: the people who registered, at the door and in the export.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension EventService {
    /// Marks one confirmed registrant as arrived, or undoes it; audited.
    func checkIn(_ registration: EventRegistration, of event: Event, arrived: Bool) async throws {
        try await db.transaction { db in
            registration.checkedInAt = arrived ? Date() : nil
            try await registration.save(on: db)
            try await Audit.record(arrived ? .eventCheckIn : .eventCheckInUndo, entityType: .eventRegistration,
                                   entityID: registration.id!.uuidString, summary: "\(registration.email) at \(event.title)",
                                   by: actor, on: db)
        }
    }

    /// Turns reminders on or off for one registration; audited.
    func setReminders(of registration: EventRegistration, _ wants: Bool) async throws {
        try await db.transaction { db in
            registration.wantsReminders = wants
            try await registration.save(on: db)
            try await Audit.record(.eventReminders, entityType: .eventRegistration, entityID: registration.id!.uuidString,
                                   summary: "\(registration.email): reminders \(wants ? "on" : "off")", by: actor, on: db)
        }
    }

    /// A message's subject and body as they are checked and sent (and shown again after a refusal).
    static func messageText(subject: String, body: String) -> (subject: String, body: String) {
        (subject.trimmingCharacters(in: .whitespacesAndNewlines),
         body.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Every registrant as CSV rows (a header, then one row each with the answers); the export is audited.
    func registrantRows(of event: Event) async throws -> [[String]] {
        let registrations = try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!)
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
                               summary: "exported \(registrations.count) registrations for \(event.title)", by: actor, on: db)
        return rows
    }

    /// Emails everyone confirmed (and, when asked, the waitlist) through the outbox, in one
    /// transaction; returns how many. Subject and body are checked first and nothing is sent
    /// when either fails.
    func message(_ event: Event, subject rawSubject: String, body rawBody: String, includeWaitlist: Bool) async throws -> Int {
        let (subject, body) = Self.messageText(subject: rawSubject, body: rawBody)
        var errors = FormErrors()
        if subject.isEmpty { errors.add("subject", .fieldRequired) } else if subject.count > 200 { errors.add("subject", .textTooLong) }
        if body.isEmpty { errors.add("body", .fieldRequired) } else if body.count > 10_000 { errors.add("body", .textTooLong) }
        for (field, text) in [("subject", subject), ("body", body)] { if let found = PrivacyGuard.scan(text) { errors.add(field, found.message) } }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        let statuses: [EventRegistration.Status] = includeWaitlist ? [.confirmed, .waitlisted] : [.confirmed]
        let config = config
        return try await db.transaction { db in
            let recipients = try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status ~~ statuses).all()
            for registration in recipients {
                guard let address = EmailAddress(registration.email) else { continue }
                let language = registration.language
                let mail = Mailer(config: config).compose(
                    to: Mailbox(address, name: registration.name), language: language,
                    .init(subject: "\(event.title): \(subject)", paragraphs: body.components(separatedBy: "\n\n"),
                          link: (L10n.eventEmailManageLink.text(language), SiteURL.eventRegistration(.value(registration.token)).absolute(config)),
                          greetingName: registration.name, reason: .eventRegistration))
                try await Outbox.enqueue(mail, on: db)
            }
            try await Audit.record(.eventMessage, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "\(recipients.count) recipients: \(subject)", by: actor, on: db)
            return recipients.count
        }
    }
}
