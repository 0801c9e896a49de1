// A trainee's own training page: progress bars and the competencies as a grouped checklist.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct TrainingMineTests {
    @Test func progressIsBarsAndCompetenciesAreAChecklistOfRolesAndSkills() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(sessions: 3)
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            // Present at the first two sessions only: one competency each (the third covers the rest).
            let sessions = try await TrainingSession.query(on: app.db).filter(\.$cohort.$id == cohort.id!).sort(\.$day).all()
            for session in sessions.prefix(2) {
                try await app.trainingService.markAttendance(session, [.init(enrollmentID: enrollment.id!, mark: .present, partialQuarterHours: nil)])
            }
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let html = try await browser.get(SiteURL.trainingMine.path(query: ["lang": "es"])).body.string
            #expect(html.contains("<progress id=\"enrollment-\(enrollment.id!)-classroom\""))
            let covered = html.components(separatedBy: "<span class=\"visually-hidden\">Cubierta: </span>").count - 1
            let notYet = html.components(separatedBy: "<span class=\"visually-hidden\">Todavía no: </span>").count - 1
            #expect(covered == 2, "two sessions attended, one competency each")
            #expect(covered + notYet == Competencies.all.count)
            #expect(html.contains("<summary>Funciones · "))
            #expect(html.contains("<summary>Habilidades · "))
        }
    }

    @Test func practicumAndHoursAreLoggedOnPagesOfTheirOwn() async throws {
        try await withPuente { app in
            let supervisor = try await app.makeUser("super@example.org", name: "Lucía Torres", roles: [.supervisor])
            let cohort = try await app.makeCohort(sessions: 1)
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            try await app.trainingService.place(enrollment, site: "Clínica del Valle", supervisor: supervisor)
            let returned = try await app.trainingService.logPracticum(enrollment, .init(day: cohort.startDay.description, hours: "4",
                                                                                        activities: "Health fair", competencies: []))
            try await app.trainingService.decide(returned, approve: false, comment: "Split the fair and the visits.", by: supervisor)
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let practicumPath = SiteURL.trainingPracticumLog(.value(enrollment.id!)).path

            // My training scans: where the practicum stands and the way to log, no forms.
            let mine = try await browser.get(SiteURL.trainingMine.path(query: ["lang": "en"])).body.string
            #expect(mine.contains("href=\"\(practicumPath)\""))
            #expect(mine.contains("href=\"\(SiteURL.trainingHours.path)\""))
            #expect(mine.contains("Returned (1)"))
            #expect(!mine.contains("name=\"activities\"") && !mine.contains("name=\"provider\""))

            // The practicum page has the form and every day with the supervisor's answer.
            let practicum = try await browser.get(practicumPath).body.string
            #expect(practicum.contains("action=\"\(practicumPath)\""))
            #expect(practicum.contains("Split the fair and the visits."))
            // A mistake comes back on the same page, with what was typed.
            let bad = try await browser.post(practicumPath, [("day", app.today.adding(days: 1).description), ("hours", "4"), ("activities", "Home visits")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("<h1>\(L10n.practicumLogTitle.text(.en))</h1>") && bad.body.string.contains(">Home visits</textarea>"))

            // Hours have their page; a mistake there stays there too.
            let hours = try await browser.get(SiteURL.trainingHours.path).body.string
            #expect(hours.contains("enctype=\"multipart/form-data\"") && hours.contains("name=\"provider\""))
            let badHours = try await browser.post(SiteURL.trainingHours.path, [("kind", "continuing_education"), ("day", app.today.description),
                                                                                ("hours", "30"), ("topic", "Oral health"), ("provider", "County")])
            #expect(badHours.status == .unprocessableEntity)
            #expect(badHours.body.string.contains("<h1>\(L10n.hoursTitle.text(.en))</h1>") && badHours.body.string.contains("value=\"Oral health\""))
            #expect(try await HourRecord.query(on: app.db).count() == 0)

            // Only a seat in a running course has a practicum page.
            let applied = try await app.trainingService.apply(try await app.makeUser("ana@example.org"), to: try await app.makeCohort(name: "Fall group"))
            let ana = Browser(app)
            try await ana.signIn("ana@example.org")
            #expect(try await ana.get(SiteURL.trainingPracticumLog(.value(applied.id!)).path).headers.first(name: .location) == SiteURL.trainingMine.path)
        }
    }
}

@Suite struct AttendanceOnClassDayTests {
    @Test func onClassDayTheCohortPageLeadsToTodaysAttendanceAndOneTapMarksEveryoneNotYetMarked() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(sessions: 1)
            try await app.trainingService.addSession(to: cohort, day: app.today.description, startsAt: "17:30", hours: "4",
                                                     topic: "Home visits", competencies: [])
            let today = try #require(try await TrainingSession.query(on: app.db).filter(\.$day == app.today.description).first())
            let (_, rosa) = try await app.enroll("rosa@example.org", in: cohort)
            let (_, ana) = try await app.enroll("ana@example.org", name: "Ana Ruiz", in: cohort)
            try await app.trainingService.markAttendance(today, [.init(enrollmentID: ana.id!, mark: .absent, partialQuarterHours: nil)])
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let cohortPage = try await staff.get(SiteURL.trainingCohort(.value(cohort.id!)).path).body.string
            #expect(cohortPage.contains("<a href=\"\(SiteURL.trainingAttendance(.value(today.id!)).path)\" class=\"button\">Take today&#39;s attendance</a>"))

            #expect(try await staff.post(SiteURL.trainingAttendance(.value(today.id!)).path, [("all", "present")]).status == .seeOther)
            let marks = try await AttendanceMark.query(on: app.db).filter(\.$session.$id == today.id!).all()
            #expect(marks.first { $0.$enrollment.id == rosa.id }?.mark == .present)
            #expect(marks.first { $0.$enrollment.id == ana.id }?.mark == .absent, "a mark already given stays")
        }
    }

    /// The roster reads on a trainer's phone: a card per trainee with bars against the
    /// requirements, and each card's decisions folded and named for the person they act on.
    @Test func theRosterIsACardPerTraineeWithBarsAndFoldedActions() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(sessions: 2)
            let (_, rosa) = try await app.enroll("rosa@example.org", in: cohort)
            _ = try await app.enroll("ana@example.org", name: "Ana Ruiz", in: cohort)
            try await app.markAll(cohort, for: rosa)
            let applicant = try await app.makeUser("luz@example.org", name: "Luz Ortega")
            _ = try await app.trainingService.apply(applicant, to: cohort)
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")

            let page = try await staff.get(SiteURL.trainingCohort(.value(cohort.id!)).path).body.string

            #expect(page.contains("Trainees (3)"))
            let cards = page.components(separatedBy: "<li class=\"card\">").dropFirst()
            #expect(cards.count == 3)
            let rosaCard = try #require(cards.first { $0.contains("Rosa Elena Díaz") })
            #expect(rosaCard.contains("<progress id=\"attendance-\(rosa.id!.uuidString)\" max=\"") && rosaCard.contains("progress-met"),
                    "present at every class: the attendance bar shows the requirement met")
            #expect(rosaCard.contains("<span class=\"visually-hidden\"> Rosa Elena Díaz</span>"), "the fold says whose decisions it holds")
            let luzCard = try #require(cards.first { $0.contains("Luz Ortega") })
            #expect(luzCard.contains("value=\"waitlist\"") && !luzCard.contains("<progress"), "an applicant has decisions, no bars yet")
            #expect(Set(page.matches(of: /id="(site-[^"]+)"/).map { String($0.output.1) }).count == 3, "each card's fields have their own ids")
        }
    }
}
