// The coalition's writes through the API: staff make and change groups, seat organizations for a
// term, name roles and focus areas; whoever runs a meeting writes its agenda, minutes and action
// items, and an item's owner marks it done. Bad input is 422 and saves nothing; a state that
// forbids the write (a slug taken, minutes approved) is 409; the gate is the pages' gate.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct CoalitionAPIWritesTests {
    private func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func staffMakeAGroupSeatAnOrganizationAndNameItsRolesAndFocusAreas() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let staff = try await app.token(for: "staff@example.org")
            let rep = try await app.token(for: "rep@example.org")
            let groups = APIURL.coalitionGroups.path
            let body = try json(["slug": "finance-workgroup", "kind": "workgroup", "name": "Finance work group",
                                 "purpose": "Follows the money behind CHW pay."])

            // The gate: staff only.
            #expect(try await app.api(.POST, groups, json: body).status == .unauthorized)
            #expect(try await app.api(.POST, groups, token: rep, json: body).status == .forbidden)
            // Bad input names its fields and saves nothing.
            let bad = try await app.api(.POST, groups, token: staff,
                                        json: try json(["slug": "Finance Group", "kind": "club", "name": " "]))
            #expect(bad.status == .unprocessableEntity)
            #expect(Set(((try bad.object["errors"]) as? [String: Any])?.keys.map { $0 } ?? []) == ["slug", "kind", "name"])
            #expect(try await CoalitionGroup.query(on: app.db).count() == 1)

            let made = try await app.api(.POST, groups, token: staff, json: body)
            #expect(made.status == .created)
            #expect(try made.object["slug"] as? String == "finance-workgroup")
            #expect(try made.object["members"] as? Int == 0)
            #expect(try await app.api(.POST, groups, token: staff, json: body).status == .conflict, "a slug is one group's")
            let renamed = try await app.api(.PUT, APIURL.coalitionGroup(.value("finance-workgroup")).path, token: staff,
                                            json: try json(["slug": "finance-workgroup", "kind": "workgroup", "name": "Finance work group",
                                                            "nameEs": "Grupo de trabajo de finanzas"]))
            #expect(renamed.status == .ok)
            let spanish = try await app.api(.GET, APIURL.coalitionGroup(.value("finance-workgroup")).path, headers: ["Accept-Language": "es"])
            #expect(try spanish.object["name"] as? String == "Grupo de trabajo de finanzas")
            let moved = try await app.api(.PUT, APIURL.coalitionGroup(.value("finance-workgroup")).path, token: staff,
                                          json: try json(["slug": "finance", "kind": "workgroup", "name": "Moved"]))
            #expect(moved.status == .unprocessableEntity, "the slug is set once")
            #expect(try await CoalitionGroup.query(on: app.db).filter(\.$slug == "finance-workgroup").first()?.name == "Finance work group")

            // A seat: one holder, a term; the detail lists the organization until the term ends.
            let seats = APIURL.coalitionGroupSeats(.value("finance-workgroup")).path
            let both = try await app.api(.POST, seats, token: staff, json: try json(
                ["email": "rep@example.org", "organizationId": fixture.member.id!.uuidString, "role": "member", "from": "2025-01-01"]))
            #expect(both.status == .unprocessableEntity)
            let backwards = try await app.api(.POST, seats, token: staff, json: try json(
                ["organizationId": fixture.member.id!.uuidString, "role": "member", "from": "2026-05-01", "to": "2026-01-01"]))
            #expect(((try backwards.object["errors"]) as? [String: Any])?.keys.sorted() == ["to"], "errors name the API's fields")
            let seat = try await app.api(.POST, seats, token: staff, json: try json(
                ["organizationId": fixture.member.id!.uuidString, "role": "lead_organization", "from": "2025-01-01"]))
            #expect(seat.status == .created)
            let holder = try #require(try seat.object["holder"] as? [String: Any])
            #expect(holder["type"] as? String == "organization" && holder["name"] as? String == "Valley Promotoras Network")
            #expect(try seat.object.keys.contains("to"), "an open term is written as null")
            #expect(try seat.object["to"] is NSNull)
            var detail = try await app.api(.GET, APIURL.coalitionGroup(.value("finance-workgroup")).path).object
            #expect((detail["organizations"] as? [[String: Any]])?.map { $0["role"] as? String } == ["lead_organization"])

            // Roles and focus areas name organizations that exist.
            let roles = APIURL.coalitionGroupRoles(.value("finance-workgroup")).path
            #expect(try await app.api(.POST, roles, token: staff, json: try json(["title": "Budget watch", "organizations": [UUID().uuidString]]))
                .status == .unprocessableEntity)
            let role = try await app.api(.POST, roles, token: staff, json: try json(
                ["title": "Budget watch", "titleEs": "Vigilancia del presupuesto", "activities": ["Read the state budget each May"],
                 "organizations": [fixture.member.id!.uuidString]]))
            #expect(role.status == .created)
            let area = try await app.api(.POST, APIURL.coalitionGroupFocusAreas(.value("finance-workgroup")).path, token: staff,
                                         json: try json(["name": "Medi-Cal rates", "leads": [fixture.other.id!.uuidString]]))
            #expect(area.status == .created)
            detail = try await app.api(.GET, APIURL.coalitionGroup(.value("finance-workgroup")).path).object
            #expect((detail["roles"] as? [[String: Any]])?.first?["holders"] as? [String] == ["Valley Promotoras Network"])
            #expect((detail["focusAreas"] as? [[String: Any]])?.first?["leads"] as? [String] == ["Harbor Health Partners"])

            // Ending the seat keeps its history and takes the organization off the group; removing
            // the role and the focus area takes them off the page.
            let seatID = try #require(try seat.object["id"] as? String)
            #expect(try await app.api(.DELETE, "/api/v1/coalition/seats/\(seatID)", token: rep).status == .forbidden)
            #expect(try await app.api(.DELETE, "/api/v1/coalition/seats/\(seatID)", token: staff).status == .noContent)
            let ended = try #require(try await GroupSeat.find(UUID(uuidString: seatID), on: app.db))
            #expect(ended.endsOn != nil)
            for (path, id) in [("roles", try role.object["id"] as? String), ("focus-areas", try area.object["id"] as? String)] {
                #expect(try await app.api(.DELETE, "/api/v1/coalition/\(path)/\(try #require(id))", token: staff).status == .noContent)
            }
            #expect(try await app.api(.DELETE, "/api/v1/coalition/roles/\(UUID().uuidString)", token: staff).status == .notFound)
            detail = try await app.api(.GET, APIURL.coalitionGroup(.value("finance-workgroup")).path).object
            #expect((detail["organizations"] as? [[String: Any]])?.isEmpty == true)
            #expect((detail["roles"] as? [[String: Any]])?.isEmpty == true && (detail["focusAreas"] as? [[String: Any]])?.isEmpty == true)
            #expect(try await app.auditEvents(.coalitionGroupSave).count == 2)
        }
    }

    @Test func theChairWritesAMeetingsRecordAndAnOwnerMarksTheirItemDone() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let chair = try await app.token(for: "chair@example.org")
            let member = try await app.token(for: "member@example.org")
            let outsider = try await app.token(for: "outsider@example.org")
            let rep = try await app.token(for: "rep@example.org")
            let meeting = fixture.groupMeeting.id!
            let agenda = APIURL.meetingAgendaItems(.value(meeting)).path
            let item = try json(["title": "Budget update", "titleEs": "Novedades del presupuesto", "presenter": "Carla", "minutes": 30])

            // In the audience but not running it: 403; outside it: 404, as for no meeting.
            #expect(try await app.api(.POST, agenda, token: member, json: item).status == .forbidden)
            #expect(try await app.api(.POST, agenda, token: outsider, json: item).status == .notFound)
            #expect(try await app.api(.POST, agenda, token: chair, json: try json(["title": "Too long", "minutes": 200])).status
                    == .unprocessableEntity, "more minutes than the meeting has")
            #expect(try await app.api(.POST, APIURL.meetingAgendaSend(.value(meeting)).path, token: chair).status == .conflict, "nothing to send")
            let added = try await app.api(.POST, agenda, token: chair, json: item)
            #expect(added.status == .created)
            let itemID = try #require(try added.object["id"] as? String)
            let sent = try await app.api(.POST, APIURL.meetingAgendaSend(.value(meeting)).path, token: chair)
            #expect(sent.status == .ok)
            #expect((try sent.object["recipients"] as? Int ?? 0) > 0)

            // The minutes draft: only this meeting's items.
            let minutes = APIURL.meetingMinutes(.value(meeting)).path
            #expect(try await app.api(.PUT, minutes, token: chair, json: try json(
                ["language": "en", "items": [["id": UUID().uuidString, "discussion": "Lost."]]])).status == .unprocessableEntity)
            let draft = try await app.api(.PUT, minutes, token: chair, json: try json(
                ["language": "en", "items": [["id": itemID, "discussion": "The budget holds.", "decisions": "Write to the committee.",
                                               "discussionTranslated": "El presupuesto se mantiene."]]]))
            #expect(draft.status == .ok)
            #expect(try draft.object["status"] as? String == "draft")
            #expect((try draft.object["items"] as? [[String: Any]])?.first?["discussion"] as? String == "The budget holds.")
            #expect((try await app.api(.GET, minutes, token: member).object["items"] as? [Any])?.isEmpty == true, "a draft is the runners'")

            // Action items: one owner; the owner (not another member) marks it done.
            let actions = APIURL.meetingActionItems(.value(meeting)).path
            let ownerless = try await app.api(.POST, actions, token: chair, json: try json(["title": " ", "due": "2027-01-15"]))
            #expect(ownerless.status == .unprocessableEntity)
            #expect(((try ownerless.object["errors"]) as? [String: Any])?.keys.sorted() == ["ownerEmail", "title"])
            let action = try await app.api(.POST, actions, token: chair, json: try json(
                ["title": "Write the letter", "titleEs": "Escribir la carta", "ownerEmail": "rep@example.org", "due": "2027-01-15"]))
            #expect(action.status == .created)
            #expect((try action.object["owner"] as? [String: Any])?["name"] as? String == "Rita Rep")
            let actionPath = APIURL.coalitionActionItem(.value(try #require(UUID(uuidString: try action.object["id"] as? String ?? "")))).path
            #expect(try await app.api(.PATCH, actionPath, token: member, json: try json(["status": "done"])).status == .forbidden)
            #expect(try await app.api(.PATCH, actionPath, token: rep, json: try json(["status": "closed"])).status == .unprocessableEntity)
            let done = try await app.api(.PATCH, actionPath, token: rep, json: try json(["status": "done"]))
            #expect(done.status == .ok)
            #expect(try done.object["status"] as? String == "done")

            // Approval publishes them once; after it the record is fixed.
            let approve = APIURL.meetingMinutesApprove(.value(meeting)).path
            #expect(try await app.api(.POST, approve, token: member).status == .forbidden)
            let approved = try await app.api(.POST, approve, token: chair)
            #expect(approved.status == .ok)
            #expect(try approved.object["status"] as? String == "approved")
            #expect(try await app.api(.POST, approve, token: chair).status == .conflict)
            #expect(try await app.api(.POST, agenda, token: chair, json: item).status == .conflict)
            #expect(try await app.api(.DELETE, "/api/v1/coalition/agenda-items/\(itemID)", token: chair).status == .conflict)
            #expect(try await app.api(.PUT, minutes, token: chair, json: try json(["language": "en", "items": []])).status == .conflict)
            let published = try await app.api(.GET, minutes, token: member, headers: ["Accept-Language": "es"]).object
            let first = try #require((published["items"] as? [[String: Any]])?.first)
            #expect(first["id"] as? String == itemID && first["title"] as? String == "Novedades del presupuesto")
            #expect(first["discussion"] as? String == "El presupuesto se mantiene.")
            #expect(try await AgendaItem.query(on: app.db).filter(\.$event.$id == meeting).count() == 1)
        }
    }
}
