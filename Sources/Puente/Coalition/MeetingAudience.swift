// Who a group meeting's audience is, as people with addresses: for the agenda and the published
// minutes. The same rules as `EventAccess`, seen from the other side.

import Fluent
import Foundation
import PuenteCore

struct MeetingRecipient: Hashable, Sendable {
    let email: String
    let name: String
    let language: Language
}

enum MeetingAudience {
    /// Everyone the meeting's audience reaches today, once per address.
    static func recipients(of event: Event, on db: any Database, today: String) async throws -> [MeetingRecipient] {
        guard let groupID = event.groupID else { return [] }
        let seats = try await GroupSeat.query(on: db).filter(\.$group.$id == groupID).all().filter { $0.isCurrent(on: today) }
        var people: [User] = []
        let personSeats = seats.filter { $0.$user.id != nil && (event.audience != .representatives || $0.role.leads) }
        if !personSeats.isEmpty {
            people += try await User.query(on: db).filter(\.$id ~~ personSeats.compactMap { $0.$user.id }).all()
        }
        let organizations = seats.compactMap { $0.$organization.id }
        if !organizations.isEmpty {
            let links = try await OrganizationRepresentative.query(on: db).filter(\.$organization.$id ~~ organizations).all()
            let holders = Set(try await UserRole.query(on: db).filter(\.$user.$id ~~ links.map { $0.$user.id })
                .filter(\.$role == Role.organizationRepresentative.rawValue).all().map { $0.$user.id })
            let ids = links.map { $0.$user.id }.filter(holders.contains)
            if !ids.isEmpty { people += try await User.query(on: db).filter(\.$id ~~ ids).all() }
        }
        var recipients = people.map { MeetingRecipient(email: $0.email.lowercased(), name: $0.name, language: $0.language) }
        if event.audience != .representatives {
            recipients += try await MeetingGuest.query(on: db).filter(\.$event.$id == event.id!).all()
                .map { MeetingRecipient(email: $0.email, name: $0.name, language: .en) }
        }
        if event.audience == .everyone {
            recipients += try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed).all()
                .map { MeetingRecipient(email: $0.email, name: $0.name, language: $0.language) }
        }
        var seen = Set<String>()
        return recipients.filter { seen.insert($0.email).inserted }
    }
}

enum MeetingGuests {
    /// The events a guest's invitation (the emailed token, or their verified address) opens.
    static func events(invitation: String?, email: String?, on db: any Database) async throws -> Set<UUID> {
        guard invitation != nil || email != nil else { return [] }
        let guests = try await MeetingGuest.query(on: db).group(.or) { or in
            if let invitation { or.filter(\.$tokenHash == Secret.hash(invitation)) }
            if let email { or.filter(\.$email == email.lowercased()) }
        }.all()
        return Set(guests.map { $0.$event.id })
    }
}
