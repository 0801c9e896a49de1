// A member applies to the registry in four short steps, then checks the answers and sends
// them (RegistryApplicationStep says how the steps carry the answers).

import Foundation
import PuenteCore

enum RegistryApplyPage {
    /// One step's questions. `checking`: the person has seen "check your answers", so
    /// "Continue" goes back there.
    static func step(_ ctx: PageContext, _ step: RegistryApplicationStep, _ input: RegistryEntryInput, errors: FormErrors = .init(),
                     checking: Bool = false, choices: RegistryFormChoices) -> PageView {
        guard step != .check else { return check(ctx, input, choices: choices) }
        var out = HTMLWriter(capacity: 16_384)
        heading(&out, ctx, step)
        if step == .about {
            out.leaf(.p, text: ctx.t(.registryApplyLead))
            out.leaf(.p, ["class": "notice"], text: ctx.t(.registryFree))
        }
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.registryApply.path) { out in
            out.hidden("step", step.rawValue)
            if checking { out.hidden("checking", "1") }
            RegistryFormView.carry(&out, input, except: step)
            RegistryFormView.part(step, &out, ctx, input, errors, choices: choices)
            out.buttonGroup { out in
                out.submit(ctx.t(.registryStepContinue), kind: .primary, name: "go", value: "next")
                if step != .about { out.submit(ctx.t(.registryStepBack), kind: .secondary, name: "go", value: "back") }
            }
        }
        return PageView(title: "\(ctx.t(step.title)) · \(ctx.t(.registryApplyTitle))", html: out.html,
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// Every answer with a "Change" button that opens its step, and the one button that sends.
    static func check(_ ctx: PageContext, _ input: RegistryEntryInput, choices: RegistryFormChoices) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        heading(&out, ctx, .check)
        out.leaf(.p, text: ctx.t(.registryCheckLead))
        out.form(ctx, action: SiteURL.registryApply.path) { out in
            out.hidden("step", RegistryApplicationStep.check.rawValue)
            RegistryFormView.carry(&out, input, except: .check)
            for step in RegistryApplicationStep.questions {
                out.leaf(.h2, text: ctx.t(step.title))
                out.summaryList(ctx, answers(ctx, step, input, choices).map { key, value in
                    SummaryRow(key: key, value: value, changeButton: .init(name: "go", value: step.rawValue))
                })
            }
            out.buttonGroup { out in
                out.submit(ctx.t(.registryApplySubmit), kind: .primary, name: "go", value: "submit")
                out.submit(ctx.t(.registryStepBack), kind: .secondary, name: "go", value: "back")
            }
        }
        return PageView(title: "\(ctx.t(RegistryApplicationStep.check.title)) · \(ctx.t(.registryApplyTitle))", html: out.html)
    }

    private static func heading(_ out: inout HTMLWriter, _ ctx: PageContext, _ step: RegistryApplicationStep) {
        let steps = RegistryApplicationStep.questions.count
        if step != .check {
            out.leaf(.p, ["class": "caption"], text: ctx.t(.registryStepOf, ["step": String(step.number), "steps": String(steps)]))
        }
        out.leaf(.h1, text: ctx.t(step.title))
    }

    /// A step's answers in words, as (question, answer).
    static func answers(_ ctx: PageContext, _ step: RegistryApplicationStep, _ input: RegistryEntryInput,
                        _ choices: RegistryFormChoices) -> [(String, String)] {
        let none = ctx.t(.registryNoneChosen)
        func list(_ names: [String]) -> String { names.isEmpty ? none : names.joined(separator: ", ") }
        switch step {
        case .about:
            return [
                (ctx.t(.nameLabel), "\(input.givenName) \(input.familyName)"),
                (ctx.t(.emailLabel), input.email.isEmpty ? none : input.email),
                (ctx.t(.registryPhone), input.phone.isEmpty ? none : input.phone),
                (ctx.t(.registryWorkerType), input.type == .other && !input.otherTitle.isEmpty ? input.otherTitle
                                                                                              : input.type.name(in: ctx.language)),
                (ctx.t(.registryPreferredContact),
                 RegistryFormView.contactMethods(ctx).first { $0.0 == input.preferredContact }?.1 ?? input.preferredContact),
            ]
        case .languages:
            return [(ctx.t(.registryLanguagesLegend), list(SpokenLanguages.readingOrder.sorted(input.languages, in: ctx.language)
                .compactMap { SpokenLanguages.named($0)?.name(in: ctx.language) }))]
        case .places:
            return [
                (ctx.t(.registryCountiesLegend), list(choices.counties.readingOrder.sorted(input.counties, in: ctx.language)
                    .compactMap { choices.counties.county(fips: $0)?.name })),
                (ctx.t(.registryCommunitiesLegend), list(input.communities.compactMap { choices.communities.named($0)?.name(in: ctx.language) }
                    .sorted(byCollating: { $0 }))),
            ]
        case .directory:
            let organizations = Dictionary(uniqueKeysWithValues: RegistryFormView.offeredOrganizations(ctx, input, choices.organizations))
            let shown = RegistryFormView.consents(input).dropFirst().filter(\.2).map { ctx.t($0.1) }
            return [
                (ctx.t(.registryOrganizationsLegend), list((input.organizations ?? []).compactMap { organizations[$0.uuidString] }
                    .sorted(byCollating: { $0 }))),
                (ctx.t(.registryEmployerLabel), input.employer.flatMap { organizations[$0.uuidString] } ?? ctx.t(.registryNoEmployer)),
                (ctx.t(.registryConsentLegend), ctx.t(input.listed ? .registryListedYes : .registryListedNo)),
            ] + (input.listed ? [(ctx.t(.registryDirectoryShows), list(shown))] : [])
        case .check:
            return []
        }
    }
}

extension RegistryApplyPage {
    /// Instead of the form, until the account's email address is confirmed (the banner above offers a new link).
    static func confirmEmailFirst(_ ctx: PageContext) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.registryApplyTitle))
        out.leaf(.p, ["class": "notice"], text: ctx.t(.registryFree))
        out.leaf(.p, ["class": "notice notice-warning"], text: ctx.t(.registryConfirmEmailFirst))
        return PageView(title: ctx.t(.registryApplyTitle), html: out.html, status: .forbidden)
    }
}
