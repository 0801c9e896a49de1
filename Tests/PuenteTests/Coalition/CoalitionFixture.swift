// A small coalition for tests: a policy committee whose chair is a person, two member
// organizations each with a linked representative, a member who sits as herself, an outsider,
// and two meetings ten days out: one for representatives only, one open.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

struct CoalitionFixture {
    let group: CoalitionGroup
    let member: Organization
    let other: Organization
    let repsOnly: Event
    let open: Event
    let groupMeeting: Event

    static let password = "correct horse 1"

    static func make(_ app: Application) async throws -> CoalitionFixture {
        let staff = try await app.makeUser("staff@example.org", name: "Sofía Staff", roles: [.staff])
        let chair = try await app.makeUser("chair@example.org", name: "Carla Chair")
        let rep = try await app.makeUser("rep@example.org", name: "Rita Rep", roles: [.organizationRepresentative, .member])
        let otherRep = try await app.makeUser("other-rep@example.org", name: "Omar Rep", roles: [.organizationRepresentative, .member])
        let sitting = try await app.makeUser("member@example.org", name: "Marisol Member", language: .es)
        try await app.makeUser("outsider@example.org", name: "Oscar Outsider")
        let member = Organization(name: "Valley Promotoras Network", kind: .communityBased)
        let other = Organization(name: "Harbor Health Partners", kind: .clinic)
        try await member.create(on: app.db)
        try await other.create(on: app.db)
        try await OrganizationRepresentative(organizationID: member.id!, userID: rep.id!).create(on: app.db)
        try await OrganizationRepresentative(organizationID: other.id!, userID: otherRep.id!).create(on: app.db)
        let group = CoalitionGroup(slug: "policy-committee", kind: .committee, name: "Policy committee", nameEs: "Comité de políticas",
                                   purpose: "Meets twice a month.", purposeEs: "Se reúne dos veces al mes.", position: 1)
        try await group.create(on: app.db)
        for (user, organization, role) in [(chair, nil, GroupSeat.Role.chair), (sitting, nil, .member), (nil, member, .member)] as [(User?, Organization?, GroupSeat.Role)] {
            let seat = GroupSeat()
            seat.$group.id = group.id!
            seat.$user.id = user?.id
            seat.$organization.id = organization?.id
            seat.role = role
            seat.startsOn = "2025-01-01"
            try await seat.create(on: app.db)
        }
        let service = EventService(db: app.db, config: app.config, actor: .system)
        func meeting(_ title: String, _ audience: String, days: Double) async throws -> Event {
            let start = Date().addingTimeInterval(days * 86400)
            var input = EventInput(title: title, start: start, end: start.addingTimeInterval(90 * 60), timeZone: "America/Los_Angeles")
            input.kind = "meeting"
            input.audience = audience
            input.group = "policy-committee"
            input.onlineLink = "https://meet.example.org/\(audience)-secret"
            return try await service.create(input, organizer: staff)
        }
        return CoalitionFixture(group: group, member: member, other: other,
                                repsOnly: try await meeting("Organizations meeting", "representatives", days: 10),
                                open: try await meeting("Open meeting", "public", days: 24),
                                groupMeeting: try await meeting("Members meeting", "group", days: 17))
    }

    static func browser(_ app: Application, _ email: String?) async throws -> Browser {
        let browser = Browser(app)
        if let email { try await browser.signIn(email, password) }
        return browser
    }
}

extension Application {
    /// A bearer token for an account that exists, from the real token endpoint.
    func token(for email: String, password: String = CoalitionFixture.password) async throws -> String {
        let response = try await api(.POST, APIURL.tokens.path, json: #"{"email":"\#(email)","password":"\#(password)"}"#)
        return try #require(try response.object["token"] as? String)
    }
}
