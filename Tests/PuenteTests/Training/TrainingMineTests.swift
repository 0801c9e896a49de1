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
