// The design system on one page, drawn by the same components every page calls, so it can
// never show a component that the pages do not use (docs/design-system.md).

import Foundation
import PuenteCore

enum StyleguidePage {
    static func view(_ ctx: PageContext) -> PageView {
        var out = HTMLWriter(capacity: 8192)
        out.leaf(.h1, text: ctx.t(.styleguideTitle))
        out.leaf(.p, text: ctx.t(.styleguideLead))

        out.leaf(.h2, text: ctx.t(.styleguideTones))
        out.element(.ul) { out in
            let meanings: [(Tone, L10n)] = [(.success, .styleguideToneSuccess), (.warning, .styleguideToneWarning),
                                            (.danger, .styleguideToneDanger), (.neutral, .styleguideToneNeutral),
                                            (.info, .styleguideToneInfo)]
            for (tone, meaning) in meanings {
                out.element(.li) { $0.tag(ctx.t(meaning), tone: tone) }
            }
        }
        out.element(.p) { out in
            for status in [Credential.Status.valid, .expired, .revoked] { out.tag(ctx, status); out.text(" ") }
            for status in [RegistryEntry.Status.applied, .changesRequested, .active, .suspended] { out.tag(ctx, status); out.text(" ") }
            for state in [EventState.open, .full, .past, .cancelled] { out.tag(ctx, state); out.text(" ") }
        }

        out.leaf(.h2, text: ctx.t(.styleguideButtons))
        out.buttonGroup { out in
            for kind in ButtonKind.allCases { out.leaf(.button, ["type": "button", "class": kind.className], text: kind.rawValue.capitalized) }
        }

        out.leaf(.h2, text: ctx.t(.styleguidePanels))
        out.panel(ctx, Credential.Status.valid) { $0.leaf(.p, text: ctx.t(.styleguideToneSuccess)) }
        out.panel(ctx, Credential.Status.expired) { $0.leaf(.p, text: ctx.t(.styleguideToneWarning)) }
        out.panel(ctx, Credential.Status.revoked) { $0.leaf(.p, text: ctx.t(.styleguideToneDanger)) }

        out.leaf(.h2, text: ctx.t(.styleguideSummary))
        out.summaryList(ctx, [
            SummaryRow(key: ctx.t(.nameLabel), value: "Rosa Ejemplo", change: "#"),
            SummaryRow(key: ctx.t(.preferredLanguageLabel), value: Language.es.endonym, change: "#"),
            SummaryRow(key: ctx.t(.verifyRegistryStatus), value: "",
                       valueHTML: HTMLWriter.fragment { $0.tag(ctx, RegistryEntry.Status.active) }),
        ])

        out.leaf(.h2, text: ctx.t(.styleguideDates))
        out.element(.div, ["class": "card"]) { out in
            out.dateBadge(ctx, Date())
            out.leaf(.p, text: ctx.dates.format(Date(), .date, in: ctx.language))
        }

        out.leaf(.h2, text: ctx.t(.styleguideProgress))
        out.progressBar(id: "sample-progress", label: ctx.t(.styleguideSampleProgress), value: 30.5, required: 80, text: ctx.t(.styleguideSampleProgressText))

        out.leaf(.h2, text: ctx.t(.styleguideText))
        out.insetText(ctx.t(.styleguideSampleInset))
        out.warningText(ctx, ctx.t(.styleguideSampleWarning))

        out.leaf(.h2, text: ctx.t(.styleguideForms))
        var errors = FormErrors()
        errors.add("sample-email", .emailInvalid)
        out.errorSummary(ctx, errors)
        out.field(ctx, name: "sample-email", label: .emailLabel, type: "email", value: "rosa@", errors: errors)
        out.checkboxes(ctx, name: "sample-language", field: "sample-language", legend: .preferredLanguageLabel, selected: ["es"],
                       errors: FormErrors(), options: Language.allCases.map { ($0.rawValue, $0.endonym) })
        return PageView(title: ctx.t(.styleguideTitle), html: out.html)
    }
}
