// The event form's fields, shared by the new-event page and the manage page.

import Fluent
import Foundation
import PuenteCore

enum EventFormFields {
    /// The coalition groups a meeting may belong to, in the order the coalition page lists them.
    static func groups(on db: any Database) async throws -> [CoalitionGroup] {
        try await CoalitionGroup.query(on: db).sort(\.$position).all()
    }

    static func fields(_ out: inout HTMLWriter, _ ctx: PageContext, _ form: EventForm, groups: [CoalitionGroup], errors: FormErrors,
                       action: String, creating: Bool) {
        let zones = EventForm.commonZones.contains(form.timeZone) ? EventForm.commonZones : [form.timeZone] + EventForm.commonZones
        // A lead set through the API that the form does not offer stays selectable, so saving keeps it.
        let leads = EventForm.reminderChoices + (Int(form.reminderMinutes).map { EventForm.reminderChoices.contains($0) ? [] : [$0] } ?? [])
        out.errorSummary(ctx, errors)
        out.form(ctx, action: action) { out in
            out.select(ctx, name: "kind", label: .eventKindLabel, options: Event.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                       selected: form.kind, errors: errors)
            out.field(ctx, name: "title", label: .eventTitleLabel, value: form.title, errors: errors)
            out.textArea(ctx, name: "description", label: .eventDescriptionLabel, value: form.description, errors: errors,
                         required: false)
            // A nudge, not a rule: an event may go out before its translation is ready.
            if !form.title.isEmpty && form.titleEs.trimmingCharacters(in: .whitespaces).isEmpty {
                out.warningText(ctx, ctx.t(.eventSpanishMissing))
            }
            out.field(ctx, name: "titleEs", label: .eventTitleEsLabel, value: form.titleEs, errors: errors, hint: .eventTranslationHint,
                      required: false)
            out.textArea(ctx, name: "descriptionEs", label: .eventDescriptionEsLabel, value: form.descriptionEs, errors: errors,
                         required: false)
            if let error = errors["translations"] { out.leaf(.p, ["class": "field-error"], text: ctx.t(error)) }
            out.field(ctx, name: "day", label: .eventDayLabel, type: "date", value: form.day, errors: errors)
            out.field(ctx, name: "startTime", label: .eventStartLabel, type: "time", value: form.startTime, errors: errors)
            out.field(ctx, name: "endTime", label: .eventEndLabel, type: "time", value: form.endTime, errors: errors)
            out.select(ctx, name: "timeZone", label: .eventTimeZoneLabel, options: zones.map { ($0, $0) }, selected: form.timeZone,
                       errors: errors)
            out.field(ctx, name: "place", label: .trainingWhere, value: form.place, errors: errors, required: false)
            out.field(ctx, name: "onlineLink", label: .eventOnlineLinkLabel, type: "url", value: form.onlineLink, errors: errors,
                      hint: .eventOnlineLinkHint, required: false)
            out.select(ctx, name: "audience", label: .eventAudienceLabel,
                       options: Event.Audience.allCases.map { ($0.rawValue, ctx.t($0.label)) }, selected: form.audience, errors: errors)
            // Picked, not typed. A group the list lacks (typed before, or gone) stays offered so
            // the form shows what was sent, and the server says it is unknown.
            var choices = groups.map { ($0.slug, $0.title.marked(in: ctx.language)) }
            if !form.group.isEmpty, !choices.contains(where: { $0.0 == form.group }) { choices.append((form.group, form.group)) }
            out.select(ctx, name: "group", label: .eventGroupLabel, options: choices, selected: form.group, errors: errors,
                       anyOption: ctx.t(.eventGroupNone))
            out.field(ctx, name: "capacity", label: .trainingCapacity, type: "number", value: form.capacity, errors: errors,
                      hint: .eventCapacityHint, required: false)
            out.field(ctx, name: "registrationOpensAt", label: .eventOpensLabel, type: "datetime-local", value: form.registrationOpens,
                      errors: errors, hint: .eventWindowHint, required: false)
            out.field(ctx, name: "registrationClosesAt", label: .eventClosesLabel, type: "datetime-local", value: form.registrationCloses,
                      errors: errors, required: false)
            out.select(ctx, name: "reminderMinutes", label: .eventReminderLabel,
                       options: leads.map { (String($0), reminderText(ctx, $0)) }, selected: form.reminderMinutes, errors: errors)
            out.field(ctx, name: "seriesTitle", label: .eventSeriesLabel, value: form.seriesTitle, errors: errors,
                      hint: .eventSeriesHint, required: false)
            out.field(ctx, name: "seriesTitleEs", label: .eventSeriesLabelEs, value: form.seriesTitleEs, errors: errors,
                      hint: .spanishVersionHint, required: false)
            if creating {
                out.select(ctx, name: "repeat", label: .eventRepeatLabel,
                           options: EventForm.repeatPatterns.map { ($0, ctx.t(repeatLabel($0))) }, selected: form.repeatPattern, errors: errors)
                out.field(ctx, name: "repeatCount", label: .eventRepeatCountLabel, type: "number", value: form.repeatCount,
                          errors: errors, required: false)
                out.field(ctx, name: "rrule", label: .eventRepeatRuleLabel, value: form.rrule, errors: errors, hint: .eventRepeatHint,
                          required: false)
            }
            out.element(.fieldset, ["id": "field-questions"]) { out in
                out.leaf(.legend, text: ctx.t(.eventQuestionsLabel))
                out.leaf(.p, ["class": "hint"], text: ctx.t(.eventQuestionsHint))
                if let error = errors["questions"] { out.leaf(.p, ["class": "field-error"], text: ctx.t(error)) }
                for (index, row) in form.questions.enumerated() { questionRow(&out, ctx, index + 1, row) }
            }
            out.submit(ctx.t(.save))
        }
    }

    private static func questionRow(_ out: inout HTMLWriter, _ ctx: PageContext, _ number: Int, _ row: EventForm.QuestionRow) {
        out.element(.div, ["class": "field question"]) { out in
            out.leaf(.label, ["for": "field-q\(number)_prompt"], text: ctx.t(.eventQuestionPrompt, ["number": "\(number)"]))
            out.open(.input, ["type": "text", "id": "field-q\(number)_prompt", "name": "q\(number)_prompt", "value": row.prompt])
            out.element(.select, ["name": "q\(number)_kind", "aria-label": ctx.t(.eventQuestionKind)]) { out in
                for kind in EventQuestion.Kind.allCases {
                    out.leaf(.option, ["value": kind.rawValue, "selected": kind.rawValue == row.kind ? "" : nil], text: ctx.t(kind.label))
                }
            }
            out.open(.input, ["type": "text", "name": "q\(number)_choices", "value": row.choices,
                              "aria-label": ctx.t(.eventQuestionChoices), "placeholder": ctx.t(.eventQuestionChoices)])
            out.open(.input, ["type": "text", "name": "q\(number)_prompt_es", "value": row.promptEs,
                              "aria-label": ctx.t(.eventQuestionPromptEs, ["number": "\(number)"]),
                              "placeholder": ctx.t(.eventQuestionPromptEs, ["number": "\(number)"])])
            out.open(.input, ["type": "text", "name": "q\(number)_choices_es", "value": row.choicesEs,
                              "aria-label": ctx.t(.eventQuestionChoicesEs), "placeholder": ctx.t(.eventQuestionChoicesEs)])
            out.choiceBoxes(name: "q\(number)_required", options: [("on", ctx.t(.eventQuestionRequired))],
                            selected: row.required ? ["on"] : [])
        }
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
}
