// Staff's list of organizations, with the form to add one, and the edit page.

import Fluent
import SQLKit
import Foundation
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
        var out = HTMLWriter(capacity: 8_192)
        out.leaf(.h1, text: ctx.t(.organizationsTitle))
        out.leaf(.p, text: ctx.t(.organizationsLead))
        if rows.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        out.table(label: ctx.t(.organizationsTitle)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.organizationName, .organizationKind, .organizationPeople] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for row in rows {
                    out.element(.tr) { out in
                        out.element(.td) { out in
                            out.link(SiteURL.staffOrganization(.value(row.id)).path, row.name)
                            if !row.active { out.text(" (\(ctx.t(.organizationInactive)))") }
                        }
                        out.leaf(.td, text: ctx.t(row.kind.label))
                        out.leaf(.td, text: "\(row.people)")
                    }
                }
            }
        }
        out.leaf(.h2, text: ctx.t(.organizationNew))
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.staffOrganizations.path) { out in
            fields(&out, ctx, input, errors, counties: counties)
            out.submit(ctx.t(.save))
        }
        return PageView(title: ctx.t(.organizationsTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func edit(_ ctx: PageContext, id: UUID, input: OrganizationInput, errors: FormErrors = .init(),
                     counties: CountyList, representatives: [User] = []) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.organizationEdit))
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.staffOrganization(.value(id)).path) { out in
            fields(&out, ctx, input, errors, counties: counties)
            out.submit(ctx.t(.save))
        }
        representativesSection(ctx, &out, id: id, representatives)
        out.element(.p) { $0.link(SiteURL.staffOrganizations.path, ctx.t(.organizationsTitle)) }
        return PageView(title: ctx.t(.organizationEdit), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// The people who act for the organization (for now: managing the list it owns).
    private static func representativesSection(_ ctx: PageContext, _ out: inout HTMLWriter, id: UUID, _ representatives: [User]) {
        let action = SiteURL.staffOrganizationRepresentatives(.value(id)).path
        out.leaf(.h2, text: ctx.t(.organizationRepresentativesTitle))
        out.leaf(.p, ["class": "hint"], text: ctx.t(.organizationRepresentativesHint))
        if representatives.isEmpty { out.leaf(.p, text: ctx.t(.organizationRepresentativesNone)) }
        out.element(.ul, ["class": "list"]) { out in
            for user in representatives {
                out.element(.li) { out in
                    out.text("\(user.name) <\(user.email)> ")
                    out.form(ctx, action: action) { out in
                        out.hidden("user", user.id!.uuidString)
                        out.submit(ctx.t(.organizationRepresentativeRemove), kind: .warning, name: "action", value: "remove")
                    }
                }
            }
        }
        out.form(ctx, action: action) { out in
            out.field(ctx, name: "email", label: .organizationRepresentativeEmailLabel, type: "email", errors: FormErrors())
            out.submit(ctx.t(.organizationRepresentativeAdd), kind: .secondary, name: "action", value: "add")
        }
    }

    private static func fields(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: OrganizationInput, _ errors: FormErrors,
                               counties: CountyList) {
        out.field(ctx, name: "name", label: .organizationName, value: input.name, errors: errors, autocomplete: "organization")
        out.radios(ctx, name: "kind", legend: .organizationKind, selected: input.kind, errors: errors,
                   options: Organization.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) })
        out.select(ctx, name: "county", label: .organizationCounty, options: counties.counties.map { ($0.fips, $0.name) },
                   selected: input.countyFIPS, errors: errors, anyOption: ctx.t(.organizationNoCounty))
        out.choiceBoxes(name: "active", options: [("on", ctx.t(.organizationActive))], selected: input.active ? ["on"] : [])
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
