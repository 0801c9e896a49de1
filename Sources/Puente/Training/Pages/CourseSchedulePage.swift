// The public course schedule: programs and the cohorts taking applications.

import Fluent
import Foundation
import Plot
import PuenteCore

enum CourseSchedulePage {
    struct Card {
        let id: UUID
        let program: String
        let description: String
        let name: String
        let startsOn: String
        let endsOn: String
        let place: String?
        let isOnline: Bool
        let seatsLeft: Int
        let trainers: [String]
        let sessions: Int
    }

    /// Cohorts that have not ended, soonest first, with seats left, trainers and session count.
    static func query(on db: any Database, training: TrainingService, language: Language) async throws -> [Card] {
        let cohorts = try await Cohort.query(on: db).filter(\.$endsOn >= training.today.description).sort(\.$startsOn).with(\.$program).all()
        // Three queries for the whole list, not three per cohort.
        let ids = cohorts.compactMap(\.id)
        let taken = try await training.seatsTaken(in: ids, on: db)
        let trainers = Dictionary(grouping: try await CohortTrainer.query(on: db).filter(\.$cohort.$id ~~ ids).with(\.$user).all(),
                                  by: \.$cohort.id)
        let sessions = Dictionary(grouping: try await TrainingSession.query(on: db).filter(\.$cohort.$id ~~ ids).field(\.$cohort.$id).all(),
                                  by: \.$cohort.id)
        return cohorts.map { cohort in
            Card(id: cohort.id!, program: cohort.program.name(language), description: cohort.program.description(language),
                 name: cohort.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn, place: cohort.place,
                 isOnline: cohort.onlineLink != nil, seatsLeft: max(0, cohort.capacity - (taken[cohort.id!] ?? 0)),
                 trainers: (trainers[cohort.id!] ?? []).map(\.user.name), sessions: sessions[cohort.id!]?.count ?? 0)
        }
    }

    static func page(_ ctx: PageContext, _ cards: [Card]) -> PageView {
        PageView(title: ctx.t(.trainingTitle), content: Div {
            H1(ctx.t(.trainingTitle))
            Paragraph(ctx.t(.trainingLead))
            Paragraph(ctx.t(.trainingFree)).class("notice")
            if cards.isEmpty { Paragraph(ctx.t(.trainingNoCohorts)) }
            for card in cards {
                Tag.element(.article, ["class": "card", "aria-labelledby": "cohort-\(card.id)"]) {
                    Tag.element(.h2, ["id": "cohort-\(card.id)"]) { Text("\(card.program) — \(card.name)") }
                    Paragraph(card.description)
                    Tag.element(.dl) {
                        Tag.element(.dt) { Text(ctx.t(.trainingDates)) }
                        Tag.element(.dd) { Text(TrainingText.range(ctx, card.startsOn, card.endsOn)) }
                        Tag.element(.dt) { Text(ctx.t(.trainingWhere)) }
                        Tag.element(.dd) { Text([card.place,
                                                  card.isOnline ? ctx.t(.trainingOnline) : nil].compactMap { $0 }.joined(separator: " · ")) }
                        if !card.trainers.isEmpty {
                            Tag.element(.dt) { Text(ctx.t(.trainingTrainers)) }
                            Tag.element(.dd) { Text(card.trainers.joined(separator: ", ")) }
                        }
                        Tag.element(.dt) { Text(ctx.t(.trainingSeatsLeft)) }
                        Tag.element(.dd) { Text("\(card.seatsLeft)") }
                    }
                    if ctx.user != nil {
                        UI.form(ctx, action: SiteURL.trainingApply(.value(card.id)).path) { UI.submit(ctx.t(.trainingApply)) }
                    } else {
                        Paragraph { Tag.a(SiteURL.login.path(query: ["next": SiteURL.training.path]), ctx.t(.trainingSignInToApply)) }
                    }
                }
            }
        })
    }
}
