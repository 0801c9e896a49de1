// The registry entry form, shared by the member's application and the staff pages.

import Foundation
import Plot
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
    /// `nameSettled`: the member's entry is decided, so the name is shown but only staff change it.
    static func fields(_ ctx: PageContext, _ input: RegistryEntryInput, _ errors: FormErrors, choices: RegistryFormChoices, staff: Bool,
                       nameSettled: Bool = false) -> Component {
        let counties = choices.counties
        return ComponentGroup {
            UI.field(ctx, name: "given_name", label: .registryGivenName, value: input.givenName, errors: errors,
                     hint: nameSettled ? .registryNameSettledHint : nil, autocomplete: "given-name", readOnly: nameSettled)
            UI.field(ctx, name: "family_name", label: .registryFamilyName, value: input.familyName, errors: errors,
                     autocomplete: "family-name", readOnly: nameSettled)
            UI.field(ctx, name: "email", label: .emailLabel, type: "email", value: input.email, errors: errors, autocomplete: "email",
                     required: false)
            UI.field(ctx, name: "phone", label: .registryPhone, type: "tel", value: input.phone, errors: errors, autocomplete: "tel",
                     required: false)
            radios(ctx, name: "worker_type", legend: .registryWorkerType, selected: input.workerType, errors: errors,
                   options: WorkerType.allCases.map { ($0.rawValue, $0.name(in: ctx.language)) })
            UI.field(ctx, name: "other_title", label: .registryOtherTitle, value: input.otherTitle, errors: errors, required: false)
            radios(ctx, name: "preferred_contact", legend: .registryPreferredContact, selected: input.preferredContact, errors: errors,
                   options: [("email", ctx.t(.registryContactEmail)), ("phone", ctx.t(.registryContactPhone)), ("text", ctx.t(.registryContactText))])
            UI.checkboxes(ctx, name: "languages[]", field: "languages", legend: .registryLanguagesLegend, selected: Set(input.languages),
                          errors: errors,
                       options: SpokenLanguages.choices(in: ctx.language), inColumns: true)
            UI.checkboxes(ctx, name: "counties[]", field: "counties", legend: .registryCountiesLegend, selected: Set(input.counties),
                          errors: errors,
                       options: counties.counties.map { ($0.fips, $0.name) }, inColumns: true)
            UI.checkboxes(ctx, name: "communities[]", field: "communities", legend: .registryCommunitiesLegend,
                          selected: Set(input.communities), errors: errors,
                       options: communities(ctx, input, choices.communities))
            organizations(ctx, input, errors, choices.organizations)
            consent(ctx, input)
            if staff { UI.textArea(ctx, name: "notes", label: .registryNotes, value: input.notes, errors: errors, required: false) }
        }
    }

    /// The program's communities, and codes the person holds that the program has since dropped
    /// (`PUENTE_COMMUNITIES`), so saving the form does not silently take them away.
    private static func communities(_ ctx: PageContext, _ input: RegistryEntryInput, _ list: CommunityList) -> [(String, String)] {
        list.all.map { ($0.code, $0.name(in: ctx.language)) }
            + input.communities.filter { list.named($0) == nil }.sorted().map { ($0, ctx.t(.registryCommunityRetired, ["code": $0])) }
    }

    /// Active organizations, and inactive ones the person already has; then which one employs them.
    private static func organizations(_ ctx: PageContext, _ input: RegistryEntryInput, _ errors: FormErrors,
                                      _ all: [RegistryFormChoices.OrganizationChoice]) -> Component {
        let chosen = Set((input.organizations ?? []).map(\.uuidString))
        let offered = all.filter { $0.active || chosen.contains($0.id.uuidString) }.map { organization in
            (organization.id.uuidString, organization.active ? organization.name : "\(organization.name) (\(ctx.t(.organizationInactive)))")
        }
        return ComponentGroup {
            Tag.void(.input, ["type": "hidden", "name": "organizations_shown", "value": "1"])
            if offered.isEmpty {
                Paragraph(ctx.t(.registryOrganizationsNone)).class("hint")
            } else {
                UI.checkboxes(ctx, name: "organizations[]", field: "organizations", legend: .registryOrganizationsLegend,
                              selected: chosen, errors: errors, options: offered)
                UI.select(ctx, name: "employer", label: .registryEmployerLabel, options: offered, selected: input.employer?.uuidString,
                          errors: errors, anyOption: ctx.t(.registryNoEmployer))
            }
        }
    }

    private static func consent(_ ctx: PageContext, _ input: RegistryEntryInput) -> Component {
        Tag.element(.fieldset, ["id": "field-consent"]) {
            Tag.element(.legend) { Text(ctx.t(.registryConsentLegend)) }
            check(ctx, "listed", .registryConsentListed, input.listed)
            check(ctx, "show_worker_type", .registryConsentType, input.showWorkerType)
            check(ctx, "show_languages", .registryConsentLanguages, input.showLanguages)
            check(ctx, "show_counties", .registryConsentCounties, input.showCounties)
            check(ctx, "show_communities", .registryConsentCommunities, input.showCommunities)
            check(ctx, "show_organizations", .registryConsentOrganizations, input.showOrganizations)
            check(ctx, "show_contact", .registryConsentContact, input.showContact)
        }
    }

    private static func check(_ ctx: PageContext, _ name: String, _ label: L10n, _ on: Bool) -> Component {
        Tag.element(.label, ["class": "choice"]) {
            Tag.void(.input, ["type": "checkbox", "name": name, "value": "on", "checked": on ? "" : nil])
            Text(" " + ctx.t(label))
        }
    }

    static func radios(_ ctx: PageContext, name: String, legend: L10n, selected: String, errors: FormErrors, options: [(String, String)]) -> Component {
        Tag.element(.fieldset, ["id": "field-\(name)", "aria-invalid": errors[name] == nil ? nil : "true"]) {
            Tag.element(.legend) { Text(ctx.t(legend)) }
            if let error = errors[name] { Paragraph(ctx.t(error)).class("field-error") }
            for (value, text) in options {
                Tag.element(.label, ["class": "choice"]) {
                    Tag.void(.input, ["type": "radio", "name": name, "value": value, "checked": value == selected ? "" : nil])
                    Text(" " + text)
                }
            }
        }
    }
}
