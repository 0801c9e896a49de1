// Coalition staff's writes to groups through the API: make and change a group, seat a person or
// an organization for a term and end it, and name roles and focus areas with the organizations
// holding them. The same services as the staff pages; answers in the shapes the reads give.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CoalitionGroupsAPIWrites: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageCoalition))
        staff.post(APIURL.coalitionGroups.pathComponents, use: create)
        staff.put(APIURL.coalitionGroup(.key).pathComponents, use: update)
        staff.post(APIURL.coalitionGroupSeats(.key).pathComponents, use: addSeat)
        staff.post(APIURL.coalitionGroupRoles(.key).pathComponents, use: addRole)
        staff.post(APIURL.coalitionGroupFocusAreas(.key).pathComponents, use: addFocusArea)
        staff.delete(APIURL.coalitionSeat(.key).pathComponents, use: endSeat)
        staff.delete(APIURL.coalitionRole(.key).pathComponents, use: removeRole)
        staff.delete(APIURL.coalitionFocusArea(.key).pathComponents, use: removeFocusArea)
    }

    struct GroupRequest: Content {
        var slug: String
        var kind: String
        var name: String
        var nameEs: String?
        var purpose: String?
        var purposeEs: String?
    }

    struct SeatRequest: Content {
        var email: String?
        /// Ids arrive as text and are checked like every other field (422 when malformed).
        var organizationId: String?
        var role: String
        var from: String
        var to: String?
    }

    struct SeatDTO: Content {
        let id: UUID
        let role: String
        let from: String
        let to: String?
        let holder: CoalitionAPIController.OwnerDTO

        func encode(to encoder: any Encoder) throws {
            var out = encoder.container(keyedBy: CodingKeys.self)
            try out.encode(id, forKey: .id)
            try out.encode(role, forKey: .role)
            try out.encode(from, forKey: .from)
            try out.encode(to, forKey: .to) // null while the term is open: every key is written
            try out.encode(holder, forKey: .holder)
        }
    }

    /// A role (`title`, `activities`) or a focus area (`name`, `leads`): text in both languages
    /// and the organizations named.
    struct RoleRequest: Content {
        var title: String
        var titleEs: String?
        var activities: [String]?
        var activitiesEs: [String]?
        var organizations: [String]?
    }

    struct FocusAreaRequest: Content {
        var name: String
        var nameEs: String?
        var leads: [String]?
    }

    private func service(_ req: Request) -> GroupService {
        GroupService(db: req.db, config: req.config, actor: req.auditActor)
    }

    private func findGroup(_ req: Request) async throws -> CoalitionGroup {
        guard let slug = req.parameters.get("groupSlug"),
              let group = try await CoalitionDirectory(db: req.db, today: "").group(slug: slug) else { throw Abort(.notFound) }
        return group
    }

    private func groupInput(_ req: Request) throws -> GroupService.GroupInput {
        let body = try req.content.decode(GroupRequest.self)
        return .init(slug: body.slug, kind: body.kind, name: body.name, nameEs: body.nameEs, purpose: body.purpose, purposeEs: body.purposeEs)
    }

    func create(req: Request) async throws -> Response {
        let input = try groupInput(req)
        do {
            let group = try await service(req).createGroup(input)
            return try await CoalitionAPIController.detail(req, group, status: .created)
        } catch GroupService.GroupFailure.slugTaken {
            throw Abort(.conflict, reason: L10n.coalitionGroupSlugTaken.text(.en))
        }
    }

    func update(req: Request) async throws -> Response {
        let group = try await findGroup(req)
        try await service(req).updateGroup(group, try groupInput(req))
        return try await CoalitionAPIController.detail(req, group)
    }

    func addSeat(req: Request) async throws -> Response {
        let group = try await findGroup(req)
        let body = try req.content.decode(SeatRequest.self)
        // Longer than any address: refused, not cut to something that might name someone else.
        guard (body.email ?? "").count <= 320 else { throw ValidationFailure(field: "email", .coalitionPersonUnknown) }
        var input = GroupService.SeatInput()
        input.email = ClientText.bounded(body.email, 320)
        input.organization = String((body.organizationId ?? "").prefix(64))
        if !input.organization.isEmpty, UUID(uuidString: input.organization) == nil {
            throw ValidationFailure(field: "organization", .coalitionOrganizationUnknown)
        }
        input.role = String(body.role.prefix(40))
        input.startsOn = ClientText.bounded(body.from, 20)
        input.endsOn = ClientText.bounded(body.to, 20)
        let names = ["organization": "organizationId", "startsOn": "from", "endsOn": "to"]
        let seat: GroupSeat
        do { seat = try await service(req).addSeat(group, input) } catch let failure as ValidationFailure {
            throw failure.renamed { names[$0] ?? $0 }
        }
        let holder: CoalitionAPIController.OwnerDTO
        if let user = try await seat.$user.get(on: req.db) {
            holder = .init(type: "person", id: user.id!, name: user.name)
        } else if let organization = try await seat.$organization.get(on: req.db) {
            holder = .init(type: "organization", id: organization.id!, name: organization.name)
        } else {
            throw Abort(.internalServerError, reason: "a seat without a holder")
        }
        return try Response.json(SeatDTO(id: seat.id!, role: seat.role.rawValue, from: seat.startsOn, to: seat.endsOn, holder: holder),
                                 status: .created)
    }

    private func named(title: String, titleEs: String?, lines: [String]?, linesEs: [String]?, organizations: [String]?) throws -> GroupService.NamedInput {
        // Refused rather than cut short: what is saved is what was sent.
        guard (lines?.count ?? 0) <= 50, (linesEs?.count ?? 0) <= 50, (organizations?.count ?? 0) <= 50,
              ((lines ?? []) + (linesEs ?? [])).allSatisfy({ $0.count <= 1000 }) else {
            throw ValidationFailure(field: "activities", .textTooLong)
        }
        var input = GroupService.NamedInput()
        input.title = ClientText.bounded(title, 1000)
        input.titleEs = ClientText.bounded(titleEs, 1000)
        input.lines = (lines ?? []).map { String($0.prefix(1000)) }.joined(separator: "\n")
        input.linesEs = (linesEs ?? []).map { String($0.prefix(1000)) }.joined(separator: "\n")
        input.organizations = (organizations ?? []).map { String($0.prefix(64)) } // the service checks each is an organization
        return input
    }

    func addRole(req: Request) async throws -> Response {
        let group = try await findGroup(req)
        let body = try req.content.decode(RoleRequest.self)
        let role = try await service(req).addRole(group, try named(title: body.title, titleEs: body.titleEs, lines: body.activities,
                                                                    linesEs: body.activitiesEs, organizations: body.organizations))
        return try Response.json(ListsAPIController.CreatedResponse(id: role.id!), status: .created)
    }

    func addFocusArea(req: Request) async throws -> Response {
        let group = try await findGroup(req)
        let body = try req.content.decode(FocusAreaRequest.self)
        let area = try await service(req).addFocusArea(group, try named(title: body.name, titleEs: body.nameEs, lines: nil, linesEs: nil,
                                                                         organizations: body.leads))
        return try Response.json(ListsAPIController.CreatedResponse(id: area.id!), status: .created)
    }

    /// The group a seat, role or focus area belongs to; 404 when the id names none.
    private func owner<M: Model>(_ type: M.Type, _ parameter: String, _ req: Request, group: (M) -> UUID) async throws -> (CoalitionGroup, UUID)
    where M.IDValue == UUID {
        guard let id = req.parameters.get(parameter, as: UUID.self), let found = try await M.find(id, on: req.db),
              let group = try await CoalitionGroup.find(group(found), on: req.db) else { throw Abort(.notFound) }
        return (group, id)
    }

    /// Ends the term yesterday (a seat that never began goes): the history stays, the access goes.
    func endSeat(req: Request) async throws -> Response {
        let (group, id) = try await owner(GroupSeat.self, "seatID", req) { $0.$group.id }
        try await service(req).endSeat(group, seatID: id)
        return Response(status: .noContent)
    }

    func removeRole(req: Request) async throws -> Response {
        let (group, id) = try await owner(GroupRole.self, "roleID", req) { $0.$group.id }
        try await service(req).removeRole(group, id: id)
        return Response(status: .noContent)
    }

    func removeFocusArea(req: Request) async throws -> Response {
        let (group, id) = try await owner(FocusArea.self, "focusAreaID", req) { $0.$group.id }
        try await service(req).removeFocusArea(group, id: id)
        return Response(status: .noContent)
    }
}
