// The public coalition page and the groups API, from the demo's data: the steering committee,
// roles, focus areas and objective progress, in Spanish; staff's prose edits with Spanish that
// waits; seats that add people to the group's list once.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct CoalitionPageTests {
    @Test func theDemoCoalitionPageInSpanishShowsItsCommitteeRolesFocusAreasAndProgressFromData() async throws {
        try await withPuente { app in
            _ = try await DemoData.seed(app: app, password: "demo password 1")
            _ = try await EventsDemo.seed(app: app)
            #expect(try await CoalitionDemo.seedMeetings(app: app) == 8)
            #expect(try await CoalitionDemo.seedMeetings(app: app) == 0)
            let page = try await Browser(app).get(SiteURL.coalition.path(query: ["lang": "es"])).body.string
            #expect(page.contains("<h2>Comité directivo</h2>"))
            for (name, _) in CoalitionDemo.leadEntities { #expect(page.contains(name.replacingOccurrences(of: "'", with: "&#39;"))) }
            #expect(page.contains("Voz de líderes promotores"))
            #expect(page.contains("Beneficio de promotores en Medi-Cal"))
            #expect(page.contains("Avance en") || page.contains("avance en"))
            #expect(page.contains("de 24 este año"))
            #expect(!page.contains(L10n.inEnglish.text(.es)), "every sentence a visitor reads has its Spanish")

            // Staff change a role's holders: the page follows the data, not page text.
            let role = try #require(try await GroupRole.query(on: app.db).filter(\.$title == "Public Education Lead").first())
            let visión = try #require(try await Organization.query(on: app.db).filter(\.$name == "Visión Comunitaria").first())
            role.holderIDs = [visión.id!]
            try await role.save(on: app.db)
            let changed = try await Browser(app).get(SiteURL.coalition.path).body.string
            #expect(changed.contains("Public Education Lead: Visión Comunitaria"))

            // The API: two groups by their slugs, forty members in all, three meetings of each
            // series with approved minutes.
            let groups = try await app.api(.GET, .coalitionGroups).array
            #expect(Set(groups.compactMap { $0["slug"] as? String }) == ["steering-committee", "policy-committee"])
            #expect(groups.first { $0["slug"] as? String == "steering-committee" }?["members"] as? Int == 11)
            #expect(try await CoalitionMembership.query(on: app.db).filter(\.$status == .member).count() == 40)
            let detail = try await app.api(.GET, .coalitionGroup(.value("policy-committee"))).object
            #expect((detail["focusAreas"] as? [[String: Any]])?.count == 3)
            #expect((detail["roles"] as? [[String: Any]])?.first?["holders"] as? [String] == ["Statewide Pan-Ethnic Health Alliance"])
            let staffToken = try await app.token(for: "staff@demo.puente.example.org", password: "demo password 1")
            let meetings = try await app.api(.GET, .coalitionGroupMeetings(.value("policy-committee")), token: staffToken).array
            let approved = meetings.filter { $0["minutesStatus"] as? String == "approved" }
            #expect(approved.filter { $0["audience"] as? String == "representatives" }.count == 3)
            #expect(approved.filter { $0["audience"] as? String == "open" }.count == 3)

            // The demo's representative sees the representatives' meetings; the promotora does not.
            let repToken = try await app.token(for: "orgrep@demo.puente.example.org", password: "demo password 1")
            let promotoraToken = try await app.token(for: "promotora@demo.puente.example.org", password: "demo password 1")
            let forRep = try await app.api(.GET, .coalitionGroupMeetings(.value("policy-committee")), token: repToken).array
            let forPromotora = try await app.api(.GET, .coalitionGroupMeetings(.value("policy-committee")), token: promotoraToken).array
            #expect(forRep.contains { $0["audience"] as? String == "representatives" })
            #expect(!forPromotora.contains { $0["audience"] as? String == "representatives" })
            let repsMeeting = try #require(approved.first { $0["audience"] as? String == "representatives" }?["eventId"] as? String)
            #expect(try await app.api(.GET, "/api/v1/meetings/\(repsMeeting)/minutes", token: promotoraToken).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/meetings/\(repsMeeting)/minutes", token: repToken).status == .ok)
        }
    }

    @Test func staffEditTheProseAndAMissingSpanishShowsAsNotYetTranslated() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = try await CoalitionFixture.browser(app, "staff@example.org")
            var fields: [(String, String)] = []
            for key in CoalitionText.Key.allCases { fields += [(key.rawValue, "About \(key.rawValue)."), ("\(key.rawValue)Es", "")] }
            fields[1] = ("goalEs", "Sobre la meta.")
            #expect(try await staff.post(SiteURL.staffCoalitionTexts.path, fields).status == .seeOther)
            let edit = try await staff.get(SiteURL.staffCoalition.path).body.string
            #expect(edit.components(separatedBy: L10n.spanishNotYetTranslated.text(.en)).count - 1 == 3)
            let spanish = try await Browser(app).get(SiteURL.coalition.path(query: ["lang": "es"])).body.string
            #expect(spanish.contains("Sobre la meta.") && spanish.contains("About principles.") && spanish.contains(L10n.inEnglish.text(.es)))
            // English is required; nothing is saved when it is missing.
            fields[0] = ("goal", "")
            #expect(try await staff.post(SiteURL.staffCoalitionTexts.path, fields).status == .unprocessableEntity)
            #expect(try await CoalitionText.query(on: app.db).filter(\.$key == .goal).first()?.body == "About goal.")
        }
    }

    @Test func aSeatAddsItsPeopleToTheGroupsListOnceAndNeverBackAfterTheyLeft() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            _ = try await app.makeList("committee", kind: "discussion", visibility: "group", policy: "invitation")
            let list = try #require(try await MailingList.query(on: app.db).filter(\.$slug == "committee").first())
            fixture.group.listID = list.id
            try await fixture.group.save(on: app.db)
            // Someone who left the list before.
            try await ListSubscription(listID: list.id!, email: "other-rep@example.org", name: "Omar Rep", language: .en, userID: nil,
                                       status: .unsubscribed, consentBasis: "web form").create(on: app.db)
            let staff = try await CoalitionFixture.browser(app, "staff@example.org")
            let path = SiteURL.staffCoalitionGroup(.value("policy-committee")).path
            #expect(try await staff.post(path, [("action", "addSeat"), ("email", "outsider@example.org"), ("role", "member"),
                                                ("startsOn", "2026-01-01")]).status == .seeOther)
            #expect(try await staff.post(path, [("action", "addSeat"), ("organization", fixture.other.id!.uuidString), ("role", "member"),
                                                ("startsOn", "2026-01-01")]).status == .seeOther)
            let subscriptions = try await ListSubscription.query(on: app.db).filter(\.$list.$id == list.id!).all()
            #expect(subscriptions.first { $0.email == "outsider@example.org" }?.status == .confirmed)
            #expect(subscriptions.first { $0.email == "other-rep@example.org" }?.status == .unsubscribed)
            // Bad terms and holders are refused and save nothing.
            let seats = try await GroupSeat.query(on: app.db).count()
            for fields in [[("email", "outsider@example.org"), ("role", "member"), ("startsOn", "2026-05-01"), ("endsOn", "2026-01-01")],
                           [("email", "outsider@example.org"), ("role", "emperor"), ("startsOn", "2026-05-01")],
                           [("email", "nobody@example.org"), ("role", "member"), ("startsOn", "2026-05-01")],
                           [("role", "member"), ("startsOn", "2026-05-01")]] {
                #expect(try await staff.post(path, [("action", "addSeat")] + fields).status == .unprocessableEntity)
            }
            #expect(try await GroupSeat.query(on: app.db).count() == seats)
            // The outsider now sits in the group, so its members' meeting opens to them.
            let outsider = try await CoalitionFixture.browser(app, "outsider@example.org")
            #expect(try await outsider.get(SiteURL.event(.value(fixture.groupMeeting.id!)).path).status == .ok)
            #expect(try await outsider.get(SiteURL.event(.value(fixture.repsOnly.id!)).path).status == .notFound)
            // A group's list shows to the people on it, and to nobody else.
            #expect(try await outsider.get(SiteURL.list(.value("committee")).path).status == .ok)
            let member = try await CoalitionFixture.browser(app, "member@example.org")
            #expect(try await member.get(SiteURL.list(.value("committee")).path).status == .notFound)
            #expect(!(try await member.get(SiteURL.lists.path).body.string.contains("/lists/committee")))
        }
    }
}
