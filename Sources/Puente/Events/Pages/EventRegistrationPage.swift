// One registration, reached from its emailed link: its status at a glance, the join link and
// the calendar invite once confirmed, reminders, and cancelling (which asks first).

import Foundation
import PuenteCore

enum EventRegistrationPage {
    static func page(_ ctx: PageContext, _ registration: EventRegistration, _ event: Event) -> PageView {
        let zone = TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone
        let title = event.title(in: ctx.language)
        var out = HTMLWriter()
        out.leaf(.h1, text: title)
        if event.status == .cancelled {
            out.panel(ctx, EventState.cancelled) { $0.leaf(.p, text: ctx.t(.eventCancelled)) }
        } else {
            out.panel(ctx, registration.status) { out in
                out.leaf(.p, text: DateFormatting(timeZone: zone).format(event.startsAt, .dateTime, in: ctx.language))
                if let place = event.place { out.leaf(.p, text: place) }
            }
        }
        let upcoming = registration.status != .cancelled && event.status == .scheduled && !event.hasEnded
        if registration.status == .confirmed, upcoming {
            out.buttonGroup { out in
                if let link = event.onlineLink { out.linkButton(link, ctx.t(.eventEmailJoinLink)) }
                out.linkButton(SiteURL.eventInvite(.value(event.id!)).path, ctx.t(.eventAddToCalendar), kind: .secondary)
            }
        }
        guard upcoming else { return PageView(title: title, html: out.html) }
        if event.reminderMinutes != nil {
            out.form(ctx, action: SiteURL.eventRegistrationReminders(.value(registration.token)).path) { out in
                out.open(.input, ["type": "hidden", "name": "reminders", "value": registration.wantsReminders ? "off" : "on"])
                out.leaf(.p, text: ctx.t(registration.wantsReminders ? .eventRemindersAreOn : .eventRemindersAreOff))
                out.submit(ctx.t(registration.wantsReminders ? .eventRemindersTurnOff : .eventRemindersTurnOn), kind: .secondary)
            }
        }
        // Set well apart from the reminder button: it gives the seat away (after a confirmation).
        out.element(.section, ["class": "inset"]) { out in
            out.form(ctx, action: SiteURL.eventRegistration(.value(registration.token)).path) { out in
                out.submit(ctx.t(.eventCancelRegistration), kind: .warning)
            }
        }
        return PageView(title: title, html: out.html)
    }
}
