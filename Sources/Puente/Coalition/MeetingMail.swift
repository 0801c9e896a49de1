// The coalition's emails: a meeting's agenda, its minutes published, a guest's invitation, and
// an action item's reminder. Each in the recipient's language, through the one Mailer frame.

import Fluent
import Foundation
import PuenteCore
import SQLKit

struct MeetingMail {
    let config: AppConfig

    private func compose(_ recipient: MeetingRecipient, subject: String, paragraphs: [String],
                         link: (label: String, url: String)) -> MailMessage? {
        guard let address = EmailAddress(recipient.email) else { return nil }
        return Mailer(config: config).compose(to: Mailbox(address, name: recipient.name), language: recipient.language,
                                              .init(subject: subject, paragraphs: paragraphs, link: link, greetingName: recipient.name,
                                                    reason: .coalition))
    }

    private func when(_ event: Event, _ language: Language) -> String {
        config.dateFormatting.range(event.startsAt, event.endsAt, in: language)
    }

    func agenda(_ event: Event, group: CoalitionGroup, items: [AgendaItem], to recipient: MeetingRecipient) -> MailMessage? {
        let language = recipient.language
        let values = ["group": group.title.text(in: language), "meeting": event.title(in: language), "when": when(event, language)]
        let lines = items.enumerated().map { index, item in
            "\(index + 1). \(item.heading.text(in: language))" + (item.presenter.isEmpty ? "" : " — \(item.presenter)") + " (\(item.minutesAllotted) min)"
                + (item.attachmentURL.map { "\n   \($0)" } ?? "")
        }
        return compose(recipient, subject: L10n.meetingAgendaMailSubject.text(language, values),
                       paragraphs: [L10n.meetingAgendaMailLead.text(language, values), lines.joined(separator: "\n")],
                       link: (L10n.meetingOpen.text(language), SiteURL.meeting(.value(event.id!)).absolute(config)))
    }

    func minutesPublished(_ event: Event, group: CoalitionGroup, to recipient: MeetingRecipient) -> MailMessage? {
        let language = recipient.language
        let values = ["group": group.title.text(in: language), "meeting": event.title(in: language), "when": when(event, language)]
        return compose(recipient, subject: L10n.meetingMinutesMailSubject.text(language, values),
                       paragraphs: [L10n.meetingMinutesMailLead.text(language, values)],
                       link: (L10n.meetingReadMinutes.text(language), SiteURL.meeting(.value(event.id!)).absolute(config)))
    }

    func invitation(_ event: Event, group: CoalitionGroup, to recipient: MeetingRecipient, token: String) -> MailMessage? {
        let language = recipient.language
        let values = ["group": group.title.text(in: language), "meeting": event.title(in: language), "when": when(event, language)]
        return compose(recipient, subject: L10n.meetingInvitationMailSubject.text(language, values),
                       paragraphs: [L10n.meetingInvitationMailLead.text(language, values)],
                       link: (L10n.meetingInvitationRegister.text(language),
                              SiteURL.event(.value(event.id!)).absolute(config, query: ["invitation": token])))
    }

    func actionReminder(_ item: ActionItem, event: Event, to recipient: MeetingRecipient) -> MailMessage? {
        let language = recipient.language
        let values = ["item": item.heading.text(in: language), "due": item.dueOn, "meeting": event.title(in: language)]
        return compose(recipient, subject: L10n.actionItemReminderSubject.text(language, values),
                       paragraphs: [L10n.actionItemReminderLead.text(language, values)],
                       link: (L10n.meetingOpen.text(language), SiteURL.meeting(.value(event.id!)).absolute(config)))
    }
}

/// Reminders to action items' owners three days before they are due, once each, claimed by the
/// UPDATE that sets `reminded_at` in the transaction that queues the email (as event reminders).
enum ActionItemReminders {
    static let interval: TimeInterval = 3600
    static let lead = 3

    @discardableResult
    static func queueDue(on db: any Database, config: AppConfig, now: Date = Date()) async throws -> Int {
        let today = Day(now, in: config.timeZone)
        let horizon = today.adding(days: lead).description
        let due = try await ActionItem.query(on: db).filter(\.$status == .open).filter(\.$remindedAt == nil)
            .filter(\.$dueOn >= today.description).filter(\.$dueOn <= horizon).limit(500).all()
        var queued = 0
        for item in due {
            queued += try await db.transaction { db in
                let claimed = try await db.sql.raw("""
                    UPDATE meeting_action_items SET reminded_at = \(bind: now) WHERE id = \(bind: item.id!) AND reminded_at IS NULL RETURNING id
                    """).all()
                guard !claimed.isEmpty, let event = try await Event.find(item.$event.id, on: db) else { return 0 }
                var people: [User] = []
                if let userID = item.$ownerUser.id, let user = try await User.find(userID, on: db) { people.append(user) }
                if let organizationID = item.$ownerOrganization.id {
                    people += try await OrganizationRepresentative.query(on: db).filter(\.$organization.$id == organizationID).with(\.$user).all()
                        .map(\.user)
                }
                for person in people {
                    let recipient = MeetingRecipient(email: person.email, name: person.name, language: person.language)
                    if let message = MeetingMail(config: config).actionReminder(item, event: event, to: recipient) {
                        try await Outbox.enqueue(message, on: db)
                    }
                }
                return people.count
            }
        }
        return queued
    }
}
