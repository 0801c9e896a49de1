// `/api/v1/coalition/...` and `/api/v1/meetings/{eventId}/minutes`: stable contracts (DESIGN.md).
// Groups are public. Meetings, minutes and action items follow the meeting's audience: outside
// it, a meeting does not exist (404 problem+json, as for one that never did).

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CoalitionAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.coalitionGroups.pathComponents, use: groups)
        routes.get(APIURL.coalitionGroup(.key).pathComponents, use: group)
        routes.get(APIURL.coalitionGroupMeetings(.key).pathComponents, use: meetings)
        routes.get(APIURL.coalitionActionItems.pathComponents, use: actionItems)
        routes.get(APIURL.meetingMinutes(.key).pathComponents, use: minutes)
    }

    struct GroupDTO: Content {
        let id: UUID
        let slug: String
        let name: String
        let kind: String
        let members: Int
    }

    struct Named: Content {
        let id: UUID
        let name: String
        let role: String
    }

    struct RoleDTO: Content {
        let title: String
        let holders: [String]
    }

    struct FocusDTO: Content {
        let name: String
        let leads: [String]
    }

    struct GroupDetailDTO: Content {
        let id: UUID
        let slug: String
        let name: String
        let kind: String
        let members: Int
        let organizations: [Named]
        let roles: [RoleDTO]
        let focusAreas: [FocusDTO]
    }

    struct MeetingDTO: Content {
        let eventId: UUID
        let title: String
        let start: Date
        let audience: String
        let minutesStatus: String
    }

    struct MinutesItemDTO: Content {
        let id: UUID
        let title: String
        let presenter: String
        let minutes: Int
        let discussion: String
        let decisions: String
    }

    struct OwnerDTO: Content {
        let type: String
        let id: UUID
        let name: String
    }

    struct ActionItemDTO: Content {
        let id: UUID
        let title: String
        let owner: OwnerDTO?
        let due: String
        let status: String

        init(_ item: ActionItem, language: Language) {
            id = item.id!
            title = item.heading.text(in: language)
            due = item.dueOn
            status = item.status.rawValue
            if let user = item.ownerUser { owner = OwnerDTO(type: "person", id: user.id!, name: user.name) }
            else if let organization = item.ownerOrganization { owner = OwnerDTO(type: "organization", id: organization.id!, name: organization.name) }
            else { owner = nil }
        }

        /// An owner who was removed is null, written out: the contract lists every key.
        func encode(to encoder: any Encoder) throws {
            var out = encoder.container(keyedBy: CodingKeys.self)
            try out.encode(id, forKey: .id)
            try out.encode(title, forKey: .title)
            try out.encode(owner, forKey: .owner)
            try out.encode(due, forKey: .due)
            try out.encode(status, forKey: .status)
        }
    }

    struct MinutesDTO: Content {
        let status: String
        let language: String?
        let items: [MinutesItemDTO]
        let actionItems: [ActionItemDTO]
    }

    private func directory(_ req: Request) -> CoalitionDirectory {
        CoalitionDirectory(db: req.db, today: CoalitionStanding.today(req.config))
    }

    private func findGroup(_ req: Request) async throws -> CoalitionGroup {
        guard let slug = req.parameters.get("groupSlug"), let group = try await directory(req).group(slug: slug) else { throw Abort(.notFound) }
        return group
    }

    func groups(req: Request) async throws -> Response {
        let language = req.language
        return try Response.json(try await directory(req).groups().map {
            GroupDTO(id: $0.group.id!, slug: $0.group.slug, name: $0.group.title.text(in: language), kind: $0.group.kind.rawValue, members: $0.members)
        })
    }

    func group(req: Request) async throws -> Response {
        try await Self.detail(req, try await findGroup(req))
    }

    /// A group as `GET /coalition/groups/{slug}` gives it (also the answer to staff's writes).
    static func detail(_ req: Request, _ group: CoalitionGroup, status: HTTPResponseStatus = .ok) async throws -> Response {
        let detail = try await CoalitionDirectory(db: req.db, today: CoalitionStanding.today(req.config)).detail(group)
        let language = req.language
        return try Response.json(GroupDetailDTO(
            id: group.id!, slug: group.slug, name: group.title.text(in: language), kind: group.kind.rawValue,
            members: detail.organizations.count + detail.people.count,
            organizations: detail.organizations.map { Named(id: $0.seat.$organization.id!, name: $0.name, role: $0.seat.role.rawValue) },
            roles: detail.roles.map { RoleDTO(title: StaffText($0.role.title, spanish: $0.role.titleEs).text(in: language), holders: $0.holders) },
            focusAreas: detail.focusAreas.map { FocusDTO(name: StaffText($0.area.name, spanish: $0.area.nameEs).text(in: language), leads: $0.leads) }),
            status: status)
    }

    func meetings(req: Request) async throws -> Response {
        let group = try await findGroup(req)
        let meetings = try await directory(req).meetings(of: group, access: try await req.eventAccess())
        let language = req.language
        return try Response.json(meetings.map {
            MeetingDTO(eventId: $0.event.id!, title: $0.event.title(in: language), start: $0.event.startsAt, audience: $0.audience,
                       minutesStatus: $0.minutesStatus)
        })
    }

    func actionItems(req: Request) async throws -> Response {
        // Absent: every status; given, it must be one of them (an empty one is not).
        let raw = req.query[String.self, at: "status"]
        let status = raw.flatMap(ActionItem.Status.init(rawValue:))
        guard raw == nil || status != nil else { throw ValidationFailure(field: "status", .actionItemStatusInvalid) }
        let items = try await directory(req).actionItems(access: try await req.eventAccess(), status: status)
        let language = req.language
        return try Response.json(items.map { ActionItemDTO($0.0, language: language) })
    }

    func minutes(req: Request) async throws -> Response {
        try Self.minutes(try await MeetingRecordReader.read(req), language: req.language)
    }

    /// The minutes as the reader may have them: no items until they may read them.
    static func minutes(_ record: MeetingRecord, language: Language) throws -> Response {
        guard record.mayReadMinutes else {
            return try Response.json(MinutesDTO(status: record.minutesStatus, language: nil, items: [], actionItems: []))
        }
        return try Response.json(MinutesDTO(
            status: record.minutesStatus, language: record.minutes?.language,
            items: record.items.map {
                let text = record.text(of: $0, in: language)
                return MinutesItemDTO(id: $0.id!, title: $0.heading.text(in: language), presenter: $0.presenter, minutes: $0.minutesAllotted, discussion: text.discussion,
                                      decisions: text.decisions)
            },
            actionItems: record.actionItems.map { ActionItemDTO($0, language: language) }))
    }
}
