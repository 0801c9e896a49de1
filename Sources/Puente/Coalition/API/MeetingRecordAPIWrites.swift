// A group meeting's record written through the API by whoever runs the meeting (its chair,
// co-chair, lead organization's representatives, coalition staff), as on the meeting page:
// agenda items and sending the agenda, the minutes draft and its approval, action items. Their
// owners mark action items done. Outside the meeting's audience every route is 404; inside it,
// someone who does not run the meeting gets 403.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct MeetingRecordAPIWrites: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.post(APIURL.meetingAgendaItems(.key).pathComponents, use: addAgendaItem)
        signedIn.delete(APIURL.coalitionAgendaItem(.key).pathComponents, use: removeAgendaItem)
        signedIn.post(APIURL.meetingAgendaSend(.key).pathComponents, use: sendAgenda)
        signedIn.put(APIURL.meetingMinutes(.key).pathComponents, use: saveMinutes)
        signedIn.post(APIURL.meetingMinutesApprove(.key).pathComponents, use: approve)
        signedIn.post(APIURL.meetingActionItems(.key).pathComponents, use: addActionItem)
        signedIn.patch(APIURL.coalitionActionItem(.key).pathComponents, use: setActionItemStatus)
    }

    struct AgendaItemRequest: Content {
        var title: String
        var titleEs: String?
        var presenter: String?
        var minutes: Int
        var attachment: String?
    }

    struct MinutesRequest: Content {
        struct Item: Content {
            var id: String
            var discussion: String?
            var decisions: String?
            var discussionTranslated: String?
            var decisionsTranslated: String?
        }

        var language: String
        var items: [Item]
    }

    struct ActionItemRequest: Content {
        var title: String
        var titleEs: String?
        var ownerEmail: String?
        var ownerOrganizationId: String?
        var due: String
    }

    struct StatusRequest: Content {
        var status: String
    }

    struct AgendaSent: Content {
        let recipients: Int
    }

    private func service(_ req: Request) -> MeetingService {
        MeetingService(db: req.db, config: req.config, actor: req.auditActor)
    }

    /// The meeting, for someone who runs it.
    private func ledRecord(_ req: Request, eventID: UUID? = nil) async throws -> MeetingRecord {
        let record = try await MeetingRecordReader.read(req, eventID: eventID)
        guard record.canLead else { throw Abort(.forbidden) }
        return record
    }

    /// Approved minutes fix the record: a state, not a bad request.
    private func approvedConflict() -> Abort {
        Abort(.conflict, reason: L10n.meetingMinutesAlreadyApproved.text(.en))
    }

    func addAgendaItem(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        let body = try req.content.decode(AgendaItemRequest.self)
        // A link longer than the limit is refused, not cut into another link.
        guard (body.attachment ?? "").count <= 3000 else { throw ValidationFailure(field: "attachment", .textTooLong) }
        var input = MeetingService.AgendaInput()
        input.title = ClientText.bounded(body.title, 1000)
        input.titleEs = ClientText.bounded(body.titleEs, 1000)
        input.presenter = ClientText.bounded(body.presenter, 1000)
        input.minutes = String(body.minutes)
        input.attachment = ClientText.bounded(body.attachment, 3000)
        do {
            let item = try await service(req).addAgendaItem(record.event, input)
            return try Response.json(CoalitionAPIController.MinutesItemDTO(
                id: item.id!, title: item.heading.text(in: req.language), presenter: item.presenter, minutes: item.minutesAllotted,
                discussion: item.discussion, decisions: item.decisions), status: .created)
        } catch MeetingService.Failure.minutesApproved {
            throw approvedConflict()
        }
    }

    func removeAgendaItem(req: Request) async throws -> Response {
        guard let id = req.parameters.get("agendaItemID", as: UUID.self), let item = try await AgendaItem.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        let record = try await ledRecord(req, eventID: item.$event.id)
        do { try await service(req).removeAgendaItem(record.event, itemID: id) } catch MeetingService.Failure.minutesApproved {
            throw approvedConflict()
        }
        return Response(status: .noContent)
    }

    func sendAgenda(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        guard !record.items.isEmpty else { throw Abort(.conflict, reason: L10n.meetingAgendaEmpty.text(.en)) }
        let count = try await service(req).sendAgenda(record.event, group: record.group)
        return try Response.json(AgendaSent(recipients: count))
    }

    func saveMinutes(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        let body = try req.content.decode(MinutesRequest.self)
        let known = Set(record.items.compactMap(\.id))
        let ids = body.items.prefix(201).compactMap { UUID(uuidString: String($0.id.prefix(64))) }.filter(known.contains)
        guard body.items.count <= 200, ids.count == body.items.count else {
            throw ValidationFailure(field: "items", .meetingMinutesItemUnknown)
        }
        var input = MeetingService.MinutesInput()
        input.language = String(body.language.prefix(10))
        for (id, item) in zip(ids, body.items) {
            input.items[id] = (ClientText.bounded(item.discussion, 20_000), ClientText.bounded(item.decisions, 20_000),
                                    ClientText.bounded(item.discussionTranslated, 20_000), ClientText.bounded(item.decisionsTranslated, 20_000))
        }
        do { try await service(req).saveMinutes(record.event, input) } catch MeetingService.Failure.minutesApproved {
            throw approvedConflict()
        } catch let failure as ValidationFailure {
            throw failure.renamed { $0.hasPrefix("discussion-") ? "items" : $0 } // the service names the form's per-item fields
        }
        return try CoalitionAPIController.minutes(try await MeetingRecordReader.read(req), language: req.language)
    }

    func approve(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        do {
            try await service(req).approve(record.event, group: record.group, by: try req.requireUser())
        } catch MeetingService.Failure.minutesApproved {
            throw approvedConflict()
        } catch MeetingService.Failure.noMinutes {
            throw Abort(.conflict, reason: L10n.meetingMinutesNothingToApprove.text(.en))
        }
        return try CoalitionAPIController.minutes(try await MeetingRecordReader.read(req), language: req.language)
    }

    func addActionItem(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        let body = try req.content.decode(ActionItemRequest.self)
        guard (body.ownerEmail ?? "").count <= 320 else { throw ValidationFailure(field: "ownerEmail", .coalitionPersonUnknown) }
        var input = MeetingService.ActionInput()
        input.title = ClientText.bounded(body.title, 1000)
        input.titleEs = ClientText.bounded(body.titleEs, 1000)
        input.ownerEmail = ClientText.bounded(body.ownerEmail, 320)
        input.ownerOrganization = String((body.ownerOrganizationId ?? "").prefix(64))
        input.due = ClientText.bounded(body.due, 20)
        let names = ["actionTitle": "title", "actionTitleEs": "titleEs", "ownerOrganization": "ownerOrganizationId"]
        let item: ActionItem
        do { item = try await service(req).addActionItem(record.event, input) } catch let failure as ValidationFailure {
            throw failure.renamed { names[$0] ?? $0 }
        }
        return try Response.json(try await withOwner(item, req), status: .created)
    }

    /// The item's owner, or one of the people who run its meeting, marks it done (or open again).
    func setActionItemStatus(req: Request) async throws -> Response {
        guard let id = req.parameters.get("actionItemID", as: UUID.self), let item = try await ActionItem.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        let record = try await MeetingRecordReader.read(req, eventID: item.$event.id)
        let standing = try await req.coalitionStanding()
        guard record.canLead || MeetingService.owns(item, user: req.currentUser, standing: standing) else { throw Abort(.forbidden) }
        let body = try req.content.decode(StatusRequest.self)
        guard let status = ActionItem.Status(rawValue: String(body.status.prefix(20))) else {
            throw ValidationFailure(field: "status", .actionItemStatusInvalid)
        }
        try await service(req).setStatus(item, status)
        return try Response.json(try await withOwner(item, req))
    }

    private func withOwner(_ item: ActionItem, _ req: Request) async throws -> CoalitionAPIController.ActionItemDTO {
        let loaded = try await ActionItem.query(on: req.db).filter(\.$id == item.id!).with(\.$ownerUser).with(\.$ownerOrganization).first()
        guard let loaded else { throw Abort(.notFound) }
        return CoalitionAPIController.ActionItemDTO(loaded, language: req.language)
    }
}
