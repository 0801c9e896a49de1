// One event with its registration form: the pattern a page follows (decision 0018).

import Fluent
import Foundation
import PuenteCore

enum EventPage {
    struct Model {
        let event: Event
        let seatsLeft: Int?
        /// The viewer's own live registration, which the page links to instead of the form.
        let mine: EventRegistration?
        let isOpen: Bool
        let form: Form
        let failure: EventRegistrations.Failure?
        var materials: [EventMaterial] = []
        var series: EventSeries?
    }

    /// What the registration form shows: empty at first, what was sent when it is shown again.
    struct Form {
        var name = ""
        var email = ""
        var answers: [String: String] = [:]
        var wantsReminders = true
        /// A guest's meeting invitation, carried so the form works from the emailed link alone.
        var invitation: String?
    }

    static func query(on db: any Database, event: Event, viewer: User?, form: Form = .init(),
                      failure: EventRegistrations.Failure? = nil) async throws -> Model {
        let confirmed = try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed).count()
        var mine: EventRegistration?
        if let viewer {
            mine = try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!)
                .filter(\.$email == viewer.email.lowercased()).filter(\.$status != .cancelled).first()
        }
        let materials = event.hasEnded ? try await EventMaterial.query(on: db).filter(\.$event.$id == event.id!).sort(\.$createdAt).all() : []
        let now = Date()
        let isOpen = event.status == .scheduled && now < (event.registrationClosesAt ?? event.startsAt)
            && (event.registrationOpensAt.map { now >= $0 } ?? true)
        return Model(event: event, seatsLeft: event.capacity.map { max(0, $0 - confirmed) }, mine: mine, isOpen: isOpen, form: form,
                     failure: failure, materials: materials, series: try await event.$series.get(on: db))
    }

    static func view(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        let event = model.event
        var errors = FormErrors()
        var alert: L10n?
        switch model.failure {
        case .invalid(let field, let message)?: errors.add(field, message)
        case let other?: alert = other.message
        case nil: break
        }
        var out = HTMLWriter(capacity: 8192)
        out.element(.div) { out in
            out.leaf(.h1, text: EventText.title(ctx, event))
            out.leaf(.p, text: ctx.t(event.kind.label) + " · " + EventText.when(ctx, event))
            if let series = model.series {
                out.element(.p) {
                    $0.link(SiteURL.events.path(query: ["series": series.id!.uuidString]), ctx.t(.eventSeriesAll, ["series": ctx.content(series.title, spanish: series.titleEs)]))
                }
            }
            if let place = event.place { out.leaf(.p, text: place) }
            if event.onlineLink != nil && !event.hasEnded { out.leaf(.p, ["class": "hint"], text: ctx.t(.eventOnlineNote)) }
            out.leaf(.p, text: event.description(in: ctx.language))
            if event.status == .cancelled { out.leaf(.p, ["class": "flash flash-error"], text: ctx.t(.eventCancelled)) }
            materials(ctx, model.materials, &out)
            if let seats = model.seatsLeft, event.status == .scheduled, !event.hasEnded {
                out.leaf(.p, text: seats > 0 ? ctx.t(.eventSeatsLeft, ["count": "\(seats)"]) : ctx.t(.eventFullWaitlist))
            }
            if !event.hasEnded { out.element(.p) { $0.link(SiteURL.eventInvite(.value(event.id!)).path, ctx.t(.eventAddToCalendar)) } }
            if let alert { out.leaf(.p, ["class": "error-summary", "role": "alert"], text: ctx.t(alert)) }
            out.errorSummary(ctx, errors)
            if let mine = model.mine {
                out.element(.p, ["class": "notice"]) {
                    $0.link(SiteURL.eventRegistration(.value(mine.token)).path, ctx.t(.eventEmailManageLink))
                }
            } else if model.isOpen {
                registration(ctx, model, errors, &out)
            } else if event.status == .scheduled && !event.hasEnded {
                if let opens = event.registrationOpensAt, opens > Date() {
                    let zone = TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone
                    out.leaf(.p, text: ctx.t(.eventRegistrationOpensOn,
                                             ["when": DateFormatting(timeZone: zone).format(opens, .dateTime, in: ctx.language)]))
                } else {
                    out.leaf(.p, text: ctx.t(.eventRegistrationClosed))
                }
            }
        }
        return PageView(title: event.title(in: ctx.language), html: out.html, status: status)
    }

    private static func materials(_ ctx: PageContext, _ materials: [EventMaterial], _ out: inout HTMLWriter) {
        guard !materials.isEmpty else { return }
        out.element(.section, ["aria-labelledby": "materials"]) { out in
            out.leaf(.h2, ["id": "materials"], text: ctx.t(.eventMaterialsTitle))
            out.element(.ul) { out in
                for material in materials {
                    out.element(.li) { out in
                        out.link(material.url, ctx.content(material.title, spanish: material.titleEs))
                        out.text(" (" + ctx.t(material.kind.label) + ")")
                    }
                }
            }
        }
    }

    private static func registration(_ ctx: PageContext, _ model: Model, _ errors: FormErrors, _ out: inout HTMLWriter) {
        let event = model.event
        out.element(.section, ["aria-labelledby": "register"]) { out in
            out.leaf(.h2, ["id": "register"], text: ctx.t(.eventRegister))
            out.form(ctx, action: SiteURL.eventRegister(.value(event.id!)).path) { out in
                if let invitation = model.form.invitation { out.hidden("invitation", invitation) }
                if ctx.user == nil {
                    out.field(ctx, name: "name", label: .nameLabel, value: model.form.name, errors: errors, autocomplete: "name")
                    out.field(ctx, name: "email", label: .emailLabel, type: "email", value: model.form.email, errors: errors,
                              autocomplete: "email")
                }
                for question in event.questions {
                    out.eventQuestion(ctx, question, answer: model.form.answers[question.id] ?? "", errors: errors)
                }
                if event.reminderMinutes != nil {
                    out.element(.label, ["class": "choice"]) { out in
                        out.open(.input, ["type": "checkbox", "name": "reminders", "value": "on",
                                          "checked": model.form.wantsReminders ? "" : nil])
                        out.text(" " + ctx.t(.eventRemindMe))
                    }
                }
                out.submit(ctx.t(.eventRegister))
            }
        }
    }
}
