// Staff pages of lists: every list with its counts and a form for a new one; one list with its
// settings, subscribers, import and newsletters.

import Fluent
import Foundation
import PuenteCore
import SQLKit

enum ListStaffPages {
    struct IndexModel {
        let lists: [MailingList]
        /// Confirmed and waiting subscribers per list.
        let confirmed: [UUID: Int]
        let waiting: [UUID: Int]

        static func load(on db: any Database) async throws -> IndexModel {
            let lists = try await MailingList.query(on: db).sort(\.$name).all()
            let rows = try await db.sql.raw("""
                SELECT list_id, status, count(*) AS n FROM list_subscriptions GROUP BY list_id, status
                """).all()
            var confirmed: [UUID: Int] = [:], waiting: [UUID: Int] = [:]
            for row in rows {
                let id = try row.decode(column: "list_id", as: UUID.self), n = try row.decode(column: "n", as: Int.self)
                switch try row.decode(column: "status", as: String.self) {
                case "confirmed": confirmed[id] = n
                case "pending", "awaiting_approval": waiting[id, default: 0] += n
                default: break
                }
            }
            return IndexModel(lists: lists, confirmed: confirmed, waiting: waiting)
        }
    }

    static func form(_ list: MailingList) -> ListInput {
        ListInput(slug: list.slug, name: list.name, nameEs: list.nameEs, description: list.description, descriptionEs: list.descriptionEs,
                  kind: list.kind.rawValue, visibility: list.visibility.rawValue, policy: list.policy.rawValue,
                  rewriteFrom: list.rewriteFrom, moderateFirstPosts: list.moderateFirstPosts)
    }

    static func index(_ ctx: PageContext, _ model: IndexModel, form: ListInput, errors: FormErrors) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.errorSummary(ctx, errors)
        out.leaf(.h1, text: ctx.t(.staffListsTitle))
        out.table(label: ctx.t(.staffListsTitle)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.nameLabel, .listKindLabel, .listVisibilityLabel, .listPolicyLabel, .listStatusConfirmed, .listWaiting] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for list in model.lists {
                    out.element(.tr) { out in
                        out.element(.td) { $0.link(SiteURL.staffList(.value(list.slug)).path, list.name) }
                        out.leaf(.td, text: ctx.t(list.kind.label))
                        out.leaf(.td, text: ctx.t(list.visibility.label))
                        out.leaf(.td, text: ctx.t(list.policy.label))
                        out.leaf(.td, text: "\(model.confirmed[list.id!] ?? 0)")
                        out.leaf(.td, text: "\(model.waiting[list.id!] ?? 0)")
                    }
                }
            }
        }
        out.leaf(.h2, text: ctx.t(.listNewTitle))
        out.form(ctx, action: SiteURL.staffLists.path) { out in
            settingsFields(ctx, &out, form: form, errors: errors)
            out.submit(ctx.t(.listCreateButton))
        }
        return PageView(title: ctx.t(.staffListsTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func settingsFields(_ ctx: PageContext, _ out: inout HTMLWriter, form: ListInput, errors: FormErrors) {
        out.field(ctx, name: "slug", label: .listSlugLabel, value: form.slug, errors: errors, hint: .listSlugHint)
        out.field(ctx, name: "name", label: .nameLabel, value: form.name, errors: errors)
        out.field(ctx, name: "nameEs", label: .listNameEsLabel, value: form.nameEs ?? "", errors: errors, required: false)
        out.textArea(ctx, name: "description", label: .listDescriptionLabel, value: form.description ?? "", errors: errors, required: false)
        out.textArea(ctx, name: "descriptionEs", label: .listDescriptionEsLabel, value: form.descriptionEs ?? "", errors: errors, required: false)
        out.radios(ctx, name: "kind", legend: .listKindLabel, selected: form.kind ?? "announcement", errors: errors,
                   options: MailingList.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) })
        out.radios(ctx, name: "visibility", legend: .listVisibilityLabel, selected: form.visibility ?? "public", errors: errors,
                   options: MailingList.Visibility.allCases.map { ($0.rawValue, ctx.t($0.label)) })
        out.radios(ctx, name: "policy", legend: .listPolicyLabel, selected: form.policy ?? "open", errors: errors,
                   options: MailingList.Policy.allCases.map { ($0.rawValue, ctx.t($0.label)) })
        out.checkboxes(ctx, name: "moderateFirstPosts", field: "moderateFirstPosts", legend: .listDiscussionSettings,
                       selected: form.moderateFirstPosts == false ? [] : ["on"], errors: errors, options: [("on", ctx.t(.listModerateFirstPosts))])
        out.checkboxes(ctx, name: "rewriteFrom", field: "rewriteFrom", legend: .listFromLabel,
                       selected: form.rewriteFrom == true ? ["on"] : [], errors: errors, options: [("on", ctx.t(.listRewriteFromAlways))])
    }

    struct ListModel {
        let list: MailingList
        let subscriptions: [ListSubscription]
        let total: Int
        let status: ListSubscription.Status?
        let newsletters: [Newsletter]
        /// Posts by email waiting for an owner.
        let held: [InboundMessage]
        var owners: [ListService.OwnerLine] = []
        /// What staff may name as owner.
        var organizations: [Organization] = []

        static func load(_ list: MailingList, status: ListSubscription.Status?, on db: any Database) async throws -> ListModel {
            var query = ListSubscription.query(on: db).filter(\.$list.$id == list.id!)
            if let status { query = query.filter(\.$status == status) }
            let total = try await query.count()
            let subscriptions = try await query.sort(\.$email).limit(200).all()
            let newsletters = try await Newsletter.query(on: db).filter(\.$list.$id == list.id!).sort(\.$createdAt, .descending).limit(50).all()
            let held = try await InboundMessage.query(on: db).filter(\.$list.$id == list.id!).filter(\.$kind == .post)
                .filter(\.$status == .held).sort(\.$createdAt).limit(100).all()
            return ListModel(list: list, subscriptions: subscriptions, total: total, status: status, newsletters: newsletters, held: held)
        }
    }

    static func list(_ ctx: PageContext, _ model: ListModel, form: ListInput, errors: FormErrors, subscriberErrors: FormErrors,
                     newsletterErrors: FormErrors, importReport: ListImport.Report?, status: HTTPStatusCode) -> PageView {
        let list = model.list
        var out = HTMLWriter(capacity: 32_768)
        out.errorSummary(ctx, errors)
        out.errorSummary(ctx, subscriberErrors)
        out.errorSummary(ctx, newsletterErrors)
        out.leaf(.h1, text: list.name)
        out.element(.p) { out in
            out.text("\(list.slug)@… · ")
            out.link(SiteURL.list(.value(list.slug)).path, ctx.t(.listPublicPage))
            out.text(" · ")
            out.link(SiteURL.listArchive(.value(list.slug)).path, ctx.t(.listArchiveTitle))
        }

        if !model.held.isEmpty {
            out.leaf(.h2, text: ctx.t(.listHeldPostsTitle, ["count": "\(model.held.count)"]))
            for message in model.held {
                out.element(.div, ["class": "card"]) { out in
                    out.leaf(.h3, text: message.subject.isEmpty ? "—" : message.subject)
                    out.leaf(.p, ["class": "caption"], text: "\(message.sender) · \(message.reason ?? "")")
                    if let text = (try? ParsedMail(message.raw))?.plainText {
                        out.leaf(.pre, ["class": "message"], text: String(text.prefix(2_000)))
                    }
                    out.form(ctx, action: SiteURL.staffListPosts(.value(list.slug)).path) { out in
                        out.hidden("message", message.id!.uuidString)
                        out.buttonGroup { out in
                            out.submit(ctx.t(.listPostApprove), kind: .primary, name: "action", value: "approve")
                            out.submit(ctx.t(.listPostReject), kind: .warning, name: "action", value: "reject")
                        }
                    }
                }
            }
        }

        out.leaf(.h2, text: ctx.t(.newslettersTitle))
        if model.newsletters.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        out.element(.ul) { out in
            for newsletter in model.newsletters {
                out.element(.li) { out in
                    out.link(SiteURL.staffNewsletter(.value(newsletter.id!)).path, newsletter.subject.isEmpty ? (newsletter.subjectEs ?? "") : newsletter.subject)
                    out.text(" ")
                    out.tag(ctx.t(newsletter.status.label), tone: newsletter.status.tone)
                }
            }
        }
        out.element(.details, newsletterErrors.isEmpty ? [:] : ["open": ""]) { out in
            out.leaf(.summary, text: ctx.t(.newsletterNewTitle))
            out.form(ctx, action: SiteURL.staffListNewsletters(.value(list.slug)).path) { out in
                NewsletterPages.fields(ctx, &out, input: NewsletterInput(), errors: newsletterErrors)
                out.submit(ctx.t(.newsletterSaveDraft))
            }
        }

        out.leaf(.h2, text: ctx.t(.listSubscribersTitle, ["count": "\(model.total)"]))
        out.element(.p) { out in
            out.link(SiteURL.staffList(.value(list.slug)).path, ctx.t(.listAllStatuses), model.status == nil ? ["aria-current": "page"] : [:])
            for status in ListSubscription.Status.allCases {
                out.text(" · ")
                out.link(SiteURL.staffList(.value(list.slug)).path(query: ["status": status.rawValue]), ctx.t(status.label),
                         model.status == status ? ["aria-current": "page"] : [:])
            }
            out.text(" · ")
            out.link(SiteURL.staffListExport(.value(list.slug)).path, ctx.t(.listExportLink))
        }
        out.table(label: ctx.t(.listSubscribersTitle, ["count": "\(model.total)"])) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.emailLabel, .nameLabel, .listLanguageLabel, .listStatusLabel, .listConsentLabel, .listActionsLabel] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for subscription in model.subscriptions {
                    out.element(.tr) { out in
                        out.leaf(.td, text: subscription.email)
                        out.leaf(.td, text: subscription.name)
                        out.leaf(.td, text: subscription.preferredLanguage.endonym)
                        out.element(.td) { $0.tag(ctx.t(subscription.status.label), tone: subscription.status.tone) }
                        out.leaf(.td, text: subscription.consentBasis)
                        out.element(.td) { out in
                            out.form(ctx, action: SiteURL.staffListSubscribers(.value(list.slug)).path) { out in
                                out.hidden("subscription", subscription.id!.uuidString)
                                if subscription.status == .awaitingApproval {
                                    out.submit(ctx.t(.listApproveButton), kind: .secondary, name: "action", value: "approve")
                                }
                                if subscription.status != .unsubscribed {
                                    out.submit(ctx.t(.remove), kind: .warning, name: "action", value: "remove")
                                }
                            }
                        }
                    }
                }
            }
        }

        out.element(.details, subscriberErrors.isEmpty ? [:] : ["open": ""]) { out in
            out.leaf(.summary, text: ctx.t(.listAddSubscriberTitle))
            out.form(ctx, action: SiteURL.staffListSubscribers(.value(list.slug)).path) { out in
                out.hidden("action", "add")
                out.field(ctx, name: "email", label: .emailLabel, type: "email", errors: subscriberErrors)
                out.field(ctx, name: "name", label: .nameLabel, errors: subscriberErrors, required: false)
                out.select(ctx, name: "language", label: .listLanguageLabel, options: Language.allCases.map { ($0.rawValue, $0.endonym) },
                           selected: ctx.language.rawValue, errors: subscriberErrors)
                out.field(ctx, name: "consentNote", label: .listConsentNoteLabel, errors: subscriberErrors, hint: .listConsentNoteHint)
                out.submit(ctx.t(.listAddSubscriberButton))
            }
        }
        importSection(ctx, &out, list, report: importReport)
        ownersSection(ctx, &out, model)

        out.element(.details, errors.isEmpty ? [:] : ["open": ""]) { out in
            out.leaf(.summary, text: ctx.t(.listSettingsTitle))
            out.form(ctx, action: SiteURL.staffList(.value(list.slug)).path) { out in
                settingsFields(ctx, &out, form: form, errors: errors)
                out.buttonGroup { out in
                    out.submit(ctx.t(.save), kind: .primary, name: "action", value: "save")
                    out.submit(ctx.t(.listDeleteButton), kind: .warning, name: "action", value: "delete")
                }
            }
        }
        return PageView(title: list.name, html: out.html, status: status)
    }

    private static func importSection(_ ctx: PageContext, _ out: inout HTMLWriter, _ list: MailingList, report: ListImport.Report?) {
        out.element(.details, report == nil ? [:] : ["open": ""]) { out in
            out.leaf(.summary, text: ctx.t(.listImportTitle))
            if let report {
                out.panel(tone: report.isClean ? .success : .danger,
                          heading: ctx.t(report.committed ? .listImportDone : report.isClean ? .listImportDryRunClean : .listImportHasProblems)) { out in
                    out.leaf(.p, text: ctx.t(.listImportCounts, ["rows": "\(report.rows)", "added": "\(report.added)", "updated": "\(report.updated)",
                                                                 "unchanged": "\(report.unchanged)", "skipped": "\(report.skippedUnsubscribed)"]))
                    if !report.problems.isEmpty {
                        out.element(.ul) { out in
                            for problem in report.problems.prefix(100) {
                                out.leaf(.li, text: (problem.line > 0 ? ctx.t(.listImportLine, ["line": "\(problem.line)"]) + " " : "") + ctx.t(problem.message))
                            }
                        }
                    }
                }
            }
            out.leaf(.p, text: ctx.t(.listImportHint))
            out.element(.form, ["method": "post", "action": SiteURL.staffListSubscribers(.value(list.slug)).path, "enctype": "multipart/form-data"]) { out in
                out.csrfField(ctx)
                out.hidden("action", "import")
                out.element(.div, ["class": "field"]) { out in
                    out.leaf(.label, ["for": "field-file"], text: ctx.t(.listImportFileLabel))
                    out.open(.input, ["type": "file", "id": "field-file", "name": "file", "accept": ".csv,text/csv", "required": ""])
                }
                out.field(ctx, name: "basis", label: .listImportBasisLabel, errors: FormErrors(), hint: .listConsentNoteHint)
                out.radios(ctx, name: "commit", legend: .listImportModeLabel, selected: "no", errors: FormErrors(),
                           options: [("no", ctx.t(.listImportDryRun)), ("yes", ctx.t(.listImportCommit))])
                out.submit(ctx.t(.listImportButton))
            }
        }
    }
}

extension ListSubscription.Status {
    var label: L10n {
        switch self {
        case .pending: .listStatusPending
        case .awaitingApproval: .listStatusAwaitingApproval
        case .confirmed: .listStatusConfirmed
        case .unsubscribed: .listStatusUnsubscribed
        }
    }

    var tone: Tone {
        switch self {
        case .pending, .awaitingApproval: .warning
        case .confirmed: .success
        case .unsubscribed: .neutral
        }
    }
}

extension Newsletter.Status {
    var label: L10n {
        switch self {
        case .draft: .newsletterStatusDraft
        case .scheduled: .newsletterStatusScheduled
        case .sending: .newsletterStatusSending
        case .sent: .newsletterStatusSent
        case .cancelled: .newsletterStatusCancelled
        }
    }

    var tone: Tone {
        switch self {
        case .draft: .neutral
        case .scheduled, .sending: .info
        case .sent: .success
        case .cancelled: .danger
        }
    }
}

extension ListStaffPages {
    /// Owners manage the list as staff do; only staff name or remove them.
    static func ownersSection(_ ctx: PageContext, _ out: inout HTMLWriter, _ model: ListModel) {
        let action = SiteURL.staffListOwners(.value(model.list.slug)).path
        out.leaf(.h2, text: ctx.t(.listOwnersTitle))
        out.leaf(.p, ["class": "hint"], text: ctx.t(.listOwnersHint))
        if model.owners.isEmpty { out.leaf(.p, text: ctx.t(.listOwnersNone)) }
        out.element(.ul, ["class": "list"]) { out in
            for owner in model.owners {
                out.element(.li) { out in
                    out.text(owner.name + " ")
                    guard ctx.can(.manageLists) else { return }
                    out.form(ctx, action: action) { out in
                        out.hidden("owner", owner.id.uuidString)
                        out.submit(ctx.t(.listOwnerRemoveButton), kind: .warning, name: "action", value: "remove")
                    }
                }
            }
        }
        guard ctx.can(.manageLists) else { return }
        out.form(ctx, action: action) { out in
            out.field(ctx, name: "email", label: .listOwnerEmailLabel, type: "email", errors: FormErrors(), required: false)
            out.select(ctx, name: "organization", label: .listOwnerOrganizationLabel,
                       options: model.organizations.map { ($0.id!.uuidString, $0.name) }, selected: nil, errors: FormErrors(), anyOption: "")
            out.submit(ctx.t(.listOwnerAddButton), kind: .secondary, name: "action", value: "add")
        }
    }
}
