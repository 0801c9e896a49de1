// One group meeting's record (`/meetings/{id}`): the agenda, attendance, minutes and action
// items, for its audience. The chair, the lead organization's representatives and staff also
// get the forms: agenda items, sending the agenda, the minutes draft, approval, action items,
// guests.

import Foundation
import PuenteCore

enum MeetingPage {
    struct Model {
        let record: MeetingRecord
        let attendance: [String]
        /// What the reader may mark done.
        let ownItems: Set<UUID>
        let organizations: [Organization]
        let errors: FormErrors
        let agendaInput: MeetingService.AgendaInput
        let actionInput: MeetingService.ActionInput
    }

    static func view(_ ctx: PageContext, _ model: Model) -> PageView {
        let record = model.record
        let event = record.event
        let id = event.id!
        var out = HTMLWriter(capacity: 16_384)
        let title = event.title(in: ctx.language)
        out.leaf(.h1, text: title)
        out.element(.p) { out in
            out.text(ctx.dates.range(event.startsAt, event.endsAt, in: ctx.language) + " ")
            out.tag(ctx.t(event.audience.meetingLabel), tone: .info)
        }
        out.element(.p) { out in
            out.link(SiteURL.event(.value(id)).path, ctx.t(.meetingRegisterLink))
            out.text(" · ")
            out.link(SiteURL.coalitionGroup(.value(record.group.slug)).path, record.group.title.marked(in: ctx.language))
        }
        out.errorSummary(ctx, model.errors)

        out.leaf(.h2, text: ctx.t(.meetingAgendaTitle))
        let editable = record.canLead && !record.isApproved
        if record.items.isEmpty { out.leaf(.p, text: ctx.t(.meetingAgendaNone)) }
        out.element(.ol, ["id": "agenda"]) { out in
            for item in record.items {
                out.element(.li) { out in
                    out.leaf(.strong, text: item.heading.marked(in: ctx.language))
                    out.text(" " + [item.presenter, ctx.t(.meetingMinutesCount, ["minutes": "\(item.minutesAllotted)"])]
                        .filter { !$0.isEmpty }.joined(separator: " · "))
                    if let url = item.attachmentURL { out.text(" "); out.link(url, ctx.t(.meetingAttachment)) }
                    if editable {
                        out.form(ctx, action: SiteURL.meetingAgenda(.value(id)).path) { out in
                            out.hidden("item", item.id!.uuidString)
                            out.buttonGroup { out in
                                out.submit(ctx.t(.meetingMoveUp), kind: .secondary, name: "action", value: "up")
                                out.submit(ctx.t(.meetingMoveDown), kind: .secondary, name: "action", value: "down")
                                out.submit(ctx.t(.remove), kind: .warning, name: "action", value: "remove")
                            }
                        }
                    }
                }
            }
        }
        if editable {
            out.form(ctx, action: SiteURL.meetingAgenda(.value(id)).path) { out in
                out.field(ctx, name: "title", label: .meetingItemTitle, value: model.agendaInput.title, errors: model.errors)
                out.field(ctx, name: "titleEs", label: .meetingItemTitleEs, value: model.agendaInput.titleEs, errors: model.errors,
                          hint: .spanishVersionHint, required: false)
                out.field(ctx, name: "presenter", label: .meetingItemPresenter, value: model.agendaInput.presenter, errors: model.errors,
                          required: false)
                out.field(ctx, name: "minutes", label: .meetingItemMinutes, type: "number", value: model.agendaInput.minutes, errors: model.errors)
                out.field(ctx, name: "attachment", label: .meetingItemAttachment, type: "url", value: model.agendaInput.attachment,
                          errors: model.errors, required: false)
                out.submit(ctx.t(.meetingAddItem), kind: .secondary, name: "action", value: "add")
            }
            if !record.items.isEmpty {
                if let sent = record.minutes?.agendaSentAt {
                    out.leaf(.p, ["class": "hint"], text: ctx.t(.meetingAgendaSentAt, ["when": ctx.dates.format(sent, .dateTime, in: ctx.language)]))
                }
                out.form(ctx, action: SiteURL.meetingAgenda(.value(id)).path) { out in
                    out.submit(ctx.t(.meetingSendAgenda), kind: .primary, name: "action", value: "send")
                }
            }
        }

        if record.mayReadMinutes || event.hasEnded {
            out.leaf(.h2, text: ctx.t(.meetingAttendanceTitle))
            if model.attendance.isEmpty { out.leaf(.p, text: ctx.t(.meetingAttendanceNone)) }
            else { out.leaf(.p, ["id": "attendance"], text: model.attendance.joined(separator: ", ")) }
        }

        out.leaf(.h2, text: ctx.t(.meetingMinutesTitle))
        if record.mayReadMinutes {
            out.tag(ctx.t(record.isApproved ? .meetingMinutesApproved : .meetingMinutesDraft), tone: record.isApproved ? .success : .warning)
        }
        if record.canLead, !record.isApproved, !record.items.isEmpty {
            minutesForm(&out, ctx, record)
        } else if record.mayReadMinutes {
            minutesItems(&out, ctx, record)
        } else {
            out.leaf(.p, ["id": "minutes-status"], text: ctx.t(.meetingMinutesNotYet))
        }

        out.leaf(.h2, text: ctx.t(.meetingActionItemsTitle))
        let visibleItems = record.mayReadMinutes ? record.actionItems : record.actionItems.filter { model.ownItems.contains($0.id!) }
        ActionItemList.render(&out, ctx, visibleItems, meetingLinks: false) { item in
            guard model.ownItems.contains(item.id!) || record.canLead else { return nil }
            var form = HTMLWriter(capacity: 512)
            form.form(ctx, action: SiteURL.meetingActionItems(.value(id)).path) { out in
                out.hidden("item", item.id!.uuidString)
                let done = item.status == .done
                out.submit(ctx.t(done ? .actionItemReopen : .actionItemMarkDone), kind: .secondary, name: "action", value: done ? "reopen" : "done")
            }
            return form.html
        }
        if record.canLead {
            out.form(ctx, action: SiteURL.meetingActionItems(.value(id)).path) { out in
                out.field(ctx, name: "actionTitle", label: .actionItemTitle, value: model.actionInput.title, errors: model.errors)
                out.field(ctx, name: "actionTitleEs", label: .actionItemTitleEs, value: model.actionInput.titleEs, errors: model.errors,
                          hint: .spanishVersionHint, required: false)
                out.field(ctx, name: "ownerEmail", label: .actionItemOwnerEmail, type: "email", value: model.actionInput.ownerEmail,
                          errors: model.errors, required: false)
                out.select(ctx, name: "ownerOrganization", label: .actionItemOwnerOrganization,
                           options: model.organizations.map { ($0.id!.uuidString, $0.name) }, selected: model.actionInput.ownerOrganization,
                           errors: model.errors, anyOption: "")
                out.field(ctx, name: "due", label: .actionItemDue, type: "date", value: model.actionInput.due, errors: model.errors)
                out.submit(ctx.t(.actionItemAdd), kind: .secondary, name: "action", value: "add")
            }
            if event.audience != .representatives {
                out.leaf(.h2, text: ctx.t(.meetingGuestsTitle))
                out.leaf(.p, ["class": "hint"], text: ctx.t(.meetingGuestsHint))
                out.form(ctx, action: SiteURL.meetingGuests(.value(id)).path) { out in
                    out.field(ctx, name: "name", label: .nameLabel, errors: model.errors, id: "field-guest-name")
                    out.field(ctx, name: "email", label: .emailLabel, type: "email", errors: model.errors, id: "field-guest-email")
                    out.submit(ctx.t(.meetingInviteGuest), kind: .secondary)
                }
            }
        }
        return PageView(title: title, html: out.html, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// Each item's discussion and decisions, in the reader's language when a translation exists.
    static func minutesItems(_ out: inout HTMLWriter, _ ctx: PageContext, _ record: MeetingRecord) {
        for item in record.items {
            let text = record.text(of: item, in: ctx.language)
            guard !(text.discussion.isEmpty && text.decisions.isEmpty) else { continue }
            out.element(.div, ["class": "minutes-item"]) { out in
                out.leaf(.h3, text: item.heading.marked(in: ctx.language))
                if !text.discussion.isEmpty { CoalitionPage.paragraphs(&out, text.discussion) }
                if !text.decisions.isEmpty {
                    out.element(.p) { out in
                        out.leaf(.strong, text: ctx.t(.meetingDecisions) + " ")
                        out.text(text.decisions)
                    }
                }
            }
        }
    }

    private static func minutesForm(_ out: inout HTMLWriter, _ ctx: PageContext, _ record: MeetingRecord) {
        let id = record.event.id!
        out.form(ctx, action: SiteURL.meetingMinutes(.value(id)).path) { out in
            out.languageSelect(ctx, name: "language", selected: record.minutes.flatMap { Language(rawValue: $0.language) } ?? ctx.language)
            for item in record.items {
                let key = item.id!.uuidString
                out.element(.fieldset, ["class": "minutes-item"]) { out in
                    out.leaf(.legend, text: item.heading.marked(in: ctx.language))
                    out.hidden("item", key)
                    out.textArea(ctx, name: "discussion-\(key)", label: .meetingDiscussion, value: item.discussion, errors: FormErrors(), required: false)
                    out.textArea(ctx, name: "decisions-\(key)", label: .meetingDecisions, value: item.decisions, errors: FormErrors(), required: false)
                    out.textArea(ctx, name: "discussionTranslated-\(key)", label: .meetingDiscussionTranslated, value: item.discussionTranslated,
                                 errors: FormErrors(), required: false)
                    out.textArea(ctx, name: "decisionsTranslated-\(key)", label: .meetingDecisionsTranslated, value: item.decisionsTranslated,
                                 errors: FormErrors(), required: false)
                }
            }
            out.buttonGroup { out in
                out.submit(ctx.t(.meetingSaveMinutes), kind: .secondary, name: "action", value: "save")
                if record.minutes != nil { out.submit(ctx.t(.meetingApproveMinutes), kind: .primary, name: "action", value: "approve") }
            }
        }
    }
}
