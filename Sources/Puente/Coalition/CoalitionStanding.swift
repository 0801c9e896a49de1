// Where one person stands in the coalition's groups today: which groups they sit in, which they
// represent a member organization in, which they lead (chair, co-chair, or representative of
// the lead organization). Judged when someone reads, from current seats, so a term that ends
// or a representative who loses the role loses the access with it.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CoalitionStanding: Sendable {
    /// Groups with a current seat of the person's own.
    var memberGroups: Set<UUID> = []
    /// Groups where an organization the person represents holds a current seat.
    var representativeGroups: Set<UUID> = []
    /// Groups the person chairs or leads for an organization: they run its meetings.
    var leadGroups: Set<UUID> = []
    /// Organizations the person acts for (linked, and still holding the role).
    var organizations: Set<UUID> = []

    static let none = CoalitionStanding()

    static func of(_ user: User?, roles: Set<Role>, on db: any Database, today: String) async throws -> CoalitionStanding {
        guard let userID = user?.id else { return .none }
        var standing = CoalitionStanding()
        if roles.contains(.organizationRepresentative) {
            standing.organizations = Set(try await OrganizationRepresentative.query(on: db).filter(\.$user.$id == userID).all()
                .map { $0.$organization.id })
        }
        var seats = try await GroupSeat.query(on: db).filter(\.$user.$id == userID).all()
        if !standing.organizations.isEmpty {
            seats += try await GroupSeat.query(on: db).filter(\.$organization.$id ~~ Array(standing.organizations)).all()
        }
        for seat in seats where seat.isCurrent(on: today) {
            let group = seat.$group.id
            if seat.$user.id == userID { standing.memberGroups.insert(group) } else { standing.representativeGroups.insert(group) }
            if seat.role.leads {
                standing.leadGroups.insert(group)
                standing.representativeGroups.insert(group)
            }
        }
        return standing
    }

    /// Today's date where the program is, as seats' terms are written.
    static func today(_ config: AppConfig, now: Date = Date()) -> String { Day(now, in: config.timeZone).description }
}

extension Request {
    private struct StandingKey: StorageKey { typealias Value = CoalitionStanding }

    /// The signed-in person's standing, read once per request.
    func coalitionStanding() async throws -> CoalitionStanding {
        if let cached = storage[StandingKey.self] { return cached }
        let standing = try await CoalitionStanding.of(currentUser, roles: try await roles(), on: db, today: CoalitionStanding.today(config))
        storage[StandingKey.self] = standing
        return standing
    }
}
