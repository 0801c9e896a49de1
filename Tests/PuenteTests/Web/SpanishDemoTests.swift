// The demo is what a program sees first: read in Spanish, none of its content may fall back to
// English. A page that says "(en inglés)" names content the demo forgot to translate.

import Fluent
import Foundation
import PuenteCore
import Testing
@testable import Puente

@Suite struct SpanishDemoTests {
    @Test func theDemoReadInSpanishHasNoContentLeftInEnglish() async throws {
        try await withPuente { app in
            let password = "demo password 1"
            _ = try await DemoData.seed(app: app, password: password)
            _ = try await RegistryDemo.seed(app: app)
            _ = try await TrainingDemo.seed(app: app, password: password)
            _ = try await EventsDemo.seed(app: app)
            let summit = try #require(try await Event.query(on: app.db).filter(\.$title == EventsDemo.summitTitle).first())
            let webinar = try #require(try await Event.query(on: app.db).filter(\.$kind == .webinar).filter(\.$endsAt < Date()).first())
            let running = try #require(try await Cohort.query(on: app.db).filter(\.$name == TrainingDemo.runningName).first())
            let sessions = try await TrainingSession.query(on: app.db).filter(\.$cohort.$id == running.id!).count()
            let inEnglish = L10n.inEnglish.text(.es)

            let visitor = Browser(app)
            let visitorPages = [SiteURL.home.path, SiteURL.events.path, SiteURL.events.path(query: ["when": "past"]), SiteURL.training.path,
                                SiteURL.event(.value(summit.id!)).path, SiteURL.event(.value(webinar.id!)).path]
            for path in visitorPages {
                let page = try await visitor.get(path + (path.contains("?") ? "&" : "?") + "lang=es").body.string
                #expect(page.contains("<html lang=\"es\""))
                #expect(!page.contains(inEnglish), "\(path) has content in English")
            }
            let webinarPage = try await visitor.get(SiteURL.event(.value(webinar.id!)).path).body.string
            #expect(webinarPage.contains("Grabación") && webinarPage.contains("Diapositivas"))

            // María reads Spanish by her account's choice: her course, her home, her calendar.
            let maria = Browser(app)
            try await maria.signIn("promotora@demo.puente.example.org", password)
            for path in [SiteURL.home.path, SiteURL.trainingMine.path, SiteURL.myEvents.path] {
                let page = try await maria.get(path).body.string
                #expect(page.contains("Valle Central") || path == SiteURL.myEvents.path)
                #expect(!page.contains(inEnglish), "\(path) has content in English")
            }
            let token = try #require(try await Enrollment.query(on: app.db).filter(\.$cohort.$id == running.id!).with(\.$user).all()
                .first { $0.user.email == "promotora@demo.puente.example.org" }?.calendarToken)
            let feed = try ICalendarReader.read(try await Browser(app).get(SiteURL.trainingCalendar(.value(token)).path).body.string)
            #expect(feed.events.count == sessions)
            #expect(feed.events.allSatisfy { event in TrainingDemo.spanishTopics.contains { event.summary.hasSuffix(": " + $0) } })
        }
    }
}
