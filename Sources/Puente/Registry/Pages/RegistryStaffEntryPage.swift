// Staff review and edit one registry entry.

import Fluent
import Foundation
import Plot
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
        return PageView(title: title, content: Div {
            H1(title)
            if let id = model.id, let status = model.status {
                review(ctx, id: id, status: status, reason: model.reason, training: model.training, error: statusError)
            }
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: model.id.map { SiteURL.staffRegistryEntry(.value($0)).path } ?? SiteURL.staffRegistryNew.path) {
                RegistryFormView.fields(ctx, model.input, errors, choices: choices, staff: true)
                UI.submit(ctx.t(model.id == nil ? .registryStaffCreate : .save))
            }
            if let id = model.id { credentials(ctx, entryID: id, model) }
            if !model.history.isEmpty { history(ctx, model.history) }
        }, status: errors.isEmpty && statusError == nil && model.credentialErrors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func review(_ ctx: PageContext, id: UUID, status: RegistryEntry.Status, reason: String?, training: RegistryTraining,
                               error: L10n?) -> Component {
        Tag.element(.section, ["aria-labelledby": "review-heading"]) {
            Tag.element(.h2, ["id": "review-heading"]) { Text(ctx.t(.registryReviewTitle)) }
            Tag.raw(HTMLWriter.fragment { out in
                if let certificate = training.certificate {
                    out.element(.p) { $0.tag(ctx.t(.registryTrainingMet, ["number": certificate]), tone: .success) }
                } else if let course = training.courseInProgress, [.applied, .changesRequested].contains(status) {
                    out.warningText(ctx, ctx.t(.registryTrainingInProgress, ["cohort": course]))
                }
            })
            Paragraph(ctx.t(.registryMyStatus) + ": " + ctx.t(status.label) + (reason.map { " — \($0)" } ?? ""))
            UI.form(ctx, action: SiteURL.staffRegistryStatus(.value(id)).path) {
                Div {
                    Tag.element(.label, ["for": "field-reason"]) { Text(ctx.t(.reasonForPersonLabel)) }
                    if let error { Paragraph(ctx.t(error)).class("field-error").id("field-reason-error") }
                    Tag.void(.input, ["type": "text", "id": "field-reason", "name": "reason",
                                       "aria-invalid": error == nil ? nil : "true",
                                       "aria-describedby": error == nil ? nil : "field-reason-error"])
                }.class(error == nil ? "field" : "field has-error")
                UI.buttonGroup(actions(for: status).map { target, label in
                    (ctx.t(label), [.suspended, .inactive, .declined].contains(target) ? .warning : .primary, "status", target.rawValue)
                })
            }
        }
    }

    private static func credentials(_ ctx: PageContext, entryID: UUID, _ model: Model) -> Component {
        Tag.element(.section, ["aria-labelledby": "credentials-heading"]) {
            Tag.element(.h2, ["id": "credentials-heading"]) { Text(ctx.t(.credentialsTitle)) }
            if model.credentials.isEmpty { Paragraph(ctx.t(.credentialNone)) }
            Tag.element(.ul) {
                for (credential, id) in zip(model.credentials, model.credentialIDs) {
                    Tag.element(.li) {
                        Tag.a(SiteURL.verifyNumber(.value(credential.number)).path, credential.number)
                        Text(" · \(credential.program) · \(credential.issuer) · \(credential.issuedOn) · " + ctx.t(credential.status.label))
                        if credential.holder != model.entryName {
                            Text(" · " + ctx.t(.credentialPrintedName, ["name": credential.holder]))
                        }
                        if credential.status != .revoked {
                            UI.form(ctx, action: SiteURL.staffCredentialRevoke(.value(id)).path) {
                                Tag.element(.label, ["for": "revoke-\(id)"]) { Text(ctx.t(.reasonForPersonLabel)) }
                                Tag.void(.input, ["type": "text", "id": "revoke-\(id)", "name": "reason", "required": ""])
                                UI.submit(ctx.t(.credentialRevoke), kind: .warning)
                            }
                        }
                    }
                }
            }
            UI.errorSummary(ctx, model.credentialErrors)
            UI.form(ctx, action: SiteURL.staffRegistryCredentials(.value(entryID)).path) {
                let input = model.credentialInput, errors = model.credentialErrors
                UI.field(ctx, name: "credential_number", label: .credentialNumber, value: input.number, errors: errors)
                UI.field(ctx, name: "credential_program", label: .credentialProgram, value: input.program, errors: errors)
                UI.field(ctx, name: "credential_issuer", label: .credentialIssuer, value: input.issuer, errors: errors)
                UI.field(ctx, name: "credential_issued_on", label: .credentialIssuedOn, type: "date", value: input.issuedOn, errors: errors)
                UI.field(ctx, name: "credential_expires_on", label: .credentialExpiresOn, type: "date", value: input.expiresOn,
                         errors: errors, required: false)
                UI.submit(ctx.t(.credentialAdd))
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

    private static func history(_ ctx: PageContext, _ rows: [(when: Date, from: String?, to: String, reason: String?,
                                                              who: String?)]) -> Component {
        Tag.element(.section) {
            H2(ctx.t(.registryHistory))
            Tag.element(.ul) {
                for row in rows {
                    Tag.element(.li) {
                        let to = RegistryEntry.Status(rawValue: row.to).map { ctx.t($0.label) } ?? row.to
                        Text(ctx.dates.format(row.when, .dateTime, in: ctx.language) + " · " + to
                             + (row.reason.map { " — \($0)" } ?? "") + (row.who.map { " (\($0))" } ?? ""))
                    }
                }
            }
        }
    }
}
