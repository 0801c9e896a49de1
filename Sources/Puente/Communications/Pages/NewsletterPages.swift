// Writing a newsletter: the Markdown in both languages, a preview of each as readers will see
// it, a test to yourself, and schedule, send or cancel while it is still a draft.

import Foundation
import PuenteCore

enum NewsletterPages {
    static func fields(_ ctx: PageContext, _ out: inout HTMLWriter, input: NewsletterInput, errors: FormErrors) {
        out.field(ctx, name: "subject", label: .newsletterSubjectLabel, value: input.subject ?? "", errors: errors)
        out.textArea(ctx, name: "markdown", label: .newsletterMarkdownLabel, value: input.markdown ?? "", errors: errors)
        out.field(ctx, name: "subjectEs", label: .newsletterSubjectEsLabel, value: input.subjectEs ?? "", errors: errors, required: false)
        out.textArea(ctx, name: "markdownEs", label: .newsletterMarkdownEsLabel, value: input.markdownEs ?? "", errors: errors, required: false)
        out.leaf(.p, ["class": "hint"], text: ctx.t(.newsletterMarkdownHint))
    }

    /// The message as readers of each language will see it (or the other language, said so).
    static func previews(_ ctx: PageContext, _ out: inout HTMLWriter, _ message: some BilingualMessage) {
        for language in Language.allCases {
            let version = message.version(in: language)
            out.element(.section, ["class": "card", "aria-label": ctx.t(.newsletterPreviewIn, ["language": language.endonym])]) { out in
                out.leaf(.h2, text: ctx.t(.newsletterPreviewIn, ["language": language.endonym]))
                if version.language != language { out.insetText(ctx.t(.newsletterFallbackNote, ["language": version.language.endonym])) }
                out.leaf(.p, ["class": "caption"], text: version.subject)
                out.element(.article, ["class": "newsletter", "lang": version.language.rawValue]) { out in
                    out.raw(NewsletterMarkdown.html(version.markdown))
                }
            }
        }
    }

    /// The test form: a copy to yourself in the language you pick.
    static func testForm(_ ctx: PageContext, _ out: inout HTMLWriter, action: String) {
        out.leaf(.h2, text: ctx.t(.newsletterTestTitle))
        out.form(ctx, action: action) { out in
            // Its own id: a message's page also has the registry filter's `language` field.
            out.select(ctx, name: "language", label: .listLanguageLabel, options: Language.allCases.map { ($0.rawValue, $0.endonym) },
                       selected: ctx.language.rawValue, errors: FormErrors(), id: "field-test-language")
            out.submit(ctx.t(.newsletterSendTest), kind: .secondary, name: "action", value: "test")
        }
    }

    static func compose(_ ctx: PageContext, _ newsletter: Newsletter, _ list: MailingList, input: NewsletterInput?, errors: FormErrors,
                        counts: DeliveryCounts, confirmed: Int, status: HTTPStatusCode) -> PageView {
        let title = newsletter.subject.isEmpty ? (newsletter.subjectEs ?? ctx.t(.newslettersTitle)) : newsletter.subject
        var out = HTMLWriter(capacity: 32_768)
        out.errorSummary(ctx, errors)
        out.element(.p, ["class": "caption"]) { $0.link(SiteURL.staffList(.value(list.slug)).path, list.name) }
        out.leaf(.h1, text: title)
        out.element(.p) { out in
            out.tag(ctx.t(newsletter.status.label), tone: newsletter.status.tone)
            if let at = newsletter.scheduledFor, newsletter.status == .scheduled {
                out.text(" " + ctx.dates.format(at, .dateTime, in: ctx.language))
            }
        }
        if newsletter.status == .sending || newsletter.status == .sent {
            out.summaryList(ctx, [
                SummaryRow(key: ctx.t(.newsletterRecipients), value: "\(newsletter.recipients)"),
                SummaryRow(key: ctx.t(.newsletterQueued), value: "\(counts.queued)"),
                SummaryRow(key: ctx.t(.newsletterSent), value: "\(counts.sent)"),
                SummaryRow(key: ctx.t(.newsletterBounced), value: "\(counts.bounced + counts.failed)"),
            ])
        }

        previews(ctx, &out, newsletter)

        guard newsletter.isEditable else { return PageView(title: title, html: out.html, status: status) }
        let action = SiteURL.staffNewsletter(.value(newsletter.id!)).path
        out.leaf(.h2, text: ctx.t(.newsletterEditTitle))
        out.form(ctx, action: action) { out in
            fields(ctx, &out, input: input ?? NewsletterInput(newsletter), errors: errors)
            out.submit(ctx.t(.save), kind: .primary, name: "action", value: "save")
        }
        testForm(ctx, &out, action: action)
        out.leaf(.h2, text: ctx.t(.newsletterWhenTitle))
        out.leaf(.p, text: ctx.t(.newsletterWillReach, ["count": "\(confirmed)"]))
        out.form(ctx, action: action) { out in
            out.field(ctx, name: "scheduledFor", label: .newsletterScheduleLabel, type: "datetime-local",
                      value: newsletter.scheduledFor.map { localValue($0, timeZone: ctx.dates.timeZone) } ?? "", errors: errors, required: false)
            out.buttonGroup { out in
                out.submit(ctx.t(.newsletterSchedule), kind: .secondary, name: "action", value: "schedule")
                out.submit(ctx.t(.newsletterSendNow), kind: .primary, name: "action", value: "send")
                out.submit(ctx.t(.newsletterCancel), kind: .warning, name: "action", value: "cancel")
            }
        }
        return PageView(title: title, html: out.html, status: status)
    }

    /// `2026-12-10T09:00` from a datetime-local field, in the program's time zone.
    static func scheduledDate(_ value: String, timeZone: TimeZone) -> Date? {
        guard value.count <= 32 else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: value) { return date }
        }
        return nil
    }

    static func localValue(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: date)
    }
}
