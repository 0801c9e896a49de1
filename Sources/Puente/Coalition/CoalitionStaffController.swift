// Coalition staff: memberships to decide, proposals from member organizations, the public
// page's prose in both languages, and each group's seats, roles and focus areas.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CoalitionStaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageCoalition))
        staff.get(SiteURL.staffCoalition.pathComponents, use: index)
        staff.post(SiteURL.staffCoalitionMembership(.key).pathComponents, use: decide)
        staff.post(SiteURL.staffCoalitionTexts.pathComponents, use: texts)
        staff.post(SiteURL.staffCoalitionGroups.pathComponents, use: makeGroup)
        staff.get(SiteURL.staffCoalitionGroup(.key).pathComponents, use: group)
        staff.post(SiteURL.staffCoalitionGroup(.key).pathComponents, use: changeGroup)
    }

    private func model(_ req: Request, texts: [CoalitionText.Key: (String, String)]? = nil, newGroup: GroupService.GroupInput = .init(),
                       errors: FormErrors = .init()) async throws -> CoalitionStaffPage.Model {
        let saved = Dictionary(try await CoalitionText.query(on: req.db).all().map { ($0.key, ($0.body, $0.bodyEs)) }, uniquingKeysWith: { a, _ in a })
        let directory = CoalitionDirectory(db: req.db, today: CoalitionStanding.today(req.config))
        let year = Day(Date(), in: req.config.timeZone).year
        return CoalitionStaffPage.Model(
            memberships: try await CoalitionMembership.query(on: req.db).with(\.$user).with(\.$organization)
                .sort(\.$createdAt, .descending).limit(500).all(),
            proposals: try await OrganizationProposal.query(on: req.db).filter(\.$status == .proposed).with(\.$organization).all(),
            texts: texts ?? saved, groups: try await directory.groups(),
            progress: try await directory.objectives(year: year, timeZone: req.config.timeZone), newGroup: newGroup, errors: errors)
    }

    func index(req: Request) async throws -> Response {
        let model = try await model(req)
        return try await req.render { CoalitionStaffPage.index($0, model) }
    }

    /// A membership's status, or a proposal's (`proposal` names one).
    func decide(req: Request) async throws -> Response {
        guard let id = req.parameters.get("membershipID", as: UUID.self) else { throw Abort(.notFound) }
        if req.formValue("subject") == "proposal" {
            guard let proposal = try await OrganizationProposal.find(id, on: req.db),
                  let status = OrganizationProposal.Status(rawValue: req.formValue("status")), status != .proposed else { throw Abort(.badRequest) }
            try await req.db.transaction { db in
                proposal.status = status
                try await proposal.save(on: db)
                try await Audit.record(.coalitionNomination, entityType: .organization, entityID: proposal.$organization.id.uuidString,
                                       summary: "\(proposal.kind.rawValue) \(proposal.name): \(status.rawValue)", by: req.auditActor, on: db)
            }
            req.flash(.success, .coalitionDecisionSavedFlash)
            return req.redirect(to: .staffCoalition)
        }
        guard let status = CoalitionMembership.Status(rawValue: req.formValue("status")) else { throw Abort(.badRequest) }
        do {
            try await MembershipService(db: req.db, config: req.config, actor: req.auditActor)
                .decide(id, to: status, note: req.formValue("note"), by: try req.requireUser())
            req.flash(.success, .coalitionDecisionSavedFlash)
        } catch MembershipService.DecisionFailure.unchanged {
            req.flash(.error, .coalitionDecisionUnchanged)
        }
        return req.redirect(to: .staffCoalition)
    }

    func texts(req: Request) async throws -> Response {
        var texts: [CoalitionText.Key: (String, String)] = [:]
        for key in CoalitionText.Key.allCases {
            texts[key] = (String(req.formValue(key.rawValue).prefix(20_000)), String(req.formValue("\(key.rawValue)Es").prefix(20_000)))
        }
        do {
            try await GroupService(db: req.db, config: req.config, actor: req.auditActor).saveTexts(texts)
            req.flash(.success, .coalitionTextsSavedFlash)
            return req.redirect(to: .staffCoalition)
        } catch let failure as ValidationFailure {
            let model = try await model(req, texts: texts, errors: failure.errors)
            return try await req.render { CoalitionStaffPage.index($0, model) }
        }
    }

    /// The form's fields, as the API's body gives them.
    private func groupInput(_ req: Request, slug: String) -> GroupService.GroupInput {
        GroupService.GroupInput(slug: slug, kind: req.formValue("kind"), name: req.formValue("name"), nameEs: req.formValue("nameEs"),
                                purpose: req.formValue("purpose"), purposeEs: req.formValue("purposeEs"))
    }

    func makeGroup(req: Request) async throws -> Response {
        let input = groupInput(req, slug: req.formValue("slug"))
        do {
            let group = try await GroupService(db: req.db, config: req.config, actor: req.auditActor).createGroup(input)
            req.flash(.success, .coalitionGroupMadeFlash)
            return req.redirect(to: .staffCoalitionGroup(.value(group.slug)))
        } catch GroupService.GroupFailure.slugTaken {
            var errors = FormErrors()
            errors.add("slug", .coalitionGroupSlugTaken)
            let model = try await model(req, newGroup: input, errors: errors)
            return try await req.render { CoalitionStaffPage.index($0, model) }
        } catch let failure as ValidationFailure {
            let model = try await model(req, newGroup: input, errors: failure.errors)
            return try await req.render { CoalitionStaffPage.index($0, model) }
        }
    }

    private func findGroup(_ req: Request) async throws -> CoalitionGroup {
        guard let slug = req.parameters.get("groupSlug"),
              let group = try await CoalitionDirectory(db: req.db, today: "").group(slug: slug) else { throw Abort(.notFound) }
        return group
    }

    private func renderGroup(_ req: Request, _ group: CoalitionGroup, about: GroupService.GroupInput? = nil,
                             errors: FormErrors = .init()) async throws -> Response {
        let seats = try await GroupSeat.query(on: req.db).filter(\.$group.$id == group.id!).with(\.$user).with(\.$organization)
            .sort(\.$startsOn, .descending).all()
        let detail = try await CoalitionDirectory(db: req.db, today: CoalitionStanding.today(req.config)).detail(group)
        let organizations = try await Organization.query(on: req.db).all().sorted(byCollating: \.name)
        let model = GroupStaffPage.Model(group: group, seats: seats, detail: detail, organizations: organizations,
                                         today: CoalitionStanding.today(req.config), about: about, errors: errors)
        return try await req.render { GroupStaffPage.view($0, model) }
    }

    func group(req: Request) async throws -> Response {
        try await renderGroup(req, try await findGroup(req))
    }

    func changeGroup(req: Request) async throws -> Response {
        let group = try await findGroup(req)
        let service = GroupService(db: req.db, config: req.config, actor: req.auditActor)
        let item = UUID(uuidString: req.formValue("item"))
        let about = req.formValue("action") == "saveGroup" ? groupInput(req, slug: group.slug) : nil
        do {
            switch req.formValue("action") {
            case "saveGroup":
                guard let about else { throw Abort(.badRequest) }
                try await service.updateGroup(group, about)
            case "addSeat": try await service.addSeat(group, GroupService.SeatInput(form: req))
            case "endSeat":
                guard let item else { throw Abort(.badRequest) }
                try await service.endSeat(group, seatID: item)
            case "addRole": try await service.addRole(group, GroupService.NamedInput(form: req))
            case "removeRole":
                guard let item else { throw Abort(.badRequest) }
                try await service.removeRole(group, id: item)
            case "addFocusArea": try await service.addFocusArea(group, GroupService.NamedInput(form: req))
            case "removeFocusArea":
                guard let item else { throw Abort(.badRequest) }
                try await service.removeFocusArea(group, id: item)
            default: throw Abort(.badRequest)
            }
        } catch let failure as ValidationFailure {
            return try await renderGroup(req, group, about: about, errors: failure.errors)
        }
        req.flash(.success, .coalitionGroupSavedFlash)
        return req.redirect(to: .staffCoalitionGroup(.value(group.slug)))
    }
}
