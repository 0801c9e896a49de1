// Staff review and edit one registry entry.

import Fluent
import Foundation
import PuenteCore

enum RegistryStaffEntryPage {
    struct Model {
        let id: UUID?
        let number: String?
        let status: RegistryEntry.Status?
        let reason: String?
        let input: RegistryEntryInput
        let history: [(when: Date, from: String?, to: String, reason: String?, who: String?)]
        var credentials: [CertificateVerification] = []
        /// The entry's name now, to point out certificates printed with another.
        var entryName = ""
        var credentialIDs: [UUID] = []
        var credentialInput = CredentialInput()
        var credentialErrors = FormErrors()
        /// Where the person stands in the core course, shown beside the approve button.
        var training = RegistryTraining()
    }

    /// The entry with its status history, newest first, and its certificates as verification shows them.
    static func query(on db: any Database, entry: RegistryEntry, input: RegistryEntryInput? = nil, today: String) async throws -> Model {
        let history = try await RegistryStatusChange.query(on: db).filter(\.$entry.$id == entry.id!)
            .sort(\.$changedAt, .descending).all()
            .map { (when: $0.changedAt, from: $0.fromStatus, to: $0.toStatus, reason: $0.reason, who: $0.actorEmail) }
        let credentials = try await Credential.query(on: db).filter(\.$entry.$id == entry.id!).sort(\.$issuedOn).all()
        var model = Model(id: entry.id, number: entry.registryNumber, status: entry.status, reason: entry.statusReason,
                          input: input ?? RegistryEntryInput(entry), history: history)
        model.credentialIDs = credentials.map { $0.id! }
        // The name verification shows: a Puente certificate keeps the name it was printed with.
        model.credentials = credentials.map { CertificateVerification($0, holder: $0.holderName ?? entry.fullName,
                                                                      registryStatus: entry.status, today: today) }
        model.entryName = entry.fullName
        model.training = try await RegistryTraining.of(entry, today: today, on: db)
        return model
    }

    static func page(_ ctx: PageContext, _ model: Model, errors: FormErrors = .init(), statusError: L10n? = nil,
                     choices: RegistryFormChoices) -> PageView {
        let title = model.number.map { ctx.t(.verifyRegistryHeading, ["number": $0]) } ?? ctx.t(.registryStaffNew)
        var out = HTMLWriter(capacity: 24_576)
        out.leaf(.h1, text: title)
        if let id = model.id, let status = model.status {
            review(&out, ctx, id: id, status: status, reason: model.reason, training: model.training, error: statusError)
        }
        out.errorSummary(ctx, errors)
        out.form(ctx, action: model.id.map { SiteURL.staffRegistryEntry(.value($0)).path } ?? SiteURL.staffRegistryNew.path) { out in
            RegistryFormView.fields(&out, ctx, model.input, errors, choices: choices, staff: true)
            out.submit(ctx.t(model.id == nil ? .registryStaffCreate : .save))
        }
        if let id = model.id { credentials(&out, ctx, entryID: id, model) }
        if !model.history.isEmpty { history(&out, ctx, model.history) }
        return PageView(title: title, html: out.html,
                        status: errors.isEmpty && statusError == nil && model.credentialErrors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func review(_ out: inout HTMLWriter, _ ctx: PageContext, id: UUID, status: RegistryEntry.Status, reason: String?,
                               training: RegistryTraining, error: L10n?) {
        out.element(.section, ["aria-labelledby": "review-heading"]) { out in
            out.leaf(.h2, ["id": "review-heading"], text: ctx.t(.registryReviewTitle))
            if let certificate = training.certificate {
                out.element(.p) { $0.tag(ctx.t(.registryTrainingMet, ["number": certificate]), tone: .success) }
            } else if let course = training.courseInProgress, [.applied, .changesRequested].contains(status) {
                out.warningText(ctx, ctx.t(.registryTrainingInProgress, ["cohort": course]))
            }
            out.leaf(.p, text: ctx.t(.registryMyStatus) + ": " + ctx.t(status.label) + (reason.map { " — \($0)" } ?? ""))
            out.form(ctx, action: SiteURL.staffRegistryStatus(.value(id)).path) { out in
                var errors = FormErrors()
                if let error { errors.add("reason", error) }
                out.field(ctx, name: "reason", label: .reasonForPersonLabel, errors: errors, required: false)
                out.buttonGroup { out in
                    for (target, label) in actions(for: status) {
                        out.submit(ctx.t(label), kind: [.suspended, .inactive, .declined].contains(target) ? .warning : .primary,
                                   name: "status", value: target.rawValue)
                    }
                }
            }
        }
    }

    private static func credentials(_ out: inout HTMLWriter, _ ctx: PageContext, entryID: UUID, _ model: Model) {
        out.element(.section, ["aria-labelledby": "credentials-heading"]) { out in
            out.leaf(.h2, ["id": "credentials-heading"], text: ctx.t(.credentialsTitle))
            if model.credentials.isEmpty { out.leaf(.p, text: ctx.t(.credentialNone)) }
            out.element(.ul) { out in
                for (credential, id) in zip(model.credentials, model.credentialIDs) {
                    out.element(.li) { out in
                        out.link(SiteURL.verifyNumber(.value(credential.number)).path, credential.number)
                        out.text(" · \(credential.program) · \(credential.issuer) · \(credential.issuedOn) · " + ctx.t(credential.status.label))
                        if credential.holder != model.entryName {
                            out.text(" · " + ctx.t(.credentialPrintedName, ["name": credential.holder]))
                        }
                        if credential.status != .revoked {
                            out.form(ctx, action: SiteURL.staffCredentialRevoke(.value(id)).path) { out in
                                out.leaf(.label, ["for": "revoke-\(id)"], text: ctx.t(.reasonForPersonLabel))
                                out.open(.input, ["type": "text", "id": "revoke-\(id)", "name": "reason", "required": ""])
                                out.submit(ctx.t(.credentialRevoke), kind: .warning)
                            }
                        }
                    }
                }
            }
            out.errorSummary(ctx, model.credentialErrors)
            out.form(ctx, action: SiteURL.staffRegistryCredentials(.value(entryID)).path) { out in
                let input = model.credentialInput, errors = model.credentialErrors
                out.field(ctx, name: "credential_number", label: .credentialNumber, value: input.number, errors: errors)
                out.field(ctx, name: "credential_program", label: .credentialProgram, value: input.program, errors: errors)
                out.field(ctx, name: "credential_issuer", label: .credentialIssuer, value: input.issuer, errors: errors)
                out.field(ctx, name: "credential_issued_on", label: .credentialIssuedOn, type: "date", value: input.issuedOn, errors: errors)
                out.field(ctx, name: "credential_expires_on", label: .credentialExpiresOn, type: "date", value: input.expiresOn,
                          errors: errors, required: false)
                out.submit(ctx.t(.credentialAdd))
            }
        }
    }

    static func actions(for status: RegistryEntry.Status) -> [(RegistryEntry.Status, L10n)] {
        status.nextStatuses.map { target in
            let label: L10n = switch (status, target) {
            case (.applied, .active), (.changesRequested, .active): .registryReviewApprove
            case (_, .active): .registryReviewReactivate
            case (_, .changesRequested): .registryReviewRequestChanges
            case (_, .declined): .registryReviewDecline
            case (_, .inactive): .registryReviewInactive
            case (_, .suspended), (_, .applied): .registryReviewSuspend
            }
            return (target, label)
        }
    }

    private static func history(_ out: inout HTMLWriter, _ ctx: PageContext,
                                _ rows: [(when: Date, from: String?, to: String, reason: String?, who: String?)]) {
        out.element(.section) { out in
            out.leaf(.h2, text: ctx.t(.registryHistory))
            out.element(.ul) { out in
                for row in rows {
                    let to = RegistryEntry.Status(rawValue: row.to).map { ctx.t($0.label) } ?? row.to
                    out.leaf(.li, text: ctx.dates.format(row.when, .dateTime, in: ctx.language) + " · " + to
                             + (row.reason.map { " — \($0)" } ?? "") + (row.who.map { " (\($0))" } ?? ""))
                }
            }
        }
    }
}
