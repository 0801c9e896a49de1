// Staff pages of messages to a segment: every message sent or drafted; the form that picks the
// segment and writes the message; one message with who it reaches, its previews, a test to
// yourself and the send button (or, once sent, its delivery counts).

import Foundation
import PuenteCore

enum SegmentMessagePages {
    /// What the segment fields offer: cohorts and events to pick from, and the county list.
    struct Choices {
        let cohorts: [(String, String)]
        let events: [(String, String)]
        let counties: CountyList
    }

    struct Row {
        let message: SegmentMessage
        let audience: String
    }

    static func index(_ ctx: PageContext, _ rows: [Row]) -> PageView {
        var out = HTMLWriter(capacity: 8_192)
        out.leaf(.h1, text: ctx.t(.segmentMessagesTitle))
        out.leaf(.p, text: ctx.t(.segmentMessagesLead))
        out.element(.p) { $0.link(SiteURL.staffMessageNew.path, ctx.t(.segmentNew), ["class": "button"]) }
        if rows.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        out.table(label: ctx.t(.segmentMessagesTitle)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.newsletterSubjectLabel, .segmentAudience, .trainingStatus, .newsletterRecipients] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for row in rows {
                    out.element(.tr) { out in
                        out.element(.td) { $0.link(SiteURL.staffMessage(.value(row.message.id!)).path, title(ctx, row.message)) }
                        out.leaf(.td, text: row.audience)
                        out.element(.td) { $0.tag(ctx.t(row.message.status.label), tone: row.message.status.tone) }
                        out.leaf(.td, text: row.message.status == .draft ? "" : "\(row.message.recipients)")
                    }
                }
            }
        }
        return PageView(title: ctx.t(.segmentMessagesTitle), html: out.html)
    }

    static func new(_ ctx: PageContext, values: [String: String], input: NewsletterInput, choices: Choices, errors: FormErrors) -> PageView {
        var out = HTMLWriter(capacity: 32_768)
        out.errorSummary(ctx, errors)
        out.element(.p, ["class": "caption"]) { $0.link(SiteURL.staffMessages.path, ctx.t(.segmentMessagesTitle)) }
        out.leaf(.h1, text: ctx.t(.segmentNew))
        out.form(ctx, action: SiteURL.staffMessageNew.path) { out in
            segmentFields(ctx, &out, values: values, choices: choices, errors: errors)
            NewsletterPages.fields(ctx, &out, input: input, errors: errors)
            out.submit(ctx.t(.save), kind: .primary, name: "action", value: "save")
        }
        return PageView(title: ctx.t(.segmentNew), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// One choice of who, then each kind's own fields; only the chosen kind's are read.
    static func segmentFields(_ ctx: PageContext, _ out: inout HTMLWriter, values: [String: String], choices: Choices, errors: FormErrors) {
        out.radios(ctx, name: "segment", legend: .segmentWhoLegend, selected: values["segment"] ?? "", errors: errors,
                   options: Segment.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) })
        out.element(.fieldset, ["class": "fieldset"]) { out in
            out.leaf(.legend, text: ctx.t(.segmentKindRegistry))
            RegistryStaffFilterFields.write(&out, ctx, filter: RegistryStaffFilter(values, counties: choices.counties), counties: choices.counties)
        }
        out.select(ctx, name: "cohort", label: .segmentKindCohort, options: choices.cohorts, selected: values["cohort"], errors: errors,
                   anyOption: "")
        out.select(ctx, name: "event", label: .segmentKindEvent, options: choices.events, selected: values["event"], errors: errors,
                   anyOption: "")
        out.field(ctx, name: "days", label: .segmentDaysLabel, type: "number", value: values["days"] ?? "60", errors: errors,
                  hint: .segmentDaysHint, required: false)
    }

    struct Model {
        let message: SegmentMessage
        let audience: String
        let reach: SegmentMessageService.Reach?
        let counts: DeliveryCounts
    }

    static func show(_ ctx: PageContext, _ model: Model, values: [String: String]?, input: NewsletterInput?, choices: Choices,
                     errors: FormErrors) -> PageView {
        let message = model.message
        let title = title(ctx, message)
        var out = HTMLWriter(capacity: 32_768)
        out.errorSummary(ctx, errors)
        out.element(.p, ["class": "caption"]) { $0.link(SiteURL.staffMessages.path, ctx.t(.segmentMessagesTitle)) }
        out.leaf(.h1, text: title)
        out.element(.p) { $0.tag(ctx.t(message.status.label), tone: message.status.tone) }
        var rows = [SummaryRow(key: ctx.t(.segmentAudience), value: model.audience)]
        if let reach = model.reach {
            rows.append(SummaryRow(key: ctx.t(.newsletterRecipients), value: "\(reach.recipients)"))
            rows.append(SummaryRow(key: ctx.t(.segmentOptedOut), value: "\(reach.optedOut)"))
            rows.append(SummaryRow(key: ctx.t(.segmentWithoutEmail), value: "\(reach.withoutEmail)"))
        } else {
            rows += [SummaryRow(key: ctx.t(.newsletterRecipients), value: "\(message.recipients)"),
                     SummaryRow(key: ctx.t(.newsletterQueued), value: "\(model.counts.queued)"),
                     SummaryRow(key: ctx.t(.newsletterSent), value: "\(model.counts.sent)"),
                     SummaryRow(key: ctx.t(.newsletterBounced), value: "\(model.counts.bounced + model.counts.failed)")]
        }
        out.summaryList(ctx, rows)
        NewsletterPages.previews(ctx, &out, message)

        guard message.status == .draft, let segment = message.segment else { return PageView(title: title, html: out.html) }
        let action = SiteURL.staffMessage(.value(message.id!)).path
        if let reach = model.reach {
            out.leaf(.h2, text: ctx.t(.newsletterSendNow))
            out.leaf(.p, text: ctx.t(.newsletterWillReach, ["count": "\(reach.recipients)"]))
            out.form(ctx, action: action) { out in
                out.submit(ctx.t(.newsletterSendNow), kind: .primary, name: "action", value: "send")
            }
        }
        NewsletterPages.testForm(ctx, &out, action: action)
        out.leaf(.h2, text: ctx.t(.newsletterEditTitle))
        out.form(ctx, action: action) { out in
            segmentFields(ctx, &out, values: values ?? segment.formValues, choices: choices, errors: errors)
            NewsletterPages.fields(ctx, &out, input: input ?? NewsletterInput(message), errors: errors)
            out.submit(ctx.t(.save), kind: .primary, name: "action", value: "save")
        }
        return PageView(title: title, html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func title(_ ctx: PageContext, _ message: SegmentMessage) -> String {
        let version = message.version(in: ctx.language)
        return version.subject.isEmpty ? ctx.t(.segmentMessagesTitle) : version.subject
    }
}

extension SegmentMessage.Status {
    var label: L10n {
        switch self {
        case .draft: .newsletterStatusDraft
        case .sending: .newsletterStatusSending
        case .sent: .newsletterStatusSent
        }
    }

    var tone: Tone {
        switch self {
        case .draft: .neutral
        case .sending: .info
        case .sent: .success
        }
    }
}
