// A cohort's name and its class sessions' topics are content staff write: Spanish readers get
// the Spanish when staff gave it, and the English marked "(en inglés)" when they did not.

import Fluent
import Foundation
import PuenteCore
import Testing
@testable import Puente

@Suite struct CohortSpanishTests {
    @Test func staffGiveACohortASpanishNameAndSpanishReadersSeeIt() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", name: "Staff Person", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let fields: [(String, String)] = [
                ("program", try await app.program().id!.uuidString), ("name", "Valley — Spring 2027"), ("name_es", "Valle — Primavera 2027"),
                ("starts_on", app.today.adding(days: 10).description), ("ends_on", app.today.adding(days: 60).description),
                ("place", "Fresno Community Center"), ("capacity", "20"),
            ]
            #expect(try await staff.post(SiteURL.staffTrainingCohorts.path, fields).status == .seeOther)
            let cohort = try #require(try await Cohort.query(on: app.db).filter(\.$name == "Valley — Spring 2027").first())
            #expect(cohort.nameEs == "Valle — Primavera 2027")

            // A second cohort without Spanish: shown in English, and said to be.
            var input = CohortInput()
            input.programID = try await app.program().id!.uuidString
            input.name = "Valley — Fall 2027"
            input.startsOn = app.today.adding(days: 120).description
            input.endsOn = app.today.adding(days: 170).description
            input.place = "Fresno"
            _ = try await app.trainingService.createCohort(input)

            let spanish = try await Browser(app).get(SiteURL.training.path(query: ["lang": "es"])).body.string
            #expect(spanish.contains("Valle — Primavera 2027"))
            #expect(!spanish.contains("Valley — Spring 2027"))
            #expect(spanish.contains("Valley — Fall 2027 \(L10n.inEnglish.text(.es))"))
            let english = try await Browser(app).get(SiteURL.training.path(query: ["lang": "en"])).body.string
            #expect(english.contains("Valley — Spring 2027") && !english.contains("Valle — Primavera 2027"))

            let api = try await app.api(.GET, .trainingCohorts).decoded([CohortDTO].self)
            #expect(api.first { $0.id == cohort.id }?.nameEs == "Valle — Primavera 2027")
            #expect(api.first { $0.name == "Valley — Fall 2027" }?.nameEs == nil)
        }
    }

    @Test func aSpanishNameThatIsTooLongIsRefusedAndNothingIsSaved() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", name: "Staff Person", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let response = try await staff.post(SiteURL.staffTrainingCohorts.path, [
                ("program", try await app.program().id!.uuidString), ("name", "Valley — Spring 2027"), ("name_es", String(repeating: "a", count: 201)),
                ("starts_on", app.today.adding(days: 10).description), ("ends_on", app.today.adding(days: 60).description), ("place", "Fresno"),
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("href=\"#field-name_es\""), "the error points at the Spanish name")
            #expect(try await Cohort.query(on: app.db).count() == 0)
        }
    }

    @Test func aSpanishTraineeSeesTheCourseAndItsCalendarInSpanish() async throws {
        try await withPuente { app in
            var input = CohortInput()
            input.programID = try await app.program().id!.uuidString
            input.name = "Valley — Winter"
            input.nameEs = "Valle — Invierno"
            input.startsOn = app.today.adding(days: -3).description
            input.endsOn = app.today.adding(days: 50).description
            input.place = "Fresno"
            input.applicationsCloseOn = input.endsOn
            let cohort = try await app.trainingService.createCohort(input)
            try await app.trainingService.addSession(to: cohort, day: app.today.adding(days: 2).description, startsAt: "17:30", hours: "4",
                                                     topic: "Cultural humility", topicEs: "Humildad cultural", competencies: ["role-outreach"])
            try await app.trainingService.addSession(to: cohort, day: app.today.adding(days: 4).description, startsAt: "17:30", hours: "4",
                                                     topic: "Home visits", competencies: ["role-outreach"])
            let user = try await app.makeUser("rosa@example.org", name: "Rosa Díaz", language: .es)
            let enrollment = try await app.trainingService.apply(user, to: cohort)
            try await app.trainingService.decide(enrollment, .accepted)

            let trainee = Browser(app)
            try await trainee.signIn("rosa@example.org")
            let mine = try await trainee.get(SiteURL.trainingMine.path).body.string
            #expect(mine.contains("— Valle — Invierno"))
            #expect(!mine.contains("Valley — Winter"))
            let home = try await trainee.get(SiteURL.home.path).body.string
            #expect(home.contains("Valle — Invierno"))

            // The feed a calendar app fetches carries no cookie: it is still in the trainee's language.
            let feed = try ICalendarReader.read(try await Browser(app).get(SiteURL.trainingCalendar(.value(enrollment.calendarToken)).path).body.string)
            let program = try await app.program().nameES
            #expect(feed.events.map(\.summary) == ["\(program): Humildad cultural", "\(program): Home visits"],
                    "a session without Spanish keeps its English topic")
            #expect(feed.events.allSatisfy { $0.description.contains("Valle — Invierno") })
            let english = try ICalendarReader.read(try await Browser(app).get(SiteURL.trainingCalendar(.value(enrollment.calendarToken))
                .path(query: ["lang": "en"])).body.string)
            #expect(english.events.first?.summary.hasSuffix("Cultural humility") == true)

            let emails = try await app.outbox().filter { $0.recipient == "rosa@example.org" }
            #expect(!emails.isEmpty && emails.allSatisfy { ReceivedMail($0.raw).text.contains("Valle — Invierno") })
        }
    }
}
