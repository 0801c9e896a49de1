// One group meeting as a reader may have it: found only inside its audience (everyone else gets
// the same 404 as for no meeting at all), with its agenda, minutes and action items, and whether
// the reader runs it. The page and the API read it the same way.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct MeetingRecord: Sendable {
    let event: Event
    let group: CoalitionGroup
    let minutes: MeetingMinutes?
    let items: [AgendaItem]
    let actionItems: [ActionItem]
    /// Chair, co-chair, lead organization's representative, or coalition staff.
    let canLead: Bool

    var minutesStatus: String { minutes?.status.rawValue ?? "none" }
    var isApproved: Bool { minutes?.status == .approved }
    /// Approved minutes reach the audience; a draft only those who run the meeting.
    var mayReadMinutes: Bool { isApproved || canLead && minutes != nil }

    /// An item's minutes in `language`: the translation when the reader's language is not the
    /// one the minutes were written in and someone wrote one; else as written.
    func text(of item: AgendaItem, in language: Language) -> (discussion: String, decisions: String, translated: Bool) {
        let written = minutes.flatMap { Language(rawValue: $0.language) } ?? .en
        if language != written, !(item.discussionTranslated.isEmpty && item.decisionsTranslated.isEmpty) {
            return (item.discussionTranslated, item.decisionsTranslated, true)
        }
        return (item.discussion, item.decisions, false)
    }
}

enum MeetingRecordReader {
    /// The meeting the path names, or `eventID` (an action item's own meeting).
    static func read(_ req: Request, eventID: UUID? = nil) async throws -> MeetingRecord {
        guard let id = eventID ?? req.parameters.get("eventID", as: UUID.self), let event = try await Event.find(id, on: req.db),
              let groupID = event.groupID, let group = try await CoalitionGroup.find(groupID, on: req.db),
              try await req.eventAccess().allows(event) else { throw Abort(.notFound) }
        var canLead = PermissionGate.allows(try await req.roles(), .manageCoalition)
        if !canLead { canLead = try await req.coalitionStanding().leadGroups.contains(groupID) }
        let minutes = try await MeetingMinutes.query(on: req.db).filter(\.$event.$id == id).first()
        let items = try await AgendaItem.query(on: req.db).filter(\.$event.$id == id).sort(\.$position).all()
        let actions = try await ActionItem.query(on: req.db).filter(\.$event.$id == id).with(\.$ownerUser).with(\.$ownerOrganization)
            .sort(\.$dueOn).all()
        return MeetingRecord(event: event, group: group, minutes: minutes, items: items, actionItems: actions, canLead: canLead)
    }
}
