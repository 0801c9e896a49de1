// Staff event pages: the list, the event form, one event's management page, and check-in.

import Foundation
import Plot
import PuenteCore

enum EventsStaffView {
    static func list(_ ctx: PageContext, _ events: [Event], counts: EventCounts, past: Bool) -> PageView {
        PageView(title: ctx.t(.navEventsStaff), content: Div {
            H1(ctx.t(.navEventsStaff))
            Paragraph {
                Tag.a(SiteURL.staffEventNew.path, ctx.t(.eventNew), ["class": "button"])
            }
            Paragraph {
                Tag.a(SiteURL.staffEvents.path, ctx.t(.eventsUpcoming), past ? [:] : ["aria-current": "page"])
                Text(" · ")
                Tag.a(SiteURL.staffEvents.path(query: ["when": "past"]), ctx.t(.eventsPast), past ? ["aria-current": "page"] : [:])
            }
            if events.isEmpty { Paragraph(ctx.t(.noResults)) }
            for event in events {
                Tag.element(.article, ["class": "card"]) {
                    Tag.element(.h2) { Tag.a(SiteURL.staffEvent(.value(event.id!)).path, event.title) }
                    Paragraph(ctx.t(event.kind.label) + " · " + EventText.when(ctx,
                                                                               event) + (event.status == .cancelled ? " — " + ctx.t(.eventCancelled) : ""))
                    Paragraph(ctx.t(.eventCounts, ["confirmed": "\(counts.confirmed[event.id!] ?? 0)",
                                                   "capacity": event.capacity.map(String.init) ?? "∞",
                                                   "waitlisted": "\(counts.waitlisted[event.id!] ?? 0)"]))
                }
            }
        })
    }

    static func form(_ ctx: PageContext, _ form: EventForm, errors: FormErrors, action: String, creating: Bool,
                     status: HTTPStatusCode = .ok) -> PageView {
        PageView(title: ctx.t(creating ? .eventNew : .eventEdit), content: Div {
            H1(ctx.t(creating ? .eventNew : .eventEdit))
            fields(ctx, form, errors: errors, action: action, creating: creating)
        }, status: status)
    }

    static func fields(_ ctx: PageContext, _ form: EventForm, errors: FormErrors, action: String, creating: Bool) -> Component {
        let zones = EventForm.commonZones.contains(form.timeZone) ? EventForm.commonZones : [form.timeZone] + EventForm.commonZones
        // A lead set through the API that the form does not offer stays selectable, so saving keeps it.
        let leads = EventForm.reminderChoices + (Int(form.reminderMinutes).map { EventForm.reminderChoices.contains($0) ? [] : [$0] } ?? [])
        return Div {
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: action) {
                UI.select(ctx, name: "kind", label: .eventKindLabel, options: Event.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                          selected: form.kind, errors: errors)
                UI.field(ctx, name: "title", label: .eventTitleLabel, value: form.title, errors: errors)
                UI.textArea(ctx, name: "description", label: .eventDescriptionLabel, value: form.description, errors: errors,
                            required: false)
                UI.field(ctx, name: "titleEs", label: .eventTitleEsLabel, value: form.titleEs, errors: errors, hint: .eventTranslationHint,
                         required: false)
                UI.textArea(ctx, name: "descriptionEs", label: .eventDescriptionEsLabel, value: form.descriptionEs, errors: errors,
                            required: false)
                if let error = errors["translations"] { Paragraph(ctx.t(error)).class("field-error") }
                UI.field(ctx, name: "day", label: .eventDayLabel, type: "date", value: form.day, errors: errors)
                UI.field(ctx, name: "startTime", label: .eventStartLabel, type: "time", value: form.startTime, errors: errors)
                UI.field(ctx, name: "endTime", label: .eventEndLabel, type: "time", value: form.endTime, errors: errors)
                UI.select(ctx, name: "timeZone", label: .eventTimeZoneLabel, options: zones.map { ($0, $0) }, selected: form.timeZone,
                          errors: errors)
                UI.field(ctx, name: "place", label: .trainingWhere, value: form.place, errors: errors, required: false)
                UI.field(ctx, name: "onlineLink", label: .eventOnlineLinkLabel, type: "url", value: form.onlineLink, errors: errors,
                         hint: .eventOnlineLinkHint, required: false)
                UI.select(ctx, name: "audience", label: .eventAudienceLabel, options: Event.Audience.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                          selected: form.audience, errors: errors)
                UI.field(ctx, name: "capacity", label: .trainingCapacity, type: "number", value: form.capacity, errors: errors,
                         hint: .eventCapacityHint, required: false)
                UI.field(ctx, name: "registrationOpensAt", label: .eventOpensLabel, type: "datetime-local", value: form.registrationOpens,
                         errors: errors, hint: .eventWindowHint, required: false)
                UI.field(ctx, name: "registrationClosesAt", label: .eventClosesLabel, type: "datetime-local",
                         value: form.registrationCloses,
                         errors: errors, required: false)
                UI.select(ctx, name: "reminderMinutes", label: .eventReminderLabel,
                          options: leads.map { (String($0), reminderText(ctx, $0)) }, selected: form.reminderMinutes, errors: errors)
                UI.field(ctx, name: "seriesTitle", label: .eventSeriesLabel, value: form.seriesTitle, errors: errors,
                         hint: .eventSeriesHint, required: false)
                if creating {
                    UI.select(ctx, name: "repeat", label: .eventRepeatLabel, options: EventForm.repeatPatterns.map { ($0, ctx.t(repeatLabel($0))) },
                              selected: form.repeatPattern, errors: errors)
                    UI.field(ctx, name: "repeatCount", label: .eventRepeatCountLabel, type: "number", value: form.repeatCount,
                             errors: errors, required: false)
                    UI.field(ctx, name: "rrule", label: .eventRepeatRuleLabel, value: form.rrule, errors: errors, hint: .eventRepeatHint,
                             required: false)
                }
                Tag.element(.fieldset, ["id": "field-questions"]) {
                    Tag.element(.legend) { Text(ctx.t(.eventQuestionsLabel)) }
                    Paragraph(ctx.t(.eventQuestionsHint)).class("hint")
                    if let error = errors["questions"] { Paragraph(ctx.t(error)).class("field-error") }
                    for (index, row) in form.questions.enumerated() {
                        questionRow(ctx, index + 1, row)
                    }
                }
                UI.submit(ctx.t(.save))
            }
        }
    }

    private static func questionRow(_ ctx: PageContext, _ number: Int, _ row: EventForm.QuestionRow) -> Component {
        Div {
            Tag.element(.label, ["for": "field-q\(number)_prompt"]) { Text(ctx.t(.eventQuestionPrompt, ["number": "\(number)"])) }
            Tag.void(.input, ["type": "text", "id": "field-q\(number)_prompt", "name": "q\(number)_prompt", "value": row.prompt])
            Tag.element(.select, ["name": "q\(number)_kind", "aria-label": ctx.t(.eventQuestionKind)]) {
                for kind in EventQuestion.Kind.allCases {
                    Tag.element(.option, ["value": kind.rawValue,
                                           "selected": kind.rawValue == row.kind ? "" : nil]) { Text(ctx.t(kind.label)) }
                }
            }
            Tag.void(.input, ["type": "text", "name": "q\(number)_choices", "value": row.choices,
                               "aria-label": ctx.t(.eventQuestionChoices),
                               "placeholder": ctx.t(.eventQuestionChoices)])
            Tag.element(.label, ["class": "choice"]) {
                Tag.void(.input, ["type": "checkbox", "name": "q\(number)_required", "value": "on", "checked": row.required ? "" : nil])
                Text(" " + ctx.t(.eventQuestionRequired))
            }
        }.class("field question")
    }

    private static func repeatLabel(_ pattern: String) -> L10n {
        switch pattern {
        case "weekly": .eventRepeatWeekly
        case "biweekly": .eventRepeatBiweekly
        case "monthly": .eventRepeatMonthly
        case "custom": .eventRepeatCustom
        default: .eventRepeatNone
        }
    }

    static func reminderText(_ ctx: PageContext, _ minutes: Int) -> String {
        if minutes == 0 { return ctx.t(.eventReminderNone) }
        if minutes % 1440 == 0 { return ctx.t(.eventReminderDays, ["count": "\(minutes / 1440)"]) }
        if minutes % 60 == 0 { return ctx.t(.eventReminderHours, ["count": "\(minutes / 60)"]) }
        return ctx.t(.eventReminderMinutes, ["count": "\(minutes)"])
    }

    // MARK: One event

    struct Manage {
        let event: Event
        let registrations: [EventRegistration]
        let materials: [EventMaterial]
        let form: EventForm
        let errors: FormErrors
        var messageErrors = FormErrors()
        var messageSubject = ""
        var messageBody = ""
        var materialErrors = FormErrors()
    }

    static func manage(_ ctx: PageContext, _ model: Manage, status: HTTPStatusCode = .ok) -> PageView {
        let event = model.event
        let confirmed = model.registrations.filter { $0.status == .confirmed }
        let waitlisted = model.registrations.filter { $0.status == .waitlisted }
        return PageView(title: event.title, content: Div {
            H1(event.title)
            Paragraph(ctx.t(event.kind.label) + " · " + EventText.when(ctx, event))
            if event.status == .cancelled { Paragraph(ctx.t(.eventCancelled)).class("flash flash-error") }
            Paragraph(ctx.t(.eventCounts, ["confirmed": "\(confirmed.count)", "capacity": event.capacity.map(String.init) ?? "∞",
                                           "waitlisted": "\(waitlisted.count)"]))
            Paragraph {
                Tag.a(SiteURL.event(.value(event.id!)).path, ctx.t(.eventPublicPage))
                Text(" · ")
                Tag.a(SiteURL.staffEventCheckIn(.value(event.id!)).path, ctx.t(.eventCheckInTitle))
                Text(" · ")
                Tag.a(SiteURL.staffEventExport(.value(event.id!)).path, ctx.t(.eventExportCSV))
            }
            registrants(ctx, event, confirmed + waitlisted)
            messageForm(ctx, model)
            materials(ctx, model)
            if event.status == .scheduled {
                Tag.element(.section, ["aria-labelledby": "edit"]) {
                    Tag.element(.h2, ["id": "edit"]) { Text(ctx.t(.eventEdit)) }
                    Paragraph(ctx.t(.eventEditHint)).class("hint")
                    fields(ctx, model.form, errors: model.errors, action: SiteURL.staffEvent(.value(event.id!)).path, creating: false)
                }
                Tag.element(.section, ["aria-labelledby": "cancel"]) {
                    Tag.element(.h2, ["id": "cancel"]) { Text(ctx.t(.eventCancelEvent)) }
                    Paragraph(ctx.t(.eventCancelHint)).class("hint")
                    UI.form(ctx, action: SiteURL.staffEventCancel(.value(event.id!)).path) { UI.submit(ctx.t(.eventCancelEvent)) }
                }
            }
        }, status: status)
    }

    private static func registrants(_ ctx: PageContext, _ event: Event, _ registrations: [EventRegistration]) -> Component {
        Tag.element(.section, ["aria-labelledby": "registrants"]) {
            Tag.element(.h2, ["id": "registrants"]) { Text(ctx.t(.eventRegistrants)) }
            if registrations.isEmpty { Paragraph(ctx.t(.noResults)) }
            UI.table(label: ctx.t(.eventRegistrants)) {
                Tag.element(.thead) {
                    Tag.element(.tr) {
                        for heading in [ctx.t(.nameLabel), ctx.t(.emailLabel), ctx.t(.trainingStatus),
                                        ctx.t(.eventCheckedIn)] + event.questions.map(\.prompt) {
                            Tag.element(.th, ["scope": "col"]) { Text(heading) }
                        }
                    }
                }
                Tag.element(.tbody) {
                    for registration in registrations {
                        Tag.element(.tr) {
                            Tag.element(.td) { Text(registration.name) }
                            Tag.element(.td) { Text(registration.email) }
                            Tag.element(.td) {
                                Text(ctx.t(registration.status.label) + (registration.status == .waitlisted ? " #\(registration.queueNumber)" : ""))
                            }
                            Tag.element(.td) { Text(registration.checkedInAt == nil ? "" : "✓") }
                            for question in event.questions {
                                Tag.element(.td) { Text(registration.answers[question.id] ?? "") }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func messageForm(_ ctx: PageContext, _ model: Manage) -> Component {
        Tag.element(.section, ["aria-labelledby": "message"]) {
            Tag.element(.h2, ["id": "message"]) { Text(ctx.t(.eventMessageTitle)) }
            UI.errorSummary(ctx, model.messageErrors)
            UI.form(ctx, action: SiteURL.staffEventMessage(.value(model.event.id!)).path) {
                UI.field(ctx, name: "subject", label: .eventMessageSubject, value: model.messageSubject, errors: model.messageErrors)
                UI.textArea(ctx, name: "body", label: .eventMessageBody, value: model.messageBody, errors: model.messageErrors)
                Tag.element(.label, ["class": "choice"]) {
                    Tag.void(.input, ["type": "checkbox", "name": "waitlist", "value": "on"])
                    Text(" " + ctx.t(.eventMessageIncludeWaitlist))
                }
                UI.submit(ctx.t(.eventMessageSend))
            }
        }
    }

    private static func materials(_ ctx: PageContext, _ model: Manage) -> Component {
        let errors = model.materialErrors
        return Tag.element(.section, ["aria-labelledby": "materials"]) {
            Tag.element(.h2, ["id": "materials"]) { Text(ctx.t(.eventMaterialsTitle)) }
            Paragraph(ctx.t(.eventMaterialsHint)).class("hint")
            for material in model.materials {
                UI.form(ctx, action: SiteURL.staffEventMaterials(.value(model.event.id!)).path) {
                    Tag.void(.input, ["type": "hidden", "name": "remove", "value": material.id!.uuidString])
                    Paragraph {
                        Tag.a(material.url, material.title)
                        Text(" (" + ctx.t(material.kind.label) + ") ")
                        UI.submit(ctx.t(.remove))
                    }
                }
            }
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.staffEventMaterials(.value(model.event.id!)).path) {
                UI.select(ctx, name: "materialKind", label: .eventMaterialKind, options: EventMaterial.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                          selected: EventMaterial.Kind.recording.rawValue, errors: errors)
                UI.field(ctx, name: "materialTitle", label: .eventTitleLabel, errors: errors)
                UI.field(ctx, name: "materialURL", label: .eventMaterialURL, type: "url", errors: errors)
                UI.submit(ctx.t(.eventMaterialAdd))
            }
        }
    }

    // MARK: Check-in

    static func checkIn(_ ctx: PageContext, _ event: Event, _ registrations: [EventRegistration], search: String,
                        arrived: Int, total: Int) -> PageView {
        PageView(title: ctx.t(.eventCheckInTitle), content: Div {
            H1(ctx.t(.eventCheckInTitle))
            Paragraph { Tag.a(SiteURL.staffEvent(.value(event.id!)).path, event.title) }
            Paragraph(ctx.t(.eventCheckInCount, ["arrived": "\(arrived)", "total": "\(total)"])).attributes(["role": "status"])
            Tag.element(.form, ["method": "get", "action": SiteURL.staffEventCheckIn(.value(event.id!)).path, "role": "search"]) {
                Tag.element(.label, ["for": "field-q"]) { Text(ctx.t(.eventCheckInSearch)) }
                Tag.void(.input, ["type": "search", "id": "field-q", "name": "q", "value": search, "autocomplete": "off"])
                UI.submit(ctx.t(.search))
            }
            if registrations.isEmpty { Paragraph(ctx.t(.noResults)) }
            for registration in registrations {
                UI.form(ctx, action: SiteURL.staffEventCheckIn(.value(event.id!)).path) {
                    Tag.void(.input, ["type": "hidden", "name": "registration", "value": registration.id!.uuidString])
                    Tag.void(.input, ["type": "hidden", "name": "q", "value": search])
                    Tag.void(.input, ["type": "hidden", "name": "arrived", "value": registration.checkedInAt == nil ? "yes" : "no"])
                    Div {
                        Paragraph { Tag.element(.strong) { Text(registration.name) }; Text(" · " + registration.email) }
                        if registration.checkedInAt == nil {
                            Tag.element(.button, ["type": "submit", "class": "big"]) { Text(ctx.t(.eventCheckInButton)) }
                        } else {
                            Paragraph("✓ " + ctx.t(.eventCheckedIn)).class("notice")
                            Tag.element(.button, ["type": "submit", "class": "secondary"]) { Text(ctx.t(.eventCheckInUndo)) }
                        }
                    }.class("card")
                }
            }
        })
    }
}

extension Event.Audience {
    var label: L10n {
        switch self {
        case .everyone: .eventAudiencePublic
        case .members: .eventAudienceMembers
        case .organizationRepresentatives: .eventAudienceOrganizations
        }
    }
}

extension EventQuestion.Kind {
    var label: L10n {
        switch self {
        case .text: .eventQuestionText
        case .choice: .eventQuestionChoice
        case .yesNo: .eventQuestionYesNo
        }
    }
}
