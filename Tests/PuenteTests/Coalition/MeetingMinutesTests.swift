// A meeting's record: the chair writes the agenda (that fits in the meeting), sends it to the
// meeting's audience, records minutes and action items, and approves once; approval publishes
// to that audience and nobody else.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct MeetingMinutesTests {
    @Test func theChairWritesTheAgendaMinutesAndTwoActionItemsAndApprovesThemOnce() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let event = fixture.repsOnly
            let chair = try await CoalitionFixture.browser(app, "chair@example.org")
            let rep = try await CoalitionFixture.browser(app, "rep@example.org")
            let agenda = SiteURL.meetingAgenda(.value(event.id!)).path
            let items = { try await AgendaItem.query(on: app.db).filter(\.$event.$id == event.id!).count() }

            // A 90-minute meeting: 30 + 40 fit, 30 more do not, and nothing is half-saved.
            for (title, minutes) in [("Bill tracker", "30"), ("Medi-Cal benefit", "40")] {
                #expect(try await chair.post(agenda, [("action", "add"), ("title", title), ("presenter", "Carla"), ("minutes", minutes)]).status == .seeOther)
            }
            let tooLong = try await chair.post(agenda, [("action", "add"), ("title", "Open floor"), ("minutes", "30")])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.body.string.contains("id=\"field-minutes-error\""))
            #expect(try await items() == 2)
            #expect(try await chair.post(agenda, [("action", "add"), ("title", "Bad"), ("minutes", "9999999999999999999999")]).status
                    == .unprocessableEntity)
            // A representative is in the audience but does not run the meeting.
            #expect(try await rep.post(agenda, [("action", "add"), ("title", "Mine"), ("minutes", "5")]).status == .forbidden)
            #expect(try await items() == 2)

            // The agenda goes to the meeting's audience: the member organization's representative
            // and the chair; not the member who sits as herself, not the other organization.
            #expect(try await chair.post(agenda, [("action", "send")]).status == .seeOther)
            let sent = try await app.outbox().filter { $0.subject.hasPrefix("Agenda:") || $0.subject.hasPrefix("Agenda: ") }
            #expect(Set(sent.map(\.recipient)) == ["rep@example.org", "chair@example.org"])
            #expect(ReceivedMail(sent[0].raw).text.contains("Bill tracker"))

            // Minutes, written in English with a Spanish translation, saved as a draft.
            let agendaItems = try await AgendaItem.query(on: app.db).filter(\.$event.$id == event.id!).sort(\.$position).all()
            let first = agendaItems[0].id!.uuidString
            let minutesPath = SiteURL.meetingMinutes(.value(event.id!)).path
            #expect(try await chair.post(minutesPath, [("action", "save"), ("language", "en"), ("item", first),
                                                       ("discussion-\(first)", "Two bills moved."), ("decisions-\(first)", "Write to the author."),
                                                       ("discussionTranslated-\(first)", "Avanzaron dos proyectos.")]).status == .seeOther)
            let repToken = try await app.token(for: "rep@example.org")
            let chairToken = try await app.token(for: "chair@example.org")
            let draftForRep = try await app.api(.GET, .meetingMinutes(.value(event.id!)), token: repToken).object
            #expect(draftForRep["status"] as? String == "draft" && (draftForRep["items"] as? [Any])?.isEmpty == true)
            let draftForChair = try await app.api(.GET, .meetingMinutes(.value(event.id!)), token: chairToken).object
            #expect((draftForChair["items"] as? [[String: Any]])?.first?["discussion"] as? String == "Two bills moved.")

            // Two action items; an owner who does not exist, or two owners, are refused.
            let actions = SiteURL.meetingActionItems(.value(event.id!)).path
            #expect(try await chair.post(actions, [("action", "add"), ("actionTitle", "Send questions"), ("ownerEmail", "rep@example.org"),
                                                   ("due", "2027-01-15")]).status == .seeOther)
            #expect(try await chair.post(actions, [("action", "add"), ("actionTitle", "Collect forms"),
                                                   ("ownerOrganization", fixture.member.id!.uuidString), ("due", "2027-01-20")]).status == .seeOther)
            #expect(try await chair.post(actions, [("action", "add"), ("actionTitle", "Ghost"), ("ownerEmail", "deleted@example.org"),
                                                   ("due", "2027-01-20")]).status == .unprocessableEntity)
            #expect(try await chair.post(actions, [("action", "add"), ("actionTitle", "Both"), ("ownerEmail", "rep@example.org"),
                                                   ("ownerOrganization", fixture.member.id!.uuidString), ("due", "2027-01-20")]).status
                    == .unprocessableEntity)
            #expect(try await chair.post(actions, [("action", "add"), ("actionTitle", "Bad date"), ("ownerEmail", "rep@example.org"),
                                                   ("due", "someday")]).status == .unprocessableEntity)
            #expect(try await ActionItem.query(on: app.db).count() == 2)

            // Approved once: published to the audience by email; a second approval changes nothing.
            let before = try await app.outbox().count
            #expect(try await chair.post(minutesPath, [("action", "approve"), ("language", "en")]).status == .seeOther)
            let minutes = try #require(try await MeetingMinutes.query(on: app.db).filter(\.$event.$id == event.id!).first())
            #expect(minutes.status == .approved)
            let published = try await app.outbox().dropFirst(before)
            #expect(Set(published.map(\.recipient)) == ["rep@example.org", "chair@example.org"])
            #expect(published.allSatisfy { $0.subject.hasPrefix("Minutes published") })
            try await chair.post(minutesPath, [("action", "approve"), ("language", "en")])
            #expect(try await chair.get(SiteURL.meeting(.value(event.id!)).path).body.string.contains(L10n.meetingMinutesAlreadyApproved.text(.en)))
            #expect(try await app.outbox().count == before + 2)
            #expect(try await app.auditEvents(.meetingMinutesApprove).count == 1)
            // Approved minutes do not change.
            try await chair.post(minutesPath, [("action", "save"), ("language", "en"), ("item", first), ("discussion-\(first)", "Rewritten.")])
            #expect(try await AgendaItem.find(agendaItems[0].id, on: app.db)?.discussion == "Two bills moved.")

            // The audience reads them, in its language when there is a translation.
            let approved = try await app.api(.GET, .meetingMinutes(.value(event.id!)), token: repToken).object
            #expect(approved["status"] as? String == "approved")
            #expect((approved["actionItems"] as? [[String: Any]])?.count == 2)
            let spanish = try await rep.get(SiteURL.meeting(.value(event.id!)).path(query: ["lang": "es"])).body.string
            #expect(spanish.contains("Avanzaron dos proyectos."))

            // The organization's representative marks its item done; the outsider cannot even find it.
            let orgItem = try #require(try await ActionItem.query(on: app.db).filter(\.$title == "Collect forms").first())
            #expect(try await rep.post(actions, [("action", "done"), ("item", orgItem.id!.uuidString)]).status == .seeOther)
            #expect(try await ActionItem.find(orgItem.id, on: app.db)?.status == .done)
            let outsider = try await CoalitionFixture.browser(app, "outsider@example.org")
            #expect(try await outsider.post(actions, [("action", "reopen"), ("item", orgItem.id!.uuidString)]).status == .notFound)

            // The action items API lists only items of meetings the caller may see.
            let open = try await app.api(.GET, .coalitionActionItems, query: ["status": "open"], token: repToken).array
            #expect(open.map { $0["title"] as? String } == ["Send questions"])
            let owner = try #require(open.first?["owner"] as? [String: Any])
            #expect(owner["type"] as? String == "person" && owner["name"] as? String == "Rita Rep")
            #expect(open.first?["due"] as? String == "2027-01-15")
            #expect(try await app.api(.GET, .coalitionActionItems, query: ["status": "open"]).array.isEmpty)
            #expect(try await app.api(.GET, .coalitionActionItems, query: ["status": "closed"]).status == .unprocessableEntity)
            #expect(try await app.api(.GET, APIURL.coalitionActionItems.path + "?status=").status == .unprocessableEntity)
            #expect(try await app.api(.GET, .coalitionActionItems, token: repToken).array.count == 2, "no status: every item")
        }
    }

    @Test func anOpenMeetingsApprovedMinutesAreForEveryoneAndItsGuestsComeByInvitation() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let chair = try await CoalitionFixture.browser(app, "chair@example.org")
            let open = fixture.open.id!
            // A Spanish title longer than a title may be saves nothing; a right one is kept beside the English.
            let longSpanish = String(repeating: "sesión ", count: 40)
            #expect(try await chair.post(SiteURL.meetingAgenda(.value(open)).path,
                                         [("action", "add"), ("title", "Listening session"), ("titleEs", longSpanish), ("minutes", "45")]).status
                    == .unprocessableEntity)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$event.$id == open).count() == 0)
            #expect(try await chair.post(SiteURL.meetingAgenda(.value(open)).path,
                                         [("action", "add"), ("title", "Listening session"), ("titleEs", "Sesión de escucha"), ("minutes", "45")])
                .status == .seeOther)
            #expect(try await chair.post(SiteURL.meetingAgenda(.value(open)).path,
                                         [("action", "add"), ("title", "Open floor"), ("minutes", "10")]).status == .seeOther)
            let item = try #require(try await AgendaItem.query(on: app.db).filter(\.$event.$id == open).sort(\.$position).first())
            #expect(try await chair.post(SiteURL.meetingMinutes(.value(open)).path,
                                         [("action", "approve"), ("language", "en"), ("item", item.id!.uuidString),
                                          ("discussion-\(item.id!.uuidString)", "Leaders spoke.")]).status
                    == .seeOther)
            let minutes = try await app.api(.GET, .meetingMinutes(.value(open))).object
            #expect(minutes["status"] as? String == "approved")
            #expect((minutes["items"] as? [[String: Any]])?.first?["discussion"] as? String == "Leaders spoke.")
            #expect((minutes["items"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Listening session", "Open floor"])
            // A reader of Spanish gets the Spanish title, and the English one marked where none was written.
            let spanish = try await app.api(.GET, APIURL.meetingMinutes(.value(open)).path, headers: ["Accept-Language": "es"]).object
            #expect((spanish["items"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Sesión de escucha", "Open floor"])
            let page = try await Browser(app).get(SiteURL.meeting(.value(open)).path, headers: ["Accept-Language": "es"]).body.string
            #expect(page.contains("Sesión de escucha") && !page.contains("Listening session"))
            #expect(page.contains(Escape.text("Open floor " + L10n.inEnglish.text(.es))))
            let group = try await Browser(app).get(SiteURL.coalitionGroup(.value("policy-committee")).path(query: ["q": "leaders"])).body.string
            #expect(group.contains("Leaders spoke."))

            // A guest is invited to the group meeting by email and registers from that link alone.
            let meeting = fixture.groupMeeting.id!
            #expect(try await chair.post(SiteURL.meetingGuests(.value(meeting)).path,
                                         [("name", "Dana Agency"), ("email", "dana@state.example.gov")]).status == .seeOther)
            try await chair.post(SiteURL.meetingGuests(.value(meeting)).path, [("name", "Dana Agency"), ("email", "DANA@state.example.gov")])
            let invitations = try await app.outbox().filter { $0.recipient == "dana@state.example.gov" }
            #expect(invitations.count == 1)
            let text = ReceivedMail(invitations[0].raw).text
            let link = try #require(text.split(separator: "\n").first { $0.contains("invitation=") }).trimmingCharacters(in: .whitespaces)
            let start = try #require(link.range(of: "/events/"))
            let path = String(link[start.lowerBound...])
            let guest = Browser(app)
            #expect(try await guest.get(SiteURL.event(.value(meeting)).path).status == .notFound)
            #expect(try await guest.get(path).status == .ok)
            let token = try #require(path.split(separator: "=").last.map(String.init))
            #expect(try await guest.post(SiteURL.eventRegister(.value(meeting)).path,
                                         [("name", "Dana Agency"), ("email", "dana@state.example.gov"), ("invitation", token)]).status == .seeOther)
            #expect(try await EventRegistration.query(on: app.db).filter(\.$email == "dana@state.example.gov").count() == 1)
            // The invitation opens that one meeting, and a representatives-only meeting takes no guests.
            #expect(try await guest.get(SiteURL.event(.value(fixture.repsOnly.id!)).path(query: ["invitation": token])).status == .notFound)
            try await chair.post(SiteURL.meetingGuests(.value(fixture.repsOnly.id!)).path, [("name", "Eve"), ("email", "eve@example.org")])
            #expect(try await MeetingGuest.query(on: app.db).count() == 1)
        }
    }

    @Test func ownersGetOneReminderBeforeTheDueDate() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let service = MeetingService(db: app.db, config: app.config, actor: .system)
            var input = MeetingService.ActionInput()
            input.title = "Draft the explainer"
            input.ownerOrganization = fixture.member.id!.uuidString
            input.due = Day(Date(), in: app.config.timeZone).adding(days: 2).description
            try await service.addActionItem(fixture.open, input)
            input.title = "Later"
            input.due = Day(Date(), in: app.config.timeZone).adding(days: 20).description
            try await service.addActionItem(fixture.open, input)
            #expect(try await ActionItemReminders.queueDue(on: app.db, config: app.config) == 1)
            #expect(try await ActionItemReminders.queueDue(on: app.db, config: app.config) == 0)
            let reminders = try await app.outbox().filter { $0.subject.contains("Draft the explainer") }
            #expect(reminders.map(\.recipient) == ["rep@example.org"])
        }
    }
}
