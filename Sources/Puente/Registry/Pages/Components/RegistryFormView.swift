// The registry entry form, shared by the member's application (one part per step), the
// member's own entry and the staff pages (all parts at once).

import Foundation
import PuenteCore

/// The program's lists the form offers: counties, and the organizations people can choose.
struct RegistryFormChoices: Sendable {
    struct OrganizationChoice: Sendable {
        let id: UUID
        let name: String
        let active: Bool
    }

    let counties: CountyList
    let communities: CommunityList
    let organizations: [OrganizationChoice]
}

enum RegistryFormView {
    /// Every part, for pages that edit an entry whole. `nameSettled`: the member's entry is
    /// decided, so the name is shown but only staff change it.
    static func fields(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: RegistryEntryInput, _ errors: FormErrors,
                       choices: RegistryFormChoices, staff: Bool, nameSettled: Bool = false) {
        for step in RegistryApplicationStep.questions {
            part(step, &out, ctx, input, errors, choices: choices, nameSettled: nameSettled)
        }
        if staff { out.textArea(ctx, name: "notes", label: .registryNotes, value: input.notes, errors: errors, required: false) }
    }

    /// The fields one step of the application asks for.
    static func part(_ step: RegistryApplicationStep, _ out: inout HTMLWriter, _ ctx: PageContext, _ input: RegistryEntryInput,
                     _ errors: FormErrors, choices: RegistryFormChoices, nameSettled: Bool = false) {
        switch step {
        case .about: about(&out, ctx, input, errors, nameSettled: nameSettled)
        case .languages: languages(&out, ctx, input, errors)
        case .places: places(&out, ctx, input, errors, choices)
        case .directory:
            organizations(&out, ctx, input, errors, choices.organizations)
            consent(&out, ctx, input)
        case .check: break
        }
    }

    private static func about(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: RegistryEntryInput, _ errors: FormErrors,
                              nameSettled: Bool) {
        out.field(ctx, name: "given_name", label: .registryGivenName, value: input.givenName, errors: errors,
                  hint: nameSettled ? .registryNameSettledHint : nil, autocomplete: "given-name", readOnly: nameSettled)
        out.field(ctx, name: "family_name", label: .registryFamilyName, value: input.familyName, errors: errors,
                  autocomplete: "family-name", readOnly: nameSettled)
        out.field(ctx, name: "email", label: .emailLabel, type: "email", value: input.email, errors: errors, autocomplete: "email",
                  required: false)
        out.field(ctx, name: "phone", label: .registryPhone, type: "tel", value: input.phone, errors: errors, autocomplete: "tel",
                  required: false)
        out.radios(ctx, name: "worker_type", legend: .registryWorkerType, selected: input.workerType, errors: errors,
                   options: WorkerType.allCases.map { ($0.rawValue, $0.name(in: ctx.language)) })
        out.field(ctx, name: "other_title", label: .registryOtherTitle, value: input.otherTitle, errors: errors, required: false)
        out.radios(ctx, name: "preferred_contact", legend: .registryPreferredContact, selected: input.preferredContact, errors: errors,
                   options: contactMethods(ctx))
    }

    static func contactMethods(_ ctx: PageContext) -> [(String, String)] {
        [("email", ctx.t(.registryContactEmail)), ("phone", ctx.t(.registryContactPhone)), ("text", ctx.t(.registryContactText))]
    }

    /// The common languages first; the other forty behind "more", opened when one of them is chosen.
    private static func languages(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: RegistryEntryInput, _ errors: FormErrors) {
        let chosen = Set(input.languages)
        let all = SpokenLanguages.choices(in: ctx.language).map { ($0.code, $0.name) }
        let common = SpokenLanguages.common.compactMap { code in all.first { $0.0 == code } }
        let more = all.filter { !SpokenLanguages.common.contains($0.0) }
        out.choices(ctx, field: "languages", legend: .registryLanguagesLegend, errors: errors, inColumns: true) { out in
            out.choiceBoxes(name: "languages[]", options: common, selected: chosen)
            out.element(.details, ["class": "more", "open": more.contains { chosen.contains($0.0) } ? "" : nil]) { out in
                out.leaf(.summary, text: ctx.t(.registryMoreLanguages, ["count": String(more.count)]))
                out.element(.div, ["class": "choices-columns"]) { $0.choiceBoxes(name: "languages[]", options: more, selected: chosen) }
            }
        }
    }

    /// Counties by region, each region folded until opened (or holding a chosen county).
    private static func places(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: RegistryEntryInput, _ errors: FormErrors,
                               _ choices: RegistryFormChoices) {
        let chosen = Set(input.counties)
        out.choices(ctx, field: "counties", legend: .registryCountiesLegend, errors: errors) { out in
            out.leaf(.p, ["class": "hint"], text: ctx.t(.registryCountyRegionsHint))
            for region in choices.counties.regions {
                let options = region.counties.compactMap { fips in choices.counties.county(fips: fips).map { (fips, $0.name) } }
                let picked = options.filter { chosen.contains($0.0) }.count
                out.element(.details, ["class": "more", "open": picked > 0 ? "" : nil]) { out in
                    out.leaf(.summary, text: region.name(in: ctx.language) + (picked > 0 ? " (\(picked))" : ""))
                    out.element(.div, ["class": "choices-columns"]) { $0.choiceBoxes(name: "counties[]", options: options, selected: chosen) }
                }
            }
        }
        out.checkboxes(ctx, name: "communities[]", field: "communities", legend: .registryCommunitiesLegend,
                       selected: Set(input.communities), errors: errors, options: communities(ctx, input, choices.communities))
    }

    /// The program's communities, and codes the person holds that the program has since dropped
    /// (`PUENTE_COMMUNITIES`), so saving the form does not silently take them away.
    private static func communities(_ ctx: PageContext, _ input: RegistryEntryInput, _ list: CommunityList) -> [(String, String)] {
        list.all.map { ($0.code, $0.name(in: ctx.language)) }
            + input.communities.filter { list.named($0) == nil }.sorted().map { ($0, ctx.t(.registryCommunityRetired, ["code": $0])) }
    }

    /// Active organizations, and inactive ones the person already has, as (id, name).
    static func offeredOrganizations(_ ctx: PageContext, _ input: RegistryEntryInput,
                                     _ all: [RegistryFormChoices.OrganizationChoice]) -> [(String, String)] {
        let chosen = Set((input.organizations ?? []).map(\.uuidString))
        return all.filter { $0.active || chosen.contains($0.id.uuidString) }.map { organization in
            (organization.id.uuidString, organization.active ? organization.name : "\(organization.name) (\(ctx.t(.organizationInactive)))")
        }
    }

    /// The organizations, then which one employs the person.
    private static func organizations(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: RegistryEntryInput, _ errors: FormErrors,
                                      _ all: [RegistryFormChoices.OrganizationChoice]) {
        let offered = offeredOrganizations(ctx, input, all)
        out.hidden("organizations_shown", "1")
        if offered.isEmpty {
            out.leaf(.p, ["class": "hint"], text: ctx.t(.registryOrganizationsNone))
        } else {
            out.checkboxes(ctx, name: "organizations[]", field: "organizations", legend: .registryOrganizationsLegend,
                           selected: Set((input.organizations ?? []).map(\.uuidString)), errors: errors, options: offered)
            out.select(ctx, name: "employer", label: .registryEmployerLabel, options: offered, selected: input.employer?.uuidString,
                       errors: errors, anyOption: ctx.t(.registryNoEmployer))
        }
    }

    /// What the public directory may show, as (form field, label, on).
    static func consents(_ input: RegistryEntryInput) -> [(String, L10n, Bool)] {
        [("listed", .registryConsentListed, input.listed), ("show_worker_type", .registryConsentType, input.showWorkerType),
         ("show_languages", .registryConsentLanguages, input.showLanguages), ("show_counties", .registryConsentCounties, input.showCounties),
         ("show_communities", .registryConsentCommunities, input.showCommunities),
         ("show_organizations", .registryConsentOrganizations, input.showOrganizations),
         ("show_contact", .registryConsentContact, input.showContact),
         ("shares_standing", .registryConsentSharesStanding, input.sharesStanding ?? false)]
    }

    private static func consent(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: RegistryEntryInput) {
        out.element(.fieldset, ["id": "field-consent", "class": "choices"]) { out in
            out.leaf(.legend, text: ctx.t(.registryConsentLegend))
            for (name, label, on) in consents(input) {
                out.choiceBoxes(name: name, options: [("on", ctx.t(label))], selected: on ? ["on"] : [])
            }
        }
    }

    /// Every answer outside `step`, as hidden fields, so each step posts the whole application.
    static func carry(_ out: inout HTMLWriter, _ input: RegistryEntryInput, except step: RegistryApplicationStep) {
        if step != .about {
            for (name, value) in [("given_name", input.givenName), ("family_name", input.familyName), ("email", input.email),
                                  ("phone", input.phone), ("worker_type", input.workerType), ("other_title", input.otherTitle),
                                  ("preferred_contact", input.preferredContact)] {
                out.hidden(name, value)
            }
        }
        if step != .languages { for code in input.languages.sorted() { out.hidden("languages[]", code) } }
        if step != .places {
            for fips in input.counties.sorted() { out.hidden("counties[]", fips) }
            for code in input.communities.sorted() { out.hidden("communities[]", code) }
        }
        if step != .directory {
            out.hidden("organizations_shown", "1")
            for id in (input.organizations ?? []).map(\.uuidString).sorted() { out.hidden("organizations[]", id) }
            if let employer = input.employer { out.hidden("employer", employer.uuidString) }
            for (name, _, on) in consents(input) where on { out.hidden(name, "on") }
        }
    }
}
