// `puente seed-demo`'s events: the coalition's policy committee on the 2nd and 4th Thursdays at
// 2:30 pm Pacific, the webinar series with recordings on past parts, the summit, registrations.

import Fluent
import Foundation
import PuenteCore
import Testing
@testable import Puente

@Suite struct EventsDemoTests {
    @Test func theDemoHasTheCommitteeTheWebinarSeriesTheSummitAndAWaitlist() async throws {
        try await withPuente { app in
            _ = try await DemoData.seed(app: app, password: "demo password 1")
            let created = try await EventsDemo.seed(app: app)
            #expect(created == 12 + 12 + 4 + 1 + 1)
            #expect(try await EventsDemo.seed(app: app) == 0)

            let pacific = TimeZone(identifier: "America/Los_Angeles")!
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = pacific
            for (title, position) in [("Policy Committee — organizations meeting", 2), ("Policy Committee — open meeting", 4)] {
                let meetings = try await Event.query(on: app.db).filter(\.$title == title).all()
                #expect(meetings.count == 12)
                for meeting in meetings {
                    #expect(calendar.component(.weekday, from: meeting.startsAt) == 5) // Thursday
                    #expect(calendar.component(.weekdayOrdinal, from: meeting.startsAt) == position)
                    #expect(EventForm.clock(meeting.startsAt, pacific) == "14:30" && EventForm.clock(meeting.endsAt, pacific) == "16:00")
                }
                // The coalition's policy committee: representatives on the 2nd Thursday, open on the 4th.
                #expect(meetings.allSatisfy { $0.audience == (position == 2 ? .representatives : .everyone) })
                let committee = try #require(try await CoalitionGroup.query(on: app.db).filter(\.$slug == CoalitionDemo.committeeSlug).first())
                #expect(meetings.allSatisfy { $0.groupID == committee.id })
                #expect(meetings.filter(\.hasEnded).count >= 3, "the series began three months ago")
                // Every occurrence keeps the series' question and reminder.
                #expect(meetings.allSatisfy { $0.questions.count == 1 && $0.reminderMinutes == 1440 })
            }

            let series = try #require(try await EventSeries.query(on: app.db).filter(\.$title == EventsDemo.webinarSeries).first())
            let parts = try await Event.query(on: app.db).filter(\.$series.$id == series.id!).sort(\.$startsAt).all()
            #expect(parts.count == 4)
            #expect(parts.filter(\.hasEnded).count == 2)
            let pastPage = try await Browser(app).get(SiteURL.event(.value(parts[0].id!)).path).body.string
            #expect(pastPage.contains("https://video.example.org/promotores-in-practice-1"))
            #expect(try await EventRegistration.query(on: app.db).filter(\.$event.$id == parts[0].id!).count() == 4)

            let summit = try #require(try await Event.query(on: app.db).filter(\.$title == EventsDemo.summitTitle).first())
            #expect(summit.questions.count == 3)
            #expect(try await EventRegistration.query(on: app.db).filter(\.$event.$id == summit.id!).count() == EventsDemo.visitors.count + 2)
            let circle = try #require(try await Event.query(on: app.db).filter(\.$capacity == 3).first())
            let statuses = try await EventRegistration.query(on: app.db).filter(\.$event.$id == circle.id!).all().map(\.status)
            #expect(statuses.filter { $0 == .confirmed }.count == 3 && statuses.filter { $0 == .waitlisted }.count == 3)
        }
    }

    @Test func theUpcomingListFoldsEachSeriesIntoOneCardAndItsPageListsEveryDate() async throws {
        try await withPuente { app in
            _ = try await DemoData.seed(app: app, password: "demo password 1")
            _ = try await EventsDemo.seed(app: app)
            let open = try #require(try await Event.query(on: app.db).filter(\.$title == "Policy Committee — open meeting")
                .filter(\.$startsAt > Date()).sort(\.$startsAt).with(\.$series).first())
            let series = try #require(open.series)
            let list = try await Browser(app).get(SiteURL.events.path).body.string
            let seriesLink = "<a href=\"\(SiteURL.events.path(query: ["series": series.id!.uuidString]))\">"
            #expect(list.components(separatedBy: seriesLink).count - 1 == 1, "one card for the whole series")
            #expect(list.contains("upcoming dates · next:"))
            #expect(list.contains("<p>The fourth Thursday of every month</p>"), "the open committee's card says its rule")
            #expect(list.contains("<time class=\"date-badge\""))
            let upcoming = try await Event.query(on: app.db).filter(\.$series.$id == series.id!).filter(\.$endsAt >= Date()).count()
            let seriesPage = try await Browser(app).get(SiteURL.events.path(query: ["series": series.id!.uuidString])).body.string
            #expect(seriesPage.components(separatedBy: "<article class=\"card\">").count - 1 == upcoming)
        }
    }

    @Test func everyDemoEventHasItsSpanishAndAnUntranslatedOneSaysItIsInEnglish() async throws {
        try await withPuente { app in
            _ = try await DemoData.seed(app: app, password: "demo password 1")
            _ = try await EventsDemo.seed(app: app)
            #expect(try await Event.query(on: app.db).all().allSatisfy { $0.translations["es"] != nil })
            let spanish = try await Browser(app).get(SiteURL.events.path(query: ["lang": "es"])).body.string
            #expect(!spanish.contains(L10n.inEnglish.text(.es)))
            #expect(spanish.contains("Cumbre Estatal de Promotores"))

            let staff = try #require(try await User.query(on: app.db).filter(\.$email == "staff@demo.puente.example.org").first())
            let input = EventInput(title: "Office hours", start: Date().addingTimeInterval(3 * 86400),
                                   end: Date().addingTimeInterval(3 * 86400 + 3600), timeZone: "America/Los_Angeles")
            let untranslated = try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: staff)
            let page = try await Browser(app).get(SiteURL.event(.value(untranslated.id!)).path(query: ["lang": "es"])).body.string
            #expect(page.contains("<h1>Office hours (en inglés)</h1>"))
            // Staff editing it are nudged to add the Spanish; the demo's own events are not.
            let staffBrowser = Browser(app)
            try await staffBrowser.signIn("staff@demo.puente.example.org", "demo password 1")
            let editing = try await staffBrowser.get(SiteURL.staffEvent(.value(untranslated.id!)).path(query: ["lang": "en"])).body.string
            #expect(editing.contains(L10n.eventSpanishMissing.text(.en)))
            let summit = try #require(try await Event.query(on: app.db).filter(\.$title == EventsDemo.summitTitle).first())
            let translated = try await staffBrowser.get(SiteURL.staffEvent(.value(summit.id!)).path(query: ["lang": "en"])).body.string
            #expect(!translated.contains(L10n.eventSpanishMissing.text(.en)))
        }
    }
}
