// The pages visitors and members see of lists: the lists, one list with its form, the
// confirmation and unsubscribe pages, preferences, and the archive.

import Foundation
import PuenteCore

enum ListPages {
    struct SubscribeForm {
        var name: String
        var email: String
        var language: String
    }

    static func index(_ ctx: PageContext, _ lists: [MailingList]) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.listsTitle))
        out.leaf(.p, ["class": "lead"], text: ctx.t(.listsLead))
        if lists.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        for list in lists {
            out.element(.article, ["class": "card"]) { out in
                out.element(.h2) { $0.link(SiteURL.list(.value(list.slug)).path, list.title.marked(in: ctx.language)) }
                out.element(.p) { out in
                    out.tag(ctx.t(list.kind.label), tone: .neutral)
                    if list.visibility == .members { out.text(" "); out.tag(ctx.t(.listMembersOnly), tone: .info) }
                }
                if !list.description.isEmpty { out.leaf(.p, text: list.about.marked(in: ctx.language)) }
            }
        }
        if ctx.user != nil { out.element(.p) { $0.link(SiteURL.listPreferences.path, ctx.t(.listPreferencesTitle)) } }
        return PageView(title: ctx.t(.listsTitle), html: out.html)
    }

    static func list(_ ctx: PageContext, _ list: MailingList, mine: ListSubscription?, user: User?, recent: [Newsletter],
                     form: SubscribeForm, errors: FormErrors, status: HTTPStatusCode = .ok) -> PageView {
        let title = list.title.marked(in: ctx.language)
        var out = HTMLWriter()
        out.errorSummary(ctx, errors)
        out.leaf(.h1, text: title)
        if !list.description.isEmpty { out.leaf(.p, ["class": "lead"], text: list.about.marked(in: ctx.language)) }
        out.leaf(.p, text: ctx.t(list.kind == .discussion ? .listKindDiscussionHint : .listKindAnnouncementHint))

        switch (mine?.status, list.policy) {
        case (.confirmed?, _):
            out.panel(tone: .success, heading: ctx.t(.listYouAreSubscribed)) { out in
                out.element(.p) { $0.link(SiteURL.listPreferences.path, ctx.t(.listPreferencesTitle)) }
            }
        case (.awaitingApproval?, _):
            out.insetText(ctx.t(.listAwaitingApprovalFlash))
        case (_, .invitation):
            out.insetText(ctx.t(.listInvitationOnly))
        default:
            out.leaf(.h2, text: ctx.t(.listSubscribeTitle))
            if list.policy == .approval { out.leaf(.p, text: ctx.t(.listApprovalHint)) }
            out.form(ctx, action: SiteURL.listSubscribe(.value(list.slug)).path) { out in
                if let user, user.isEmailVerified {
                    out.leaf(.p, text: ctx.t(.listSubscribeAs, ["email": user.email]))
                } else {
                    out.field(ctx, name: "name", label: .nameLabel, value: form.name, errors: errors, autocomplete: "name", required: false)
                    out.field(ctx, name: "email", label: .emailLabel, type: "email", value: form.email, errors: errors, autocomplete: "email")
                }
                out.select(ctx, name: "language", label: .listLanguageLabel, options: Language.allCases.map { ($0.rawValue, $0.endonym) },
                           selected: form.language, errors: errors)
                out.submit(ctx.t(.listSubscribeButton))
            }
        }

        if !recent.isEmpty {
            out.leaf(.h2, text: ctx.t(.listRecentIssues))
            out.element(.ul) { out in
                for issue in recent {
                    out.element(.li) { $0.link(SiteURL.newsletter(.value(issue.id!)).path, issue.version(in: ctx.language).subject) }
                }
            }
        }
        out.element(.p) { $0.link(SiteURL.listArchive(.value(list.slug)).path, ctx.t(.listArchiveTitle)) }
        return PageView(title: title, html: out.html, status: status)
    }

    static func message(_ ctx: PageContext, _ list: MailingList, title: L10n, body: L10n) -> PageView {
        var out = HTMLWriter()
        let name = list.title.text(in: ctx.language)
        out.leaf(.h1, text: ctx.t(title, ["list": name]))
        out.leaf(.p, text: ctx.t(body, ["list": name]))
        out.element(.p) { $0.link(SiteURL.lists.path, ctx.t(.listsTitle)) }
        return PageView(title: ctx.t(title, ["list": name]), html: out.html)
    }

    static func confirm(_ ctx: PageContext, _ list: MailingList, _ subscription: ListSubscription, token: String) -> PageView {
        let name = list.title.text(in: ctx.language)
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.listConfirmTitle, ["list": name]))
        out.leaf(.p, text: ctx.t(.listConfirmLead, ["list": name, "email": subscription.email]))
        out.form(ctx, action: SiteURL.listConfirm(.value(token)).path) { $0.submit(ctx.t(.listConfirmButton)) }
        return PageView(title: ctx.t(.listConfirmTitle, ["list": name]), html: out.html)
    }

    static func unsubscribe(_ ctx: PageContext, _ list: MailingList, _ subscription: ListSubscription, action: String,
                            field: String, value: String) -> PageView {
        let name = list.title.text(in: ctx.language)
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.listUnsubscribeTitle, ["list": name]))
        if subscription.status == .unsubscribed {
            out.leaf(.p, text: ctx.t(.listAlreadyUnsubscribed, ["list": name]))
        } else {
            out.leaf(.p, text: ctx.t(.listUnsubscribeLead, ["list": name, "email": subscription.email]))
            // No CSRF field: the token in the address is the credential, and the form must send
            // exactly what a mail provider's one-click POST sends.
            out.element(.form, ["method": "post", "action": action]) { out in
                out.hidden(field, value)
                out.leaf(.button, ["type": "submit", "class": "button"], text: ctx.t(.listUnsubscribeButton))
            }
        }
        return PageView(title: ctx.t(.listUnsubscribeTitle, ["list": name]), html: out.html)
    }

    /// The one-click link of a message to a segment: no list to leave, so it switches bulk mail off.
    static func stopBulk(_ ctx: PageContext, _ preference: MailPreference, preferencesPath: String, action: String,
                         field: String, value: String) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.segmentStopTitle))
        if preference.noBulk {
            out.leaf(.p, text: ctx.t(.listNoBulkIsOn))
        } else {
            out.leaf(.p, text: ctx.t(.segmentStopLead, ["email": preference.email]))
            // As on the unsubscribe page: the token is the credential, the form is the one-click POST.
            out.element(.form, ["method": "post", "action": action]) { out in
                out.hidden(field, value)
                out.leaf(.button, ["type": "submit", "class": "button"], text: ctx.t(.listNoBulkTurnOn))
            }
        }
        out.element(.p) { $0.link(preferencesPath, ctx.t(.listPreferencesLink)) }
        return PageView(title: ctx.t(.segmentStopTitle), html: out.html)
    }

    static func unsubscribed(_ ctx: PageContext, _ list: MailingList, _ subscription: ListSubscription) -> PageView {
        let name = list.title.text(in: ctx.language)
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.listUnsubscribedTitle))
        out.leaf(.p, text: ctx.t(.listUnsubscribedFlash, ["list": name]))
        out.element(.p) { $0.link(SiteURL.list(.value(list.slug)).path, ctx.t(.listRejoinLink)) }
        return PageView(title: ctx.t(.listUnsubscribedTitle), html: out.html)
    }

    static func preferences(_ ctx: PageContext, _ preference: MailPreference, _ lines: [ListService.PreferenceLine], action: String) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.listPreferencesTitle))
        out.leaf(.p, ["class": "lead"], text: ctx.t(.listPreferencesLead, ["email": preference.email]))
        if preference.heldAt != nil {
            out.panel(tone: .warning, heading: ctx.t(.listHeldTitle)) { out in
                out.leaf(.p, text: ctx.t(.listHeldBody))
            }
        }
        out.leaf(.h2, text: ctx.t(.listNoBulkTitle))
        out.leaf(.p, text: ctx.t(preference.noBulk ? .listNoBulkIsOn : .listNoBulkIsOff))
        out.form(ctx, action: action) { out in
            out.submit(ctx.t(preference.noBulk ? .listNoBulkTurnOff : .listNoBulkTurnOn), kind: .secondary, name: "action",
                       value: preference.noBulk ? "no-bulk-off" : "no-bulk-on")
        }
        out.leaf(.h2, text: ctx.t(.listsTitle))
        if lines.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        for line in lines {
            out.element(.div, ["class": "card"]) { out in
                out.leaf(.h3, text: line.list.title.marked(in: ctx.language))
                let status = line.subscription?.status
                out.element(.p) { out in
                    switch status {
                    case .confirmed?: out.tag(ctx.t(.listStatusConfirmed), tone: .success)
                    case .pending?: out.tag(ctx.t(.listStatusPending), tone: .warning)
                    case .awaitingApproval?: out.tag(ctx.t(.listStatusAwaitingApproval), tone: .warning)
                    case .unsubscribed?, nil: out.tag(ctx.t(.listStatusNotSubscribed), tone: .neutral)
                    }
                }
                out.form(ctx, action: action) { out in
                    if let subscription = line.subscription, status == .confirmed || status == .awaitingApproval || status == .pending {
                        out.hidden("subscription", subscription.id!.uuidString)
                        out.submit(ctx.t(.listLeaveButton), kind: .warning, name: "action", value: "leave")
                    } else if line.list.policy != .invitation {
                        out.hidden("list", line.list.id!.uuidString)
                        out.submit(ctx.t(.listJoinButton), kind: .secondary, name: "action", value: "join")
                    }
                }
            }
        }
        return PageView(title: ctx.t(.listPreferencesTitle), html: out.html)
    }

    static func archive(_ ctx: PageContext, _ list: MailingList, _ issues: [Newsletter]) -> PageView {
        let title = ctx.t(.listArchiveOf, ["list": list.title.text(in: ctx.language)])
        var out = HTMLWriter()
        out.leaf(.h1, text: title)
        if issues.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        out.element(.ul) { out in
            for issue in issues {
                out.element(.li) { out in
                    out.link(SiteURL.newsletter(.value(issue.id!)).path, issue.version(in: ctx.language).subject)
                    if let date = issue.sentAt ?? issue.startedAt { out.text(" · " + ctx.dates.format(date, .date, in: ctx.language)) }
                }
            }
        }
        if list.visibility == .public {
            out.element(.p) { $0.link(SiteURL.listArchiveFeed(.value(list.slug)).path, ctx.t(.listArchiveFeed)) }
        }
        out.element(.p) { $0.link(SiteURL.list(.value(list.slug)).path, list.title.text(in: ctx.language)) }
        return PageView(title: title, html: out.html)
    }

    static func issue(_ ctx: PageContext, _ list: MailingList, _ newsletter: Newsletter) -> PageView {
        let version = newsletter.version(in: ctx.language)
        var out = HTMLWriter()
        out.element(.p, ["class": "caption"]) { out in
            out.link(SiteURL.listArchive(.value(list.slug)).path, list.title.text(in: ctx.language))
            if let date = newsletter.sentAt ?? newsletter.startedAt { out.text(" · " + ctx.dates.format(date, .date, in: ctx.language)) }
        }
        if version.language != ctx.language { out.insetText(ctx.t(.newsletterOnlyInOtherLanguage)) }
        out.element(.article, ["class": "newsletter", "lang": version.language.rawValue]) { out in
            out.raw(NewsletterMarkdown.html(version.markdown))
        }
        return PageView(title: version.subject, html: out.html)
    }
}
