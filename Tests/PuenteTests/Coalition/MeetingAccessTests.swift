// Who sees a group meeting: its audience, judged when someone reads. People outside it get the
// same 404 as for a meeting that does not exist, on every page, feed and API, and never its
// title, time or join link.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct MeetingAccessTests {
    @Test func aRepresentativeSeesAndRegistersForTheRepresentativesMeetingThatAMemberCannotSee() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let rep = try await CoalitionFixture.browser(app, "rep@example.org")
            let member = try await CoalitionFixture.browser(app, "member@example.org")
            let outsider = try await CoalitionFixture.browser(app, "outsider@example.org")
            let anonymous = try await CoalitionFixture.browser(app, nil)
            let repsPage = SiteURL.event(.value(fixture.repsOnly.id!)).path

            // The representative of a member organization: the list, the page, the record, the API.
            #expect(try await rep.get(SiteURL.events.path).body.string.contains("Organizations meeting"))
            #expect(try await rep.get(repsPage).status == .ok)
            #expect(try await rep.get(SiteURL.meeting(.value(fixture.repsOnly.id!)).path).status == .ok)
            let repToken = try await app.token(for: "rep@example.org")
            let meetings = try await app.api(.GET, .coalitionGroupMeetings(.value("policy-committee")), token: repToken).array
            #expect(Set(meetings.compactMap { $0["audience"] as? String }) == ["representatives", "group", "open"])
            let registered = try await rep.post(SiteURL.eventRegister(.value(fixture.repsOnly.id!)).path, [("reminders", "on")])
            #expect(registered.status == .seeOther)
            #expect(try await EventRegistration.query(on: app.db).filter(\.$event.$id == fixture.repsOnly.id!).count() == 1)

            // A member who sits as herself, an outsider and a visitor: nothing, not even the title.
            for browser in [member, outsider, anonymous] {
                #expect(try await browser.get(repsPage).status == .notFound)
                #expect(try await browser.get(SiteURL.meeting(.value(fixture.repsOnly.id!)).path).status == .notFound)
                let list = try await browser.get(SiteURL.events.path).body.string
                #expect(!list.contains("Organizations meeting") && !list.contains("representatives-secret"))
                #expect(try await browser.post(SiteURL.eventRegister(.value(fixture.repsOnly.id!)).path,
                                               [("name", "Someone"), ("email", "someone@example.org")]).status == .notFound)
                let group = try await browser.get(SiteURL.coalitionGroup(.value("policy-committee")).path).body.string
                #expect(!group.contains("Organizations meeting"))
            }
            let memberToken = try await app.token(for: "member@example.org")
            for token in [memberToken, nil] {
                let minutes = try await app.api(.GET, .meetingMinutes(.value(fixture.repsOnly.id!)), token: token)
                #expect(minutes.status == .notFound && minutes.isProblem)
                let missing = try await app.api(.GET, .meetingMinutes(.value(UUID())), token: token)
                #expect(minutes.body.string == missing.body.string, "no different from a meeting that does not exist")
                let seen = try await app.api(.GET, .coalitionGroupMeetings(.value("policy-committee")), token: token).array
                #expect(!seen.contains { $0["title"] as? String == "Organizations meeting" })
                #expect(try await app.api(.POST, APIURL.eventRegistrations(.value(fixture.repsOnly.id!)).path, token: token,
                                          json: #"{"name":"Someone","email":"someone@example.org"}"#).status == .notFound)
            }
            #expect(try await EventRegistration.query(on: app.db).filter(\.$event.$id == fixture.repsOnly.id!).count() == 1)

            // The member's own audience: the group meeting. The outsider's: only the open one.
            #expect(try await member.get(SiteURL.event(.value(fixture.groupMeeting.id!)).path).status == .ok)
            #expect(try await rep.get(SiteURL.event(.value(fixture.groupMeeting.id!)).path).status == .ok)
            #expect(try await outsider.get(SiteURL.event(.value(fixture.groupMeeting.id!)).path).status == .notFound)
            #expect(try await anonymous.get(SiteURL.event(.value(fixture.open.id!)).path).status == .ok)
            #expect(!(try await anonymous.get(SiteURL.event(.value(fixture.open.id!)).path).body.string.contains("public-secret")))

            // The chair runs the meeting; staff see everything.
            let chair = try await CoalitionFixture.browser(app, "chair@example.org")
            #expect(try await chair.get(repsPage).status == .ok)
            let staff = try await CoalitionFixture.browser(app, "staff@example.org")
            #expect(try await staff.get(repsPage).status == .ok)
        }
    }

    @Test func aRepresentativeLosesTheMeetingWhenTheirOrganizationsTermEndsOrTheRoleGoes() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let rep = try await CoalitionFixture.browser(app, "rep@example.org")
            let page = SiteURL.event(.value(fixture.repsOnly.id!)).path
            #expect(try await rep.get(page).status == .ok)
            // The other organization's representative is in no seat of the group.
            let other = try await CoalitionFixture.browser(app, "other-rep@example.org")
            #expect(try await other.get(page).status == .notFound)
            // Staff end the member organization's term: the next read judges again.
            let seat = try #require(try await GroupSeat.query(on: app.db).filter(\.$organization.$id == fixture.member.id!).first())
            let staff = try await CoalitionFixture.browser(app, "staff@example.org")
            #expect(try await staff.post(SiteURL.staffCoalitionGroup(.value("policy-committee")).path,
                                         [("action", "endSeat"), ("item", seat.id!.uuidString)]).status == .seeOther)
            #expect(try await rep.get(page).status == .notFound)
            #expect(try await app.auditEvents(.coalitionSeatRemove).count == 1)
        }
    }
}
