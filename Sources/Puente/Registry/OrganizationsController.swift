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
        staff.post(SiteURL.staffOrganizationRepresentatives(.key).pathComponents, use: representatives)
    }

    private func service(_ req: Request) -> OrganizationService {
        OrganizationService(db: req.db, config: req.config, actor: req.auditActor)
    }

    func index(req: Request) async throws -> Response {
        let rows = try await OrganizationsPage.query(on: req.db)
        return try await req.render { OrganizationsPage.list($0, rows: rows, input: OrganizationInput(), counties: req.config.counties) }
    }

    func create(req: Request) async throws -> Response {
        let input = OrganizationInput(form: req)
        do {
            try await service(req).save(Organization(), input)
            req.flash(.success, .organizationSaved)
            return req.redirect(to: .staffOrganizations)
        } catch OrganizationService.Failure.invalid(let errors) {
            let rows = try await OrganizationsPage.query(on: req.db)
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
        let representatives = try await service(req).representatives(of: organization)
        return try await req.render { OrganizationsPage.edit($0, id: organization.id!, input: OrganizationInput(organization),
                                                             counties: req.config.counties, representatives: representatives) }
    }

    /// Link an account holding the representative role to this organization, or unlink one.
    func representatives(req: Request) async throws -> Response {
        let organization = try await organization(req)
        switch req.formValue("action") {
        case "add":
            do {
                try await service(req).addRepresentative(organization, email: String(req.formValue("email").prefix(320)))
                req.flash(.success, .organizationRepresentativeAddedFlash)
            } catch OrganizationService.RepresentativeFailure.unknownPerson {
                req.flash(.error, .organizationRepresentativeUnknown)
            } catch OrganizationService.RepresentativeFailure.notARepresentative {
                req.flash(.error, .organizationRepresentativeNoRole)
            }
        case "remove":
            guard let id = UUID(uuidString: req.formValue("user")) else { throw Abort(.badRequest) }
            try await service(req).removeRepresentative(organization, userID: id)
            req.flash(.success, .organizationRepresentativeRemovedFlash)
        default:
            throw Abort(.badRequest)
        }
        return req.redirect(to: .staffOrganization(.value(organization.id!)))
    }

    func update(req: Request) async throws -> Response {
        let organization = try await organization(req)
        let input = OrganizationInput(form: req)
        do {
            try await service(req).save(organization, input)
            req.flash(.success, .organizationSaved)
            return req.redirect(to: .staffOrganizations)
        } catch OrganizationService.Failure.invalid(let errors) {
            return try await req.render {
                OrganizationsPage.edit($0, id: organization.id!, input: input, errors: FormErrors(errors), counties: req.config.counties)
            }
        }
    }
}
