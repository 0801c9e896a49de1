// Staff pages for the organizations CHWs work for.

import Fluent
import SQLKit
import Foundation
import PuenteCore
import Vapor

struct OrganizationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageRegistry))
        staff.get(SiteURL.staffOrganizations.pathComponents, use: index)
        staff.post(SiteURL.staffOrganizations.pathComponents, use: create)
        staff.get(SiteURL.staffOrganization(.key).pathComponents, use: show)
        staff.post(SiteURL.staffOrganization(.key).pathComponents, use: update)
    }

    private func service(_ req: Request) -> OrganizationService {
        OrganizationService(db: req.db, config: req.config, actor: req.auditActor)
    }

    private func rows(_ req: Request) async throws -> [OrganizationsPage.Row] {
        // A program has hundreds at most, so they are put in reading order here, where accents
        // are understood (SQL would put "Área de Salud" after every Z).
        let organizations = try await Organization.query(on: req.db).all().sorted(byCollating: \.name)
        // Counted in the database: a registry of many thousands has as many affiliations.
        let counted = try await req.db.sql.raw(
            "SELECT organization_id, count(*) AS n FROM \(ident: Affiliation.schema) GROUP BY organization_id").all()
        let counts = Dictionary(try counted.map { (try $0.decode(column: "organization_id", as: UUID.self), try $0.decode(column: "n", as: Int.self)) },
                                uniquingKeysWith: +)
        return organizations.map { .init(id: $0.id!, name: $0.name, kind: $0.kind, active: $0.active, people: counts[$0.id!] ?? 0) }
    }

    func index(req: Request) async throws -> Response {
        let rows = try await rows(req)
        return try await req.render { OrganizationsPage.list($0, rows: rows, input: OrganizationInput(), counties: req.config.counties) }
    }

    func create(req: Request) async throws -> Response {
        let input = OrganizationInput(form: req)
        do {
            try await service(req).save(Organization(), input)
            req.flash(.success, req.t(.organizationSaved))
            return req.redirect(to: .staffOrganizations)
        } catch OrganizationService.Failure.invalid(let errors) {
            let rows = try await rows(req)
            return try await req.render {
                OrganizationsPage.list($0, rows: rows, input: input, errors: FormErrors(errors), counties: req.config.counties)
            }
        }
    }

    private func organization(_ req: Request) async throws -> Organization {
        guard let id = req.parameters.get("organizationID", as: UUID.self), let found = try await Organization.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return found
    }

    func show(req: Request) async throws -> Response {
        let organization = try await organization(req)
        return try await req.render { OrganizationsPage.edit($0, id: organization.id!, input: OrganizationInput(organization),
                                                             counties: req.config.counties) }
    }

    func update(req: Request) async throws -> Response {
        let organization = try await organization(req)
        let input = OrganizationInput(form: req)
        do {
            try await service(req).save(organization, input)
            req.flash(.success, req.t(.organizationSaved))
            return req.redirect(to: .staffOrganizations)
        } catch OrganizationService.Failure.invalid(let errors) {
            return try await req.render {
                OrganizationsPage.edit($0, id: organization.id!, input: input, errors: FormErrors(errors), counties: req.config.counties)
            }
        }
    }
}
