// What the coalition's pages and API read: groups with their current seats, named roles and
// focus areas; a group's meetings as the reader may see them, with the minutes' state; open
// action items; objectives counted from the data. Reads only.

import Fluent
import Foundation
import PuenteCore
import SQLKit

struct CoalitionDirectory {
    let db: any Database
    let today: String

    struct GroupSummary: Sendable {
        let group: CoalitionGroup
        /// Current people and organizations.
        let members: Int
    }

    func groups() async throws -> [GroupSummary] {
        let groups = try await CoalitionGroup.query(on: db).sort(\.$position).sort(\.$name).all()
        let seats = try await GroupSeat.query(on: db).all().filter { $0.isCurrent(on: today) }
        return groups.map { group in
            GroupSummary(group: group, members: seats.filter { $0.$group.id == group.id }.count)
        }
    }

    func group(slug: String) async throws -> CoalitionGroup? {
        guard slug.count <= 80 else { return nil }
        return try await CoalitionGroup.query(on: db).filter(\.$slug == slug).first()
    }

    struct Holder: Sendable {
        let seat: GroupSeat
        let name: String
    }

    struct NamedRole: Sendable {
        let role: GroupRole
        let holders: [String]
    }

    struct NamedFocus: Sendable {
        let area: FocusArea
        let leads: [String]
    }

    struct Detail: Sendable {
        let group: CoalitionGroup
        let organizations: [Holder]
        let people: [Holder]
        let roles: [NamedRole]
        let focusAreas: [NamedFocus]
    }

    func detail(_ group: CoalitionGroup) async throws -> Detail {
        let seats = try await GroupSeat.query(on: db).filter(\.$group.$id == group.id!).with(\.$user).with(\.$organization).all()
            .filter { $0.isCurrent(on: today) }
        let roles = try await GroupRole.query(on: db).filter(\.$group.$id == group.id!).sort(\.$position).all()
        let areas = try await FocusArea.query(on: db).filter(\.$group.$id == group.id!).sort(\.$position).all()
        let named = Set(roles.flatMap(\.holderIDs) + areas.flatMap(\.leadIDs))
        let names = Dictionary(uniqueKeysWithValues: try await Organization.query(on: db).filter(\.$id ~~ Array(named)).all().map { ($0.id!, $0.name) })
        let order: (Holder, Holder) -> Bool = { a, b in
            a.seat.role.rank != b.seat.role.rank ? a.seat.role.rank < b.seat.role.rank
                : a.name.compare(b.name, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
        }
        return Detail(group: group,
                      organizations: seats.compactMap { seat in seat.organization.map { Holder(seat: seat, name: $0.name) } }.sorted(by: order),
                      people: seats.compactMap { seat in seat.user.map { Holder(seat: seat, name: $0.name) } }.sorted(by: order),
                      roles: roles.map { NamedRole(role: $0, holders: $0.holderIDs.compactMap { names[$0] }) },
                      focusAreas: areas.map { NamedFocus(area: $0, leads: $0.leadIDs.compactMap { names[$0] }) })
    }

    struct Meeting: Sendable {
        let event: Event
        let minutes: MeetingMinutes?

        var minutesStatus: String { minutes.map { $0.status.rawValue } ?? "none" }
        /// As the API names it: a public group meeting is `open`.
        var audience: String { event.audience == .everyone ? "open" : event.audience.rawValue }
    }

    /// The group's meetings the reader may see, in time order.
    func meetings(of group: CoalitionGroup, access: EventAccess, limit: Int = 200) async throws -> [Meeting] {
        let events = try await access.restrict(Event.query(on: db).filter(\.$groupID == group.id!)).sort(\.$startsAt).limit(limit).all()
        return try await withMinutes(events)
    }

    func withMinutes(_ events: [Event]) async throws -> [Meeting] {
        guard !events.isEmpty else { return [] }
        let minutes = try await MeetingMinutes.query(on: db).filter(\.$event.$id ~~ events.compactMap(\.id)).all()
        let byEvent = Dictionary(minutes.map { ($0.$event.id, $0) }, uniquingKeysWith: { first, _ in first })
        return events.map { Meeting(event: $0, minutes: byEvent[$0.id!]) }
    }

    /// The action items of meetings the reader may see, open ones first by due date.
    func actionItems(access: EventAccess, status: ActionItem.Status?, group: CoalitionGroup? = nil) async throws -> [(ActionItem, Event)] {
        var events = access.restrict(Event.query(on: db).filter(\.$groupID != nil))
        if let group { events = events.filter(\.$groupID == group.id!) }
        let visible = try await events.all()
        guard !visible.isEmpty else { return [] }
        let byID = Dictionary(uniqueKeysWithValues: visible.map { ($0.id!, $0) })
        var query = ActionItem.query(on: db).filter(\.$event.$id ~~ Array(byID.keys)).with(\.$ownerUser).with(\.$ownerOrganization)
        if let status { query = query.filter(\.$status == status) }
        return try await query.sort(\.$dueOn).limit(500).all().compactMap { item in byID[item.$event.id].map { (item, $0) } }
    }

    /// The compiled minutes of every approved meeting of the group the reader may see, newest
    /// first, narrowed to items whose words contain `search` when one is given.
    func compiledMinutes(of group: CoalitionGroup, access: EventAccess, search: String) async throws -> [(Meeting, [AgendaItem])] {
        let meetings = try await meetings(of: group, access: access, limit: 1000).filter { $0.minutes?.status == .approved }
        guard !meetings.isEmpty else { return [] }
        let items = try await AgendaItem.query(on: db).filter(\.$event.$id ~~ meetings.map { $0.event.id! }).sort(\.$position).all()
        let byEvent = Dictionary(grouping: items, by: { $0.$event.id })
        let needle = search.trimmingCharacters(in: .whitespaces)
        return meetings.reversed().compactMap { meeting in
            var found = byEvent[meeting.event.id!] ?? []
            if !needle.isEmpty {
                found = found.filter { item in
                    [item.title, item.titleEs ?? "", item.discussion, item.decisions, item.discussionTranslated, item.decisionsTranslated]
                        .contains { $0.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
                }
                if found.isEmpty { return nil }
            }
            return (meeting, found)
        }
    }

    struct Progress: Sendable {
        let objective: CoalitionObjective
        let count: Int
    }

    /// Each objective's count this calendar year, from the records themselves.
    func objectives(year: Int, timeZone: TimeZone) async throws -> [Progress] {
        let objectives = try await CoalitionObjective.query(on: db).sort(\.$position).all()
        guard !objectives.isEmpty else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
        let end = calendar.date(from: DateComponents(year: year + 1, month: 1, day: 1))!
        let now = min(Date(), end)
        var counts: [CoalitionObjective.Metric: Int] = [:]
        for metric in Set(objectives.map(\.metric)) {
            switch metric {
            case .webinarsHeld:
                counts[metric] = try await Event.query(on: db).filter(\.$kind == .webinar).filter(\.$status == .scheduled)
                    .filter(\.$startsAt >= start).filter(\.$endsAt <= now).count()
            case .meetingsHeld:
                counts[metric] = try await Event.query(on: db).filter(\.$groupID != nil).filter(\.$status == .scheduled)
                    .filter(\.$startsAt >= start).filter(\.$endsAt <= now).count()
            case .newslettersSent:
                counts[metric] = try await Newsletter.query(on: db).filter(\.$status == .sent)
                    .filter(\.$sentAt >= start).filter(\.$sentAt < end).count()
            case .membersJoined:
                counts[metric] = try await CoalitionMembership.query(on: db).filter(\.$status == .member)
                    .filter(\.$createdAt >= start).filter(\.$createdAt < end).count()
            }
        }
        return objectives.map { Progress(objective: $0, count: counts[$0.metric] ?? 0) }
    }
}

extension GroupSeat.Role {
    /// Chairs first, then lead organizations, members, guests.
    var rank: Int {
        switch self {
        case .chair: 0
        case .coChair: 1
        case .leadOrganization: 2
        case .member: 3
        case .guest: 4
        }
    }
}
