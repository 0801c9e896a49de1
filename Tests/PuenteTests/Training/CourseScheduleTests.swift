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
}
