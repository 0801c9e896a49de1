// Reminders a set time before an event (the organizer picks it per event), to confirmed
// registrants who left reminders on. The worker loop calls `queueDue` every minute; each
// reminder is claimed by an UPDATE that sets `reminded_at` in the transaction that queues
// the email, so two workers, or a retry, never send it twice.

import Fluent
import Foundation
import SQLKit

enum EventReminders {
    static let interval: TimeInterval = 60
    /// The longest lead an organizer may pick: a week.
    static let longestLead = 7 * 24 * 60

    /// Queues every reminder that is due now. Returns how many.
    @discardableResult
    static func queueDue(on db: any Database, config: AppConfig, now: Date = Date()) async throws -> Int {
        let soon = try await Event.query(on: db).filter(\.$status == .scheduled).filter(\.$reminderMinutes != nil)
            .filter(\.$startsAt > now).filter(\.$startsAt <= now.addingTimeInterval(TimeInterval(longestLead * 60))).all()
        var queued = 0
        for event in soon where event.startsAt.addingTimeInterval(-TimeInterval(event.reminderMinutes! * 60)) <= now {
            queued += try await db.transaction { db in
                let claimed = try await db.sql.raw("""
                    UPDATE event_registrations SET reminded_at = \(bind: now)
                    WHERE event_id = \(bind: event.id!) AND status = 'confirmed' AND wants_reminders = \(bind: true) AND reminded_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM mail_preferences p WHERE p.email = event_registrations.email AND p.no_bulk = \(bind: true))
                    RETURNING id
                    """).all().map { try $0.decode(column: "id", as: UUID.self) }
                guard !claimed.isEmpty else { return 0 }
                for registration in try await EventRegistration.query(on: db).filter(\.$id ~~ claimed).all() {
                    try await EventMail(config: config).send(.reminder, registration, event, on: db)
                }
                return claimed.count
            }
        }
        return queued
    }
}
