// A member's own registry entry: where it stands, what happens next, a summary with "Change"
// links, and the form those links lead to.

import Foundation
import PuenteCore

enum RegistryMinePage {
    struct Model {
        let number: String
        let status: RegistryEntry.Status
        let reason: String?
        let input: RegistryEntryInput
    }

    static func page(_ ctx: PageContext, _ model: Model, errors: FormErrors = .init(), choices: RegistryFormChoices) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.registryMyTitle))
        // The answer first: where the entry stands and what happens next, then a summary whose
        // "Change" links jump to the field in the form below.
        out.panel(ctx, model.status) { out in
            out.leaf(.p, text: ctx.t(.registryMyNumber) + ": " + model.number)
            if let reason = model.reason { out.leaf(.p, text: ctx.t(.registryMyReason) + ": " + reason) }
            out.leaf(.p, text: ctx.t(whatHappensNext(model.status)))
        }
        out.summaryList(ctx, summary(ctx, model.input, choices))
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.registryMine.path) { out in
            RegistryFormView.fields(&out, ctx, model.input, errors, choices: choices, staff: false, nameSettled: model.status.nameIsSettled)
            out.submit(ctx.t(model.status == .changesRequested ? .registryMyUpdate : .save))
        }
        return PageView(title: ctx.t(.registryMyTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func whatHappensNext(_ status: RegistryEntry.Status) -> L10n {
        switch status {
        case .applied: .registryNextApplied
        case .changesRequested: .registryNextChanges
        case .active: .registryNextActive
        case .inactive: .registryNextInactive
        case .suspended: .registryNextSuspended
        case .declined: .registryNextDeclined
        }
    }

    private static func summary(_ ctx: PageContext, _ input: RegistryEntryInput, _ choices: RegistryFormChoices) -> [SummaryRow] {
        let none = ctx.t(.registryNoneChosen)
        func list(_ names: [String]) -> String { names.isEmpty ? none : names.joined(separator: ", ") }
        return [
            SummaryRow(key: ctx.t(.nameLabel), value: "\(input.givenName) \(input.familyName)", change: "#field-given_name"),
            SummaryRow(key: ctx.t(.registryWorkerType), value: input.type == .other && !input.otherTitle.isEmpty ? input.otherTitle
                                                                  : input.type.name(in: ctx.language), change: "#field-worker_type"),
            SummaryRow(key: ctx.t(.registryLanguagesLegend),
                       value: list(input.languages.compactMap { SpokenLanguages.named($0)?.name(in: ctx.language) }), change: "#field-languages"),
            SummaryRow(key: ctx.t(.registryCountiesLegend),
                       value: list(input.counties.compactMap { choices.counties.county(fips: $0)?.name }), change: "#field-counties"),
            SummaryRow(key: ctx.t(.registryConsentLegend), value: ctx.t(input.listed ? .registryListedYes : .registryListedNo),
                       change: "#field-consent"),
        ]
    }
}
