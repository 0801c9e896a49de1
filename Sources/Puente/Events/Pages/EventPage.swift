// One event with its registration form.

import Fluent
import Foundation
import Plot
import PuenteCore
import Vapor

enum EventPageView {
    struct Model {
        let event: Event
        let seatsLeft: Int?
        let mine: EventRegistration?
        let isOpen: Bool
        let name: String
        let email: String
        var answers: [String: String] = [:]
        let failure: EventRegistrations.Failure?
        var materials: [EventMaterial] = []
        var series: EventSeries?
        var wantsReminders = true
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        let event = model.event
        var errors = FormErrors()
        var alert: L10n?
        switch model.failure {
        case .invalid(let field, let message)?: errors.add(field, message)
        case let other?: alert = other.message
        case nil: break
        }
        return PageView(title: event.title(in: ctx.language), content: Div {
            H1(event.title(in: ctx.language))
            Paragraph(ctx.t(event.kind.label) + " · " + EventText.when(ctx, event))
            if let series = model.series {
                Paragraph { Tag.a(SiteURL.events.path(query: ["series": series.id!.uuidString]), ctx.t(.eventSeriesAll, ["series": series.title])) }
            }
            if let place = event.place { Paragraph(place) }
            if event.onlineLink != nil && !event.hasEnded { Paragraph(ctx.t(.eventOnlineNote)).class("hint") }
            Paragraph(event.description(in: ctx.language))
            if event.status == .cancelled { Paragraph(ctx.t(.eventCancelled)).class("flash flash-error") }
            if !model.materials.isEmpty {
                Tag.element(.section, ["aria-labelledby": "materials"]) {
                    Tag.element(.h2, ["id": "materials"]) { Text(ctx.t(.eventMaterialsTitle)) }
                    List(model.materials) { material in
                        ListItem {
                            Tag.a(material.url, material.title)
                            Text(" (" + ctx.t(material.kind.label) + ")")
                        }
                    }
                }
            }
            if let seats = model.seatsLeft, event.status == .scheduled, !event.hasEnded {
                Paragraph(seats > 0 ? ctx.t(.eventSeatsLeft, ["count": "\(seats)"]) : ctx.t(.eventFullWaitlist))
            }
            if !event.hasEnded { Paragraph { Tag.a(SiteURL.eventInvite(.value(event.id!)).path, ctx.t(.eventAddToCalendar)) } }
            if let alert { Paragraph(ctx.t(alert)).class("error-summary").attributes(["role": "alert"]) }
            UI.errorSummary(ctx, errors)
            if let mine = model.mine {
                Paragraph { Tag.a(SiteURL.eventRegistration(.value(mine.token)).path, ctx.t(.eventEmailManageLink)) }.class("notice")
            } else if model.isOpen {
                Tag.element(.section, ["aria-labelledby": "register"]) {
                    Tag.element(.h2, ["id": "register"]) { Text(ctx.t(.eventRegister)) }
                    UI.form(ctx, action: SiteURL.eventRegister(.value(event.id!)).path) {
                        if ctx.user == nil {
                            UI.field(ctx, name: "name", label: .nameLabel, value: model.name, errors: errors, autocomplete: "name")
                            UI.field(ctx, name: "email", label: .emailLabel, type: "email", value: model.email, errors: errors,
                                     autocomplete: "email")
                        }
                        for question in event.questions { EventQuestionField.render(ctx, question,
                                                                                    answer: model.answers[question.id] ?? "", errors: errors) }
                        if event.reminderMinutes != nil {
                            Tag.element(.label, ["class": "choice"]) {
                                Tag.void(.input, ["type": "checkbox", "name": "reminders", "value": "on",
                                                   "checked": model.wantsReminders ? "" : nil])
                                Text(" " + ctx.t(.eventRemindMe))
                            }
                        }
                        UI.submit(ctx.t(.eventRegister))
                    }
                }
            } else if event.status == .scheduled && !event.hasEnded {
                if let opens = event.registrationOpensAt, opens > Date() {
                    Paragraph(ctx.t(.eventRegistrationOpensOn,
                                    ["when": DateFormatting(timeZone: TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone)
                        .format(opens, .dateTime, in: ctx.language)]))
                } else {
                    Paragraph(ctx.t(.eventRegistrationClosed))
                }
            }
        }, status: status)
    }
}
