// Which events one reader may see and register for: whole audiences (everyone, members,
// organization representatives), plus a coalition group's meetings by where the reader stands in
// that group today, plus single meetings they were invited to as a guest. One value decides for
// the pages, the API, the feeds and registration alike; staff who manage events see everything.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct EventAccess: Sendable {
    var audiences: Set<Event.Audience>
    var standing: CoalitionStanding = .none
    /// Events whose invitation the reader holds (the emailed link, or their verified address).
    var guestEvents: Set<UUID> = []

    /// Whole audiences only, from the roles: what the reader gets before any group is looked at.
    init(signedIn: Bool, roles: Set<Role>) {
        if PermissionGate.allows(roles, .manageEvents) {
            audiences = Set(Event.Audience.allCases)
            return
        }
        audiences = [.everyone]
        if signedIn { audiences.insert(.members) }
        if roles.contains(.organizationRepresentative) { audiences.insert(.organizationRepresentatives) }
    }

    func allows(_ event: Event) -> Bool {
        if audiences.contains(event.audience) { return true }
        if let id = event.id, guestEvents.contains(id) { return true }
        guard let group = event.groupID else { return false }
        switch event.audience {
        case .representatives: return standing.representativeGroups.contains(group)
        case .group: return standing.representativeGroups.contains(group) || standing.memberGroups.contains(group)
        default: return false
        }
    }

    /// Narrows a query to the events `allows` would pass, in SQL.
    func restrict(_ query: QueryBuilder<Event>) -> QueryBuilder<Event> {
        let representing = Array(standing.representativeGroups)
        let sitting = Array(standing.memberGroups)
        let invited = Array(guestEvents)
        return query.group(.or) { or in
            or.filter(\.$audience ~~ Array(audiences))
            if !representing.isEmpty {
                or.group(.and) { $0.filter(\.$audience ~~ [.representatives, .group]).filter(\.$groupID ~~ representing) }
            }
            if !sitting.isEmpty { or.group(.and) { $0.filter(\.$audience == .group).filter(\.$groupID ~~ sitting) } }
            if !invited.isEmpty { or.filter(\.$id ~~ invited) }
        }
    }
}

extension Request {
    private struct AccessKey: StorageKey { typealias Value = EventAccess }

    /// The reader's access, read once per request. A guest's invitation comes as `invitation` in
    /// the address or the form; a signed-in person's verified address counts too.
    func eventAccess() async throws -> EventAccess {
        if let cached = storage[AccessKey.self] { return cached }
        let roles = try await roles()
        var access = EventAccess(signedIn: currentUser != nil, roles: roles)
        if access.audiences.count < Event.Audience.allCases.count {
            access.standing = try await coalitionStanding()
            access.guestEvents = try await MeetingGuests.events(invitation: invitation, email: currentUser.flatMap { $0.isEmailVerified ? $0.email : nil },
                                                                on: db)
        }
        storage[AccessKey.self] = access
        return access
    }

    /// A meeting invitation's token from the link or the form, if it looks like one.
    var invitation: String? {
        let token = query[String.self, at: "invitation"] ?? (method == .POST ? formValue("invitation") : "")
        guard !token.isEmpty, token.count <= 100 else { return nil }
        return token
    }
}
