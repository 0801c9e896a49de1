// `/meetings/{id}`: a group meeting's record and the forms of those who run it. Outside the
// meeting's audience every route answers 404, as for a meeting that does not exist; inside it,
// writing takes the chair, the lead organization's representatives or coalition staff.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct MeetingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.meeting(.key).pathComponents, use: show)
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.post(SiteURL.meetingAgenda(.key).pathComponents, use: agenda)
        signedIn.post(SiteURL.meetingMinutes(.key).pathComponents, use: minutes)
        signedIn.post(SiteURL.meetingActionItems(.key).pathComponents, use: actionItems)
        signedIn.post(SiteURL.meetingGuests(.key).pathComponents, use: guests)
    }

    private func service(_ req: Request) -> MeetingService {
        MeetingService(db: req.db, config: req.config, actor: req.auditActor)
    }

    private func render(_ req: Request, _ record: MeetingRecord, errors: FormErrors = .init(), agenda: MeetingService.AgendaInput = .init(),
                        action: MeetingService.ActionInput = .init()) async throws -> Response {
        let standing = try await req.coalitionStanding()
        let attendance = try await EventRegistration.query(on: req.db).filter(\.$event.$id == record.event.id!)
            .filter(\.$checkedInAt != nil).sort(\.$name).all().map(\.name)
        let own = Set(record.actionItems.filter { MeetingService.owns($0, user: req.currentUser, standing: standing) }.compactMap(\.id))
        let organizations = record.canLead ? try await Organization.query(on: req.db).filter(\.$active == true).all().sorted(byCollating: \.name) : []
        var action = action
        if action.due.isEmpty {
            // Two weeks after the meeting, which the chair changes when the item needs another day.
            action.due = Day(record.event.startsAt, in: TimeZone(identifier: record.event.timeZone) ?? req.config.timeZone).adding(days: 14).description
        }
        let model = MeetingPage.Model(record: record, attendance: record.mayReadMinutes ? attendance : [], ownItems: own,
                                      organizations: organizations, errors: errors, agendaInput: agenda, actionInput: action)
        return try await req.render { MeetingPage.view($0, model) }
    }

    func show(req: Request) async throws -> Response {
        try await render(req, try await MeetingRecordReader.read(req))
    }

    /// The record, for someone who runs the meeting; a member of the audience who does not gets 403.
    private func ledRecord(_ req: Request) async throws -> MeetingRecord {
        let record = try await MeetingRecordReader.read(req)
        guard record.canLead else { throw Abort(.forbidden) }
        return record
    }

    private func back(_ req: Request, _ record: MeetingRecord) -> Response {
        req.redirect(to: .meeting(.value(record.event.id!)))
    }

    func agenda(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        guard !record.isApproved else { req.flash(.error, .meetingMinutesAlreadyApproved); return back(req, record) }
        let itemID = UUID(uuidString: req.formValue("item"))
        do {
            switch req.formValue("action") {
            case "add":
                let input = MeetingService.AgendaInput(form: req)
                do { try await service(req).addAgendaItem(record.event, input) } catch let failure as ValidationFailure {
                    return try await render(req, record, errors: failure.errors, agenda: input)
                }
                req.flash(.success, .meetingItemAddedFlash)
            case "remove":
                guard let itemID else { throw Abort(.badRequest) }
                try await service(req).removeAgendaItem(record.event, itemID: itemID)
            case "up", "down":
                guard let itemID else { throw Abort(.badRequest) }
                try await service(req).moveAgendaItem(record.event, itemID: itemID, up: req.formValue("action") == "up")
            case "send":
                let count = try await service(req).sendAgenda(record.event, group: record.group)
                req.flash(.success, .meetingAgendaSentFlash, ["count": "\(count)"])
            default:
                throw Abort(.badRequest)
            }
        } catch MeetingService.Failure.minutesApproved {
            // Approved by someone else since this page was drawn.
            req.flash(.error, .meetingMinutesAlreadyApproved)
        } catch let failure as ValidationFailure {
            return try await render(req, record, errors: failure.errors)
        }
        return back(req, record)
    }

    func minutes(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        let input = MeetingService.MinutesInput(form: req, items: record.items)
        do {
            switch req.formValue("action") {
            case "save":
                try await service(req).saveMinutes(record.event, input)
                req.flash(.success, .meetingMinutesSavedFlash)
            case "approve":
                try await service(req).saveMinutes(record.event, input)
                try await service(req).approve(record.event, group: record.group, by: try req.requireUser())
                req.flash(.success, .meetingMinutesApprovedFlash)
            default:
                throw Abort(.badRequest)
            }
        } catch MeetingService.Failure.minutesApproved {
            req.flash(.error, .meetingMinutesAlreadyApproved)
        } catch MeetingService.Failure.noMinutes {
            req.flash(.error, .meetingMinutesNotYet)
        } catch let failure as ValidationFailure {
            return try await render(req, record, errors: failure.errors)
        }
        return back(req, record)
    }

    func actionItems(req: Request) async throws -> Response {
        let record = try await MeetingRecordReader.read(req)
        switch req.formValue("action") {
        case "add":
            guard record.canLead else { throw Abort(.forbidden) }
            let input = MeetingService.ActionInput(form: req)
            do { try await service(req).addActionItem(record.event, input) } catch let failure as ValidationFailure {
                return try await render(req, record, errors: failure.errors, action: input)
            }
            req.flash(.success, .actionItemAddedFlash)
        case "done", "reopen":
            guard let id = UUID(uuidString: req.formValue("item")), let item = record.actionItems.first(where: { $0.id == id }) else {
                throw Abort(.notFound)
            }
            let standing = try await req.coalitionStanding()
            guard record.canLead || MeetingService.owns(item, user: req.currentUser, standing: standing) else { throw Abort(.forbidden) }
            try await service(req).setStatus(item, req.formValue("action") == "done" ? .done : .open)
            req.flash(.success, .actionItemUpdatedFlash)
        default:
            throw Abort(.badRequest)
        }
        return back(req, record)
    }

    func guests(req: Request) async throws -> Response {
        let record = try await ledRecord(req)
        do {
            try await service(req).invite(record.event, group: record.group, name: req.formValue("name"), email: req.formValue("email"))
            req.flash(.success, .meetingGuestInvitedFlash)
        } catch MeetingService.Failure.alreadyInvited {
            req.flash(.error, .meetingGuestAlreadyInvited)
        } catch MeetingService.Failure.notAGroupMeeting {
            req.flash(.error, .meetingGuestsNotHere)
        } catch let failure as ValidationFailure {
            return try await render(req, record, errors: failure.errors)
        }
        return back(req, record)
    }
}
