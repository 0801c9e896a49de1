// The public schedule counts each cohort's own seats, trainers and sessions: the counts come from
// three queries for the whole list, so a count must not leak from one cohort to another.

import Fluent
import Foundation
import Testing
@testable import Puente

@Suite struct CourseScheduleTests {
    @Test func eachCohortShowsItsOwnSeatsTrainersAndSessions() async throws {
        try await withPuente { app in
            let spring = try await app.makeCohort(name: "Spring group", capacity: 5, sessions: 3)
            let fall = try await app.makeCohort(name: "Fall group", capacity: 8, sessions: 2)
            _ = try await app.enroll("rosa@example.org", in: spring)
            _ = try await app.enroll("ana@example.org", name: "Ana Ruiz", in: spring)
            _ = try await app.trainingService.apply(try await app.makeUser("luz@example.org"), to: fall) // applied: no seat yet
            try await app.trainingService.addTrainer(try await app.makeUser("t@example.org", name: "Teresa Lopez", roles: [.trainer]),
                                                     to: fall)

            let cards = try await CourseSchedulePage.query(on: app.db, training: app.trainingService, language: .en)
            let springCard = try #require(cards.first { $0.id == spring.id })
            let fallCard = try #require(cards.first { $0.id == fall.id })
            #expect((springCard.seatsLeft, springCard.sessions, springCard.trainers) == (3, 3, []))
            #expect((fallCard.seatsLeft, fallCard.sessions, fallCard.trainers) == (8, 2, ["Teresa Lopez"]))

            let api = try await app.api(.GET, .trainingCohorts).decoded([CohortDTO].self)
            #expect(api.first { $0.id == spring.id }?.seatsLeft == 3)
            #expect(api.first { $0.id == fall.id }?.seatsLeft == 8)
        }
    }

    @Test func aCohortStopsTakingApplicationsOnItsFirstDayUnlessStaffSetAnotherDay() async throws {
        try await withPuente { app in
            let started = try await app.makeCohort(name: "Started group", startedDaysAgo: 3, closesAtStart: true)
            let late = try await app.makeUser("late@example.org")
            await #expect(throws: TrainingService.Failure.applicationsClosed) { try await app.trainingService.apply(late, to: started) }
            #expect(try await Enrollment.query(on: app.db).count() == 0)

            var input = CohortInput()
            input.programID = try await app.program().id!.uuidString
            input.name = "Next group"
            input.startsOn = app.today.adding(days: 10).description
            input.endsOn = app.today.adding(days: 60).description
            input.place = "Fresno"
            input.applicationsCloseOn = app.today.adding(days: 70).description
            await #expect(throws: TrainingService.Failure.invalid(field: "applications_close_on", .trainingApplicationsCloseAfterEnd)) {
                try await app.trainingService.createCohort(input)
            }
            input.applicationsCloseOn = app.today.adding(days: 5).description
            let next = try await app.trainingService.createCohort(input)
            _ = try await app.trainingService.apply(late, to: next)
            await #expect(throws: TrainingService.Failure.applicationsClosed) {
                try await app.trainingService.apply(try await app.makeUser("later@example.org"), to: next, appliedOn: app.today.adding(days: 6))
            }

            let browser = Browser(app)
            try await browser.signIn("late@example.org")
            let html = try await browser.get(SiteURL.training.path).body.string
            #expect(html.contains("action=\"\(SiteURL.trainingApply(.value(next.id!)).path)\""))
            #expect(!html.contains("action=\"\(SiteURL.trainingApply(.value(started.id!)).path)\""))
            #expect(html.contains("Applications to this cohort are closed."))
            let api = try await app.api(.POST, .trainingCohortEnrollments(.value(started.id!)), token: try await app.bearerToken(roles: [.member]))
            #expect(api.status == .conflict)
        }
    }
}
