// One registration, reached from its emailed link: change answers, reminders, or cancel.

import Fluent
import Foundation
import Plot
import PuenteCore
import Vapor

enum EventRegistrationPage {
    static func page(_ ctx: PageContext, _ registration: EventRegistration, _ event: Event) -> PageView {
        let zone = TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone
        let when = DateFormatting(timeZone: zone).format(event.startsAt, .dateTime, in: ctx.language)
        let status = registration.status.label
        return PageView(title: event.title(in: ctx.language), content: Div {
            H1(event.title(in: ctx.language))
            Paragraph(when)
            if let place = event.place { Paragraph(place) }
            Paragraph(ctx.t(.trainingStatus) + ": " + ctx.t(status)).class(registration.status == .confirmed ? "notice" : "")
            if event.status == .cancelled { Paragraph(ctx.t(.eventCancelled)).class("flash flash-error") }
            if registration.status == .confirmed, event.status == .scheduled, let link = event.onlineLink {
                Paragraph { Tag.a(link, ctx.t(.eventEmailJoinLink)) }
            }
            if registration.status != .cancelled && event.status == .scheduled && !event.hasEnded {
                if event.reminderMinutes != nil {
                    UI.form(ctx, action: SiteURL.eventRegistrationReminders(.value(registration.token)).path) {
                        Tag.void(.input, ["type": "hidden", "name": "reminders", "value": registration.wantsReminders ? "off" : "on"])
                        Paragraph(ctx.t(registration.wantsReminders ? .eventRemindersAreOn : .eventRemindersAreOff))
                        UI.submit(ctx.t(registration.wantsReminders ? .eventRemindersTurnOff : .eventRemindersTurnOn))
                    }
                }
                UI.form(ctx, action: SiteURL.eventRegistration(.value(registration.token)).path) {
                    UI.submit(ctx.t(.eventCancelRegistration))
                }
            }
        })
    }
}
