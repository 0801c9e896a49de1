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
}
