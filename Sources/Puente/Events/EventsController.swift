// Public event pages: the list, one event with its registration form, and calendar files.

import Fluent
import Foundation
import Plot
import PuenteCore
import Vapor

struct EventsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.events.pathComponents, use: list)
        routes.get(SiteURL.event(.key).pathComponents, use: show)
        routes.post(SiteURL.eventRegister(.key).pathComponents, use: register)
        routes.get(SiteURL.eventInvite(.key).pathComponents, use: invite)
        routes.get(SiteURL.publicCalendar.pathComponents, use: calendar)
    }

    private func visibleEvent(_ req: Request) async throws -> Event {
        let event = try await req.find(Event.self, "eventID")
        guard try await req.visibleEventAudiences().contains(event.audience) else { throw Abort(.notFound) }
        return event
    }

    func list(req: Request) async throws -> Response {
        let past = req.query[String.self, at: "when"] == "past"
        let kind = req.query[String.self, at: "kind"].flatMap(Event.Kind.init(rawValue:))
        var series: EventSeries?
        if let id = req.query[UUID.self, at: "series"] { series = try await EventSeries.find(id, on: req.db) }
        var query = Event.query(on: req.db).filter(\.$audience ~~ (try await req.visibleEventAudiences())).with(\.$series)
        query = past ? query.filter(\.$endsAt < Date()).sort(\.$startsAt, .descending) : query.filter(\.$endsAt >= Date()).sort(\.$startsAt)
        if let kind { query = query.filter(\.$kind == kind) }
        if let series { query = query.filter(\.$series.$id == series.id!) }
        let events = try await query.limit(100).all()
        return try await req.render { EventListView.page($0, events, past: past, kind: kind, series: series) }
    }

    func show(req: Request) async throws -> Response {
        let event = try await visibleEvent(req)
        let model = try await pageModel(req, event)
        return try await req.render { EventPageView.page($0, model) }
    }

    private func pageModel(_ req: Request, _ event: Event, name: String = "", email: String = "", answers: [String: String] = [:],
                           wantsReminders: Bool = true, failure: EventRegistrations.Failure? = nil) async throws -> EventPageView.Model {
        let confirmed = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed).count()
        var mine: EventRegistration?
        if let user = req.currentUser {
            mine = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!)
                .filter(\.$email == user.email.lowercased()).filter(\.$status != .cancelled).first()
        }
        let materials = event.hasEnded ? try await EventMaterial.query(on: req.db).filter(\.$event.$id == event.id!).sort(\.$createdAt).all() : []
        let series = try await event.$series.get(on: req.db)
        return .init(event: event, seatsLeft: event.capacity.map { max(0, $0 - confirmed) }, mine: mine,
                     isOpen: event.status == .scheduled && Date() < (event.registrationClosesAt ?? event.startsAt)
                         && (event.registrationOpensAt.map { Date() >= $0 } ?? true),
                     name: name, email: email, answers: answers, failure: failure, materials: materials, series: series, wantsReminders: wantsReminders)
    }

    func register(req: Request) async throws -> Response {
        let event = try await visibleEvent(req)
        let user = req.currentUser
        let name = user?.name ?? req.formValue("name")
        let email = user?.email ?? req.formValue("email")
        let answers = Dictionary(uniqueKeysWithValues: event.questions.map { ($0.id, req.formValue(EventQuestion.field($0.id))) })
        do {
            try await req.checkEventRegistrationRate()
            let registration = try await req.eventRegistrations.register(event, name: name, email: email, user: user,
                                                                         roles: try await req.roles(),
                                                                         answers: answers, wantsReminders: req.formValue("reminders") == "on",
                                                                         language: req.language)
            req.flash(.success, req.t(registration.status == .confirmed ? .eventRegisteredFlash : .eventWaitlistedFlash))
            return req.redirect(to: .eventRegistration(.value(registration.token)))
        } catch let failure as EventRegistrations.Failure {
            let model = try await pageModel(req, event, name: name, email: email, answers: answers,
                                            wantsReminders: req.formValue("reminders") == "on", failure: failure)
            return try await req.render { EventPageView.page($0, model, status: failure.isInput ? .unprocessableEntity : .conflict) }
        }
    }

    /// The event for a calendar, as published: no attendee, no join link.
    func invite(req: Request) async throws -> Response {
        let event = try await visibleEvent(req)
        return EventCalendar.response(ICalendar(name: event.title, events: [EventCalendar.published(event, req.config)]).render(),
                                      file: "invite.ics")
    }

    /// Every upcoming public event.
    func calendar(req: Request) async throws -> Response {
        let events = try await Event.query(on: req.db).filter(\.$audience == .everyone)
            .filter(\.$endsAt >= Date().addingTimeInterval(-90 * 86400)).sort(\.$startsAt).limit(2000).all()
        let seriesIDs = Set(events.compactMap { $0.$series.id })
        let series = try await EventSeries.query(on: req.db).filter(\.$id ~~ Array(seriesIDs)).all()
        let byID = Dictionary(uniqueKeysWithValues: series.map { ($0.id!, $0) })
        return EventCalendar.response(ICalendar(name: req.config.programName, events: SeriesFeed.entries(events, series: byID, config: req.config)).render(), file: nil)
    }
}

extension EventRegistrations.Failure {
    var isInput: Bool { if case .invalid = self { true } else { false } }
}

enum EventListView {
    static func page(_ ctx: PageContext, _ events: [Event], past: Bool, kind: Event.Kind?, series: EventSeries?) -> PageView {
        func link(past: Bool, kind: Event.Kind?) -> String {
            SiteURL.events.path(query: ["when": past ? "past" : "", "kind": kind?.rawValue ?? "", "series": series?.id?.uuidString ?? ""])
        }
        return PageView(title: series?.title ?? ctx.t(.eventsTitle), content: Div {
            H1(series?.title ?? ctx.t(.eventsTitle))
            Tag.element(.nav, ["aria-label": ctx.t(.eventsTitle)]) {
                Paragraph {
                    Tag.a(link(past: false, kind: kind), ctx.t(.eventsUpcoming), past ? [:] : ["aria-current": "page"])
                    Text(" · ")
                    Tag.a(link(past: true, kind: kind), ctx.t(.eventsPast), past ? ["aria-current": "page"] : [:])
                    Text(" · ")
                    Tag.a(SiteURL.publicCalendar.path, ctx.t(.eventsCalendarFeed))
                    if ctx.user != nil {
                        Text(" · ")
                        Tag.a(SiteURL.myEvents.path, ctx.t(.myEventsTitle))
                    }
                }
                Paragraph {
                    Tag.a(link(past: past, kind: nil), ctx.t(.eventKindAll), kind == nil ? ["aria-current": "page"] : [:])
                    for option in Event.Kind.allCases {
                        Text(" · ")
                        Tag.a(link(past: past, kind: option), ctx.t(option.label), kind == option ? ["aria-current": "page"] : [:])
                    }
                }
            }
            if events.isEmpty { Paragraph(ctx.t(.noResults)) }
            for event in events {
                Tag.element(.article, ["class": "card"]) {
                    Tag.element(.h2) { Tag.a(SiteURL.event(.value(event.id!)).path, event.title(in: ctx.language)) }
                    Paragraph(ctx.t(event.kind.label) + " · " + EventText.when(ctx,
                                                                               event) + (event.status == .cancelled ? " — " + ctx.t(.eventCancelled) : ""))
                    if let place = event.place { Paragraph(place) }
                    if let partOf = event.series, series == nil {
                        Paragraph { Tag.a(SiteURL.events.path(query: ["series": partOf.id!.uuidString]), ctx.t(.eventSeriesAll, ["series": partOf.title])) }
                    }
                }
            }
        })
    }
}

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

/// One custom question as a form field: a text box, a list of choices, or yes / no.
enum EventQuestionField {
    static func render(_ ctx: PageContext, _ question: EventQuestion, answer: String, errors: FormErrors) -> Component {
        let name = EventQuestion.field(question.id)
        let error = errors[name]
        let label = question.prompt + (question.required ? "" : " (" + ctx.t(.optionalField) + ")")
        switch question.kind {
        case .text:
            return Div {
                Tag.element(.label, ["for": "field-\(name)"]) { Text(label) }
                if let error { Paragraph(ctx.t(error)).class("field-error").id("field-\(name)-error") }
                Tag.void(.input, ["type": "text", "id": "field-\(name)", "name": name, "value": answer,
                                   "maxlength": "\(EventQuestion.maximumAnswerLength)",
                                   "aria-invalid": error == nil ? nil : "true", "aria-describedby": error == nil ? nil : "field-\(name)-error"])
            }.class(error == nil ? "field" : "field has-error")
        case .choice, .yesNo:
            let options: [(String, String)] = question.kind == .yesNo ? [("yes", ctx.t(.yes)), ("no",
                                                                                                ctx.t(.no))] : question.choices.map { ($0, $0) }
            return Tag.element(.fieldset, ["class": error == nil ? "choices" : "choices has-error", "id": "field-\(name)"]) {
                Tag.element(.legend) { Text(label) }
                if let error { Paragraph(ctx.t(error)).class("field-error") }
                for (value, text) in options {
                    Tag.element(.label, ["class": "choice"]) {
                        Tag.void(.input, ["type": "radio", "name": name, "value": value, "checked": answer == value ? "" : nil])
                        Text(" " + text)
                    }
                }
            }
        }
    }
}

extension Event.Kind {
    var label: L10n {
        switch self {
        case .meeting: .eventKindMeeting
        case .webinar: .eventKindWebinar
        case .summit: .eventKindSummit
        case .training: .eventKindTraining
        case .other: .eventKindOther
        }
    }
}

extension EventMaterial.Kind {
    var label: L10n {
        switch self {
        case .recording: .eventMaterialRecording
        case .slides: .eventMaterialSlides
        case .link: .eventMaterialLink
        }
    }
}

enum EventText {
    /// In the event's own zone, which the formatter names (PST, CDT…).
    static func when(_ ctx: PageContext, _ event: Event) -> String {
        let zone = TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone
        let formatting = DateFormatting(timeZone: zone)
        return formatting.format(event.startsAt, .dateTime, in: ctx.language) + " – " + formatting.format(event.endsAt, .time, in: ctx.language)
    }
}
