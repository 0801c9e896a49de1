// The emails registration sends: confirmation (join link + calendar invite), waitlist,
// promotion from the waitlist (join link + invite), and cancellation (METHOD:CANCEL).
// Outlook shows the email body in the calendar entry, so the join link is in the body too.

import Fluent
import Foundation
import PuenteCore

struct EventMail {
    let config: AppConfig

    enum Kind { case confirmed, waitlisted, promoted, cancelled, updated, eventCancelled, reminder }

    func send(_ kind: Kind, _ registration: EventRegistration, _ event: Event, on db: any Database) async throws {
        guard let message = compose(kind, registration, event, language: registration.language) else { return }
        try await Outbox.enqueue(message, on: db)
    }

    /// The message alone, so registration can build it before taking the event's lock.
    func compose(_ kind: Kind, _ registration: EventRegistration, _ event: Event, language: Language) -> MailMessage? {
        guard let address = EmailAddress(registration.email) else { return nil }
        let zone = TimeZone(identifier: event.timeZone) ?? config.timeZone
        let when = DateFormatting(timeZone: zone).range(event.startsAt, event.endsAt, in: language)
        let values = ["event": event.title(in: language), "when": when, "program": config.programName]
        let (subject, body): (L10n, L10n) = switch kind {
        case .confirmed: (.eventEmailConfirmedSubject, .eventEmailConfirmedBody)
        case .waitlisted: (.eventEmailWaitlistedSubject, .eventEmailWaitlistedBody)
        case .promoted: (.eventEmailPromotedSubject, .eventEmailPromotedBody)
        case .cancelled: (.eventEmailCancelledSubject, .eventEmailCancelledBody)
        case .updated: (.eventEmailUpdatedSubject, .eventEmailUpdatedBody)
        case .eventCancelled: (.eventEmailEventCancelledSubject, .eventEmailEventCancelledBody)
        case .reminder: (.eventEmailReminderSubject, .eventEmailReminderBody)
        }
        var paragraphs = [body.text(language, values)]
        let seated = kind == .confirmed || kind == .promoted || kind == .updated
        if seated || kind == .reminder, let link = event.onlineLink { paragraphs.append(L10n.eventEmailJoinLink.text(language) + "\n" + link) }
        if seated || kind == .reminder, let place = event.place { paragraphs.append(place) }
        var message = Mailer(config: config).compose(
            to: Mailbox(address, name: registration.name), language: language,
            .init(subject: subject.text(language, values), paragraphs: paragraphs,
                  link: kind == .cancelled || kind == .eventCancelled ? nil : (L10n.eventEmailManageLink.text(language),
                                                                               SiteURL.eventRegistration(.value(registration.token)).absolute(config)),
                  greetingName: registration.name, reason: .eventRegistration))
        // Only people holding a seat have the event in their calendar to update or remove.
        let removing = kind == .cancelled || (kind == .eventCancelled && registration.status == .confirmed)
        if seated || removing {
            let method = removing ? "CANCEL" : "REQUEST"
            let ics = invite(event, for: registration, method: method, language: language)
            message.extraAlternatives.append(MIMELeaf(contentType: "text/calendar; charset=utf-8; method=\(method)", body: ics))
            message.attachments.append(MIMELeaf(contentType: "application/ics", body: ics, filename: "invite.ics"))
        }
        return message
    }

    /// One attendee's copy of the event (RFC 5546): same UID for the event's life, SEQUENCE as the event's.
    func invite(_ event: Event, for registration: EventRegistration, method: String, language: Language) -> String {
        var entry = calendarEntry(event, for: registration, language: language)
        entry.cancelled = method == "CANCEL"
        return ICalendar(name: entry.summary, method: method, events: [entry]).render()
    }

    /// The event as this registrant's calendar holds it: join link, their own page, organizer and attendee.
    func calendarEntry(_ event: Event, for registration: EventRegistration, language: Language) -> ICalendar.Event {
        var entry = ICalendar.Event(uid: EventMail.uid(event, config: config), start: event.startsAt, end: event.endsAt,
                                    summary: event.title(in: language),
                                    description: event.description(in: language) + (event.onlineLink.map { "\n\n\($0)" } ?? ""),
                                    location: event.onlineLink ?? event.place, url: SiteURL.eventRegistration(.value(registration.token)).absolute(config),
                                    sequence: event.sequence, lastModified: event.updatedAt,
                                    timeZone: TimeZone(identifier: event.timeZone))
        entry.organizer = (event.organizerName, event.organizerEmail)
        entry.attendee = (registration.name, registration.email)
        entry.alarmMinutesBefore = 60
        return entry
    }

    static func uid(_ event: Event, config: AppConfig) -> String {
        "event-\(event.id!.uuidString.lowercased())@\(URL(string: config.baseURL)?.host ?? "puente")"
    }
}
