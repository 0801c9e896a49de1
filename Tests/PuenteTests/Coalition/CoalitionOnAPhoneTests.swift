// The coalition walked in headless Chromium on a 360-pixel phone with a Spanish browser, on the
// demo: an organization joins and staff approve it and seat it in the policy committee; its
// representative registers for the representatives-only meeting, which the demo's promotora
// cannot see; the promotora reads the open meeting's minutes but not the representatives' ones; the
// coalition page shows the steering committee, roles, focus areas and progress from data. Every
// page fits the phone, runs no script and passes axe-core's WCAG 2.2 A and AA rules.

import Fluent
import Foundation
import PuenteCore
import Testing
import Vapor
@testable import Puente

@Suite(.enabled(if: PhoneBrowser.isAvailable, "needs Chromium, chromedriver and Selenium (make test installs them)"))
struct CoalitionOnAPhoneTests {
    private let password = "demo password 1"

    @Test func anOrganizationJoinsAndItsRepresentativeRegistersForTheMeetingAMemberCannotSee() async throws {
        try await withPuente { app in
            // setup: the demo's coalition and committee, a person who will apply for an organization
            _ = try await DemoData.seed(app: app, password: password)
            try await CoalitionDemo.seedGroups(app: app, password: password)
            _ = try await EventsDemo.seed(app: app)
            _ = try await CoalitionDemo.seedMeetings(app: app)
            try await app.makeUser("lena@example.org", name: "Lena Ortiz", password: password, language: .es)
            let sierra = Organization(name: "Sierra Promotores", kind: .communityBased)
            try await sierra.create(on: app.db)
            let committee = try #require(try await CoalitionGroup.query(on: app.db).filter(\.$slug == CoalitionDemo.committeeSlug).first())
            let upcoming = try await Event.query(on: app.db).filter(\.$groupID == committee.id!).filter(\.$startsAt > Date()).sort(\.$startsAt).all()
            let repsMeeting = try #require(upcoming.first { $0.audience == .representatives })
            let pastOpen = try #require(try await Event.query(on: app.db).filter(\.$groupID == committee.id!).filter(\.$audience == .everyone)
                .filter(\.$endsAt < Date()).sort(\.$startsAt, .descending).first())
            let member = try #require(try await Organization.query(on: app.db).filter(\.$name == CoalitionDemo.representedOrganization).first())
            let meetingPath = SiteURL.meeting(.value(repsMeeting.id!)).path
            let signOut = PhoneBrowser.Step.open(SiteURL.logout.path)

            // act
            let steps: [PhoneBrowser.Step] = signIn("lena@example.org") + [
                .open(SiteURL.coalitionJoin.path),
                .submit(fill: ["kind": "organization", "organizationName": "sierra promotores", "organizationKind": "cbo"],
                        formHolding: "organizationName"),                                                              // 3
                signOut,
            ] + signIn("staff@demo.puente.example.org") + [
                .open(SiteURL.staffCoalition.path),
                .press("button[name=status][value=member]"),                                                            // 8
                .open(SiteURL.staffCoalitionGroup(.value(CoalitionDemo.committeeSlug)).path),
                .submit(fill: ["organization": sierra.id!.uuidString, "role": "member"], formHolding: "organization"), // from today
                signOut,
            ] + signIn("lena@example.org") + [
                .open(SiteURL.event(.value(repsMeeting.id!)).path),                                                     // 14
                .submit(fill: ["answer_q1": "no"], formHolding: "reminders"),                                                  // 15
                signOut,
            ] + signIn("promotora@demo.puente.example.org") + [
                .open(SiteURL.event(.value(repsMeeting.id!)).path),                                                     // 19
                .open(SiteURL.meeting(.value(pastOpen.id!)).path),                                                      // 20
                .open(meetingPath),                                                                                      // 21
                .open(SiteURL.coalition.path),                                                                           // 22
                .open(SiteURL.coalitionGroup(.value(CoalitionDemo.committeeSlug)).path),                                 // 23
            ]
            let pages = try await PhoneBrowser.walk(app, steps)

            // check
            try #require(pages.count == steps.count)
            #expect(pages[3].text.contains(L10n.coalitionAppliedFlash.text(.es)))
            #expect(pages[8].text.contains(L10n.coalitionDecisionSavedFlash.text(.es)))
            let lena = try #require(try await User.query(on: app.db).filter(\.$email == "lena@example.org").first())
            #expect(try await OrganizationRepresentative.query(on: app.db).filter(\.$user.$id == lena.id!).filter(\.$organization.$id == sierra.id!).count() == 1)
            #expect(pages[14].text.contains(repsMeeting.title(in: .es)), "the representative sees the representatives' meeting")
            #expect(try await EventRegistration.query(on: app.db).filter(\.$event.$id == repsMeeting.id!).filter(\.$email == "lena@example.org").count() == 1)
            #expect(pages[19].text.contains(L10n.errorNotFound.text(.es)), "the promotora is not in its audience")
            #expect(!pages[19].text.contains(repsMeeting.title(in: .es)))
            #expect(pages[20].text.contains(CoalitionDemo.minutesInSpanish.values.first { pages[20].text.contains($0) } ?? "—"),
                    "the open meeting's minutes, in Spanish")
            #expect(pages[20].text.contains(try #require(CoalitionDemo.titlesInSpanish["Welcome and introductions"])), "its agenda, in Spanish")
            #expect(!pages[20].text.contains(L10n.inEnglish.text(.es)), "nothing on it is left in English")
            #expect(pages[21].text.contains(L10n.errorNotFound.text(.es)))
            let coalition = pages[22].text
            #expect(coalition.contains("Comité directivo") && coalition.contains("Statewide Pan-Ethnic Health Alliance"))
            #expect(coalition.contains("Voz de líderes promotores") && coalition.contains("Beneficio de promotores en Medi-Cal"))
            #expect(coalition.contains("de 24 este año"))
            #expect(!pages[23].text.contains(repsMeeting.title(in: .es)), "the representatives' meetings stay with their audience")
            for page in pages { PhoneBrowser.expectFitsAPhone(page) }
        }
    }

    @Test func theChairPublishesTheAgendaRecordsMinutesWithTwoActionItemsAndApprovesThem() async throws {
        try await withPuente { app in
            // setup: the demo's committee, its next representatives' meeting with the demo's agenda
            _ = try await DemoData.seed(app: app, password: password)
            try await CoalitionDemo.seedGroups(app: app, password: password)
            _ = try await EventsDemo.seed(app: app)
            _ = try await CoalitionDemo.seedMeetings(app: app)
            let committee = try #require(try await CoalitionGroup.query(on: app.db).filter(\.$slug == CoalitionDemo.committeeSlug).first())
            let meeting = try #require(try await Event.query(on: app.db).filter(\.$groupID == committee.id!).filter(\.$audience == .representatives)
                .filter(\.$startsAt > Date()).sort(\.$startsAt).first())
            let first = try #require(try await AgendaItem.query(on: app.db).filter(\.$event.$id == meeting.id!).sort(\.$position).first())
            let member = try #require(try await Organization.query(on: app.db).filter(\.$name == CoalitionDemo.representedOrganization).first())
            let discussion = "discussion-\(first.id!.uuidString)"

            // act
            let steps: [PhoneBrowser.Step] = signIn(CoalitionDemo.chairEmail) + [
                .open(SiteURL.meeting(.value(meeting.id!)).path),                                                       // 2
                .submit(fill: ["title": "Summit: who speaks", "titleEs": "Cumbre: quién habla", "presenter": "Lucía Fernández", "minutes": "10"],
                        formHolding: "presenter"),                                                                      // 3
                .press("button[name=action][value=send]"),                                                             // 4
                .submit(fill: [discussion: "Se revisaron los dos proyectos de ley."], formHolding: discussion),          // 5
                .submit(fill: ["actionTitle": "Send the questions to the author", "actionTitleEs": "Enviar las preguntas a la autora", "ownerEmail": "orgrep@demo.puente.example.org"],
                        formHolding: "actionTitle"),                                                                    // 6
                .submit(fill: ["actionTitle": "Gather example forms", "ownerOrganization": member.id!.uuidString],
                        formHolding: "actionTitle"),                                                                    // 7
                .press("button[name=action][value=approve]"),                                                          // 8
            ]
            let pages = try await PhoneBrowser.walk(app, steps)

            // check
            try #require(pages.count == steps.count)
            #expect(pages[3].text.contains(L10n.meetingItemAddedFlash.text(.es)))
            #expect(pages[4].text.contains(L10n.meetingAgendaSentFlash.text(.es, ["count": ""]).prefix(10)))
            #expect(pages[5].text.contains(L10n.meetingMinutesSavedFlash.text(.es)))
            #expect(pages[6].text.contains(L10n.actionItemAddedFlash.text(.es)) && pages[7].text.contains(L10n.actionItemAddedFlash.text(.es)))
            #expect(pages[8].text.contains(L10n.meetingMinutesApprovedFlash.text(.es)))
            let items = try await AgendaItem.query(on: app.db).filter(\.$event.$id == meeting.id!).all()
            #expect(items.contains { $0.title == "Summit: who speaks" && $0.titleEs == "Cumbre: quién habla" && $0.minutesAllotted == 10 })
            #expect(pages[3].text.contains("Cumbre: quién habla") && pages[6].text.contains("Enviar las preguntas a la autora"))
            #expect(pages[7].text.contains("Gather example forms " + L10n.inEnglish.text(.es)), "no Spanish written: marked")
            #expect(items.first { $0.id == first.id }?.discussion == "Se revisaron los dos proyectos de ley.")
            let actions = try await ActionItem.query(on: app.db).filter(\.$event.$id == meeting.id!).all()
            #expect(actions.count == 2)
            #expect(actions.contains { $0.$ownerOrganization.id == member.id && $0.status == .open })
            let minutes = try await MeetingMinutes.query(on: app.db).filter(\.$event.$id == meeting.id!).first()
            #expect(minutes?.status == .approved && minutes?.agendaSentAt != nil)
            for page in pages { PhoneBrowser.expectFitsAPhone(page) }
        }
    }

    private func signIn(_ email: String) -> [PhoneBrowser.Step] {
        PhoneBrowser.signIn(email, password: password)
    }

}
