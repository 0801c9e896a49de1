// Staff's list of organizations, with the form to add one, and the edit page.

import Fluent
import SQLKit
import Foundation
import Plot
import PuenteCore

enum OrganizationsPage {
    struct Row {
        let id: UUID
        let name: String
        let kind: Organization.Kind
        let active: Bool
        let people: Int
    }

    /// Every organization in reading order with how many people list it.
    static func query(on db: any Database) async throws -> [Row] {
        // A program has hundreds at most, so they are put in reading order here, where accents
        // are understood (SQL would put "Área de Salud" after every Z).
        let organizations = try await Organization.query(on: db).all().sorted(byCollating: \.name)
        // Counted in the database: a registry of many thousands has as many affiliations.
        let counted = try await db.sql.raw(
            "SELECT organization_id, count(*) AS n FROM \(ident: Affiliation.schema) GROUP BY organization_id").all()
        let counts = Dictionary(try counted.map { (try $0.decode(column: "organization_id", as: UUID.self), try $0.decode(column: "n", as: Int.self)) },
                                uniquingKeysWith: +)
        return organizations.map { .init(id: $0.id!, name: $0.name, kind: $0.kind, active: $0.active, people: counts[$0.id!] ?? 0) }
    }

    static func list(_ ctx: PageContext, rows: [Row], input: OrganizationInput, errors: FormErrors = .init(),
                     counties: CountyList) -> PageView {
        PageView(title: ctx.t(.organizationsTitle), content: Div {
            H1(ctx.t(.organizationsTitle))
            Paragraph(ctx.t(.organizationsLead))
            if rows.isEmpty { Paragraph(ctx.t(.noResults)) }
            UI.table(label: ctx.t(.organizationsTitle)) {
                Tag.element(.thead) {
                    Tag.element(.tr) {
                        Tag.element(.th) { Text(ctx.t(.organizationName)) }
                        Tag.element(.th) { Text(ctx.t(.organizationKind)) }
                        Tag.element(.th) { Text(ctx.t(.organizationPeople)) }
                    }
                }
                Tag.element(.tbody) {
                    for row in rows {
                        Tag.element(.tr) {
                            Tag.element(.td) {
                                Tag.a(SiteURL.staffOrganization(.value(row.id)).path, row.name)
                                if !row.active { Text(" (\(ctx.t(.organizationInactive)))") }
                            }
                            Tag.element(.td) { Text(ctx.t(row.kind.label)) }
                            Tag.element(.td) { Text("\(row.people)") }
                        }
                    }
                }
            }
            H2(ctx.t(.organizationNew))
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.staffOrganizations.path) {
                fields(ctx, input, errors, counties: counties)
                UI.submit(ctx.t(.save))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func edit(_ ctx: PageContext, id: UUID, input: OrganizationInput, errors: FormErrors = .init(),
                     counties: CountyList) -> PageView {
        PageView(title: ctx.t(.organizationEdit), content: Div {
            H1(ctx.t(.organizationEdit))
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.staffOrganization(.value(id)).path) {
                fields(ctx, input, errors, counties: counties)
                UI.submit(ctx.t(.save))
            }
            Paragraph { Tag.a(SiteURL.staffOrganizations.path, ctx.t(.organizationsTitle)) }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func fields(_ ctx: PageContext, _ input: OrganizationInput, _ errors: FormErrors, counties: CountyList) -> Component {
        ComponentGroup {
            UI.field(ctx, name: "name", label: .organizationName, value: input.name, errors: errors, autocomplete: "organization")
            RegistryFormView.radios(ctx, name: "kind", legend: .organizationKind, selected: input.kind, errors: errors,
                                    options: Organization.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) })
            UI.select(ctx, name: "county", label: .organizationCounty, options: counties.counties.map { ($0.fips, $0.name) },
                      selected: input.countyFIPS, errors: errors, anyOption: ctx.t(.organizationNoCounty))
            Tag.element(.label, ["class": "choice"]) {
                Tag.void(.input, ["type": "checkbox", "name": "active", "value": "on", "checked": input.active ? "" : nil])
                Text(" " + ctx.t(.organizationActive))
            }
        }
    }
}

extension Organization.Kind {
    var label: L10n {
        switch self {
        case .communityBased: .organizationKindCBO
        case .clinic: .organizationKindClinic
        case .healthCenter: .organizationKindHealthCenter
        case .tribal: .organizationKindTribal
        case .agency: .organizationKindAgency
        case .other: .organizationKindOther
        }
    }
}
