// Staff run the registry: search every entry, add people, edit, review applications, change status.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct RegistryStaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageRegistry))
        staff.get(SiteURL.staffRegistry.pathComponents, use: index)
        staff.get(SiteURL.staffRegistryNew.pathComponents, use: newForm)
        staff.post(SiteURL.staffRegistryNew.pathComponents, use: create)
        staff.get(SiteURL.staffRegistryEntry(.key).pathComponents, use: show)
        staff.post(SiteURL.staffRegistryEntry(.key).pathComponents, use: update)
        staff.post(SiteURL.staffRegistryStatus(.key).pathComponents, use: changeStatus)
        staff.post(SiteURL.staffRegistryCredentials(.key).pathComponents, use: addCredential)
        staff.post(SiteURL.staffCredentialRevoke(.key).pathComponents, use: revokeCredential)
    }

    func index(req: Request) async throws -> Response {
        var filter = RegistryStaffFilter(query: req)
        filter.search = try req.searchText()
        let page = try await RegistrySearch.page(filter, page: req.htmlPageNumber, on: req.db)
        let rows = page.items.map {
            RegistryStaffListPage.Row(id: $0.id!, number: $0.registryNumber, name: $0.fullName, status: $0.status,
                                      type: $0.workerType == .other ? ($0.otherTitle ?? "") : $0.workerType.name(in: req.language))
        }
        return try await req.render {
            RegistryStaffListPage.page($0, filter: filter, counties: req.config.counties, rows: rows, total: page.metadata.total,
                                       page: page.metadata.page, pages: page.metadata.pageCount)
        }
    }

    func newForm(req: Request) async throws -> Response {
        let model = RegistryStaffEntryPage.Model(id: nil, number: nil, status: nil, reason: nil, input: RegistryEntryInput(), history: [])
        let choices = try await req.registryChoices()
        return try await req.render { RegistryStaffEntryPage.page($0, model, choices: choices) }
    }

    func create(req: Request) async throws -> Response {
        let input = RegistryEntryInput(form: req)
        do {
            let entry = try await req.registry.createByStaff(input)
            req.flash(.success, .registryStaffSaved, ["number": entry.registryNumber])
            return req.redirect(to: .staffRegistryEntry(.value(entry.id!)))
        } catch RegistryService.Failure.invalid(let errors) {
            let model = RegistryStaffEntryPage.Model(id: nil, number: nil, status: nil, reason: nil, input: input, history: [])
            let choices = try await req.registryChoices()
            return try await req.render { RegistryStaffEntryPage.page($0, model, errors: FormErrors(errors), choices: choices) }
        }
    }

    private func entry(_ req: Request) async throws -> RegistryEntry {
        guard let id = req.parameters.get("entryID", as: UUID.self),
              let entry = try await RegistryEntry.query(on: req.db).filter(\.$id == id)
                .with(\.$languages).with(\.$counties).with(\.$communities).with(\.$affiliations).first()
        else { throw Abort(.notFound) }
        return entry
    }

    func addCredential(req: Request) async throws -> Response {
        let entry = try await entry(req)
        let input = CredentialInput(form: req)
        do {
            let credential = try await req.registry.recordCredential(input, for: entry)
            req.flash(.success, .credentialAdded, ["number": credential.number])
            return req.redirect(to: .staffRegistryEntry(.value(entry.id!)))
        } catch RegistryService.CredentialFailure.invalid(let errors) {
            var model = try await RegistryStaffEntryPage.query(on: req.db, entry: entry, today: req.config.dateFormatting.isoDay(Date()))
            model.credentialInput = input
            model.credentialErrors = FormErrors(errors)
            let choices = try await req.registryChoices()
            return try await req.render { RegistryStaffEntryPage.page($0, model, choices: choices) }
        }
    }

    func revokeCredential(req: Request) async throws -> Response {
        guard let id = req.parameters.get("credentialID", as: UUID.self),
              let credential = try await Credential.find(id, on: req.db) else { throw Abort(.notFound) }
        let reason = req.formValue("reason")
        guard req.isConfirmed || reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || credential.revokedAt != nil else {
            return try await req.confirmFirst { ctx in
                Confirmation(heading: ctx.t(.confirmRevokeHeading, ["number": credential.number]),
                             consequences: [ctx.t(.confirmRevokeConsequence, ["number": credential.number]), reason],
                             confirm: ctx.t(.confirmRevokeButton), back: SiteURL.staffRegistryEntry(.value(credential.$entry.id)).path,
                             carry: [("reason", reason)])
            }
        }
        do {
            try await req.registry.revoke(credential, reason: reason)
            req.flash(.success, .credentialRevoked, ["number": credential.number])
        } catch RegistryService.Failure.reasonRequired {
            req.flash(.error, .reasonRequired)
        }
        return req.redirect(to: .staffRegistryEntry(.value(credential.$entry.id)))
    }

    func show(req: Request) async throws -> Response {
        let entry = try await entry(req)
        let model = try await RegistryStaffEntryPage.query(on: req.db, entry: entry, today: req.config.dateFormatting.isoDay(Date()))
        let choices = try await req.registryChoices()
        return try await req.render { RegistryStaffEntryPage.page($0, model, choices: choices) }
    }

    func update(req: Request) async throws -> Response {
        let entry = try await entry(req)
        let input = RegistryEntryInput(form: req)
        do {
            try await req.registry.update(entry, input, byStaff: true)
            req.flash(.success, .registryStaffSaved, ["number": entry.registryNumber])
            return req.redirect(to: .staffRegistryEntry(.value(entry.id!)))
        } catch RegistryService.Failure.invalid(let errors) {
            let model = try await RegistryStaffEntryPage.query(on: req.db, entry: entry, input: input, today: req.config.dateFormatting.isoDay(Date()))
            let choices = try await req.registryChoices()
            return try await req.render { RegistryStaffEntryPage.page($0, model, errors: FormErrors(errors), choices: choices) }
        }
    }

    func changeStatus(req: Request) async throws -> Response {
        let entry = try await entry(req)
        guard let target = RegistryEntry.Status(rawValue: req.formValue("status")) else { throw Abort(.badRequest) }
        let reason = req.formValue("reason")
        // Approving someone still in the core course is allowed, but never by accident: it needs a reason.
        if target == .active, [.applied, .changesRequested].contains(entry.status),
           reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
           try await RegistryTraining.of(entry, today: req.config.dateFormatting.isoDay(Date()), on: req.db).isMidCourse {
            let model = try await RegistryStaffEntryPage.query(on: req.db, entry: entry, today: req.config.dateFormatting.isoDay(Date()))
            let choices = try await req.registryChoices()
            return try await req.render { RegistryStaffEntryPage.page($0, model, statusError: .registryApproveMidCourseReason, choices: choices) }
        }
        // Taking someone off the directory asks first; a missing reason is reported before that.
        if [.suspended, .inactive, .declined].contains(target), target != entry.status, !req.isConfirmed,
           !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return try await req.confirmFirst { ctx in
                let status = ctx.t(target.label)
                return Confirmation(heading: ctx.t(.confirmStatusHeading, ["name": entry.fullName, "status": status]),
                                    consequences: [ctx.t(target == .suspended ? .confirmSuspendConsequence : .confirmInactiveConsequence,
                                                         ["name": entry.fullName]),
                                                   ctx.t(.confirmStatusEmailed), reason],
                                    confirm: ctx.t(.confirmStatusButton, ["status": status]),
                                    back: SiteURL.staffRegistryEntry(.value(entry.id!)).path,
                                    carry: [("status", target.rawValue), ("reason", reason)])
            }
        }
        do {
            try await req.registry.changeStatus(entry, to: target, reason: reason)
            req.flash(.success, .registryStatusChanged, labels: ["status": target.label])
            return req.redirect(to: .staffRegistryEntry(.value(entry.id!)))
        } catch RegistryService.Failure.statusNotAllowed {
            throw Abort(.badRequest) // the page never offers it
        } catch RegistryService.Failure.reasonRequired {
            let model = try await RegistryStaffEntryPage.query(on: req.db, entry: entry, today: req.config.dateFormatting.isoDay(Date()))
            let choices = try await req.registryChoices()
            return try await req.render { RegistryStaffEntryPage.page($0, model, statusError: .reasonRequired, choices: choices) }
        }
    }
}
