// The public course schedule: programs and the cohorts taking applications.

import Fluent
import Foundation
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
        let applicationsClose: Day
        let takesApplications: Bool
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
                 name: cohort.nameText.marked(in: language), startsOn: cohort.startsOn, endsOn: cohort.endsOn, place: cohort.place,
                 isOnline: cohort.onlineLink != nil, seatsLeft: max(0, cohort.capacity - (taken[cohort.id!] ?? 0)),
                 trainers: (trainers[cohort.id!] ?? []).map(\.user.name), sessions: sessions[cohort.id!]?.count ?? 0,
                 applicationsClose: cohort.applicationsCloseDay, takesApplications: cohort.takesApplications(on: training.today))
        }
    }

    static func page(_ ctx: PageContext, _ cards: [Card]) -> PageView {
        var out = HTMLWriter(capacity: 8192)
        out.leaf(.h1, text: ctx.t(.trainingTitle))
        out.leaf(.p, text: ctx.t(.trainingLead))
        out.insetText(ctx.t(.trainingFree))
        if cards.isEmpty { out.leaf(.p, text: ctx.t(.trainingNoCohorts)) }
        for card in cards { self.card(ctx, card, &out) }
        return PageView(title: ctx.t(.trainingTitle), html: out.html)
    }

    private static func card(_ ctx: PageContext, _ card: Card, _ out: inout HTMLWriter) {
        out.element(.article, ["class": "card", "aria-labelledby": "cohort-\(card.id)"]) { out in
            if let start = ctx.dates.startOfDay(card.startsOn) { out.dateBadge(ctx, start) }
            out.leaf(.h2, ["id": "cohort-\(card.id)"], text: "\(card.program) — \(card.name)")
            out.element(.p) { out in
                if card.place != nil { out.tag(ctx.t(.trainingInPerson), tone: .neutral); out.text(" ") }
                if card.isOnline { out.tag(ctx.t(.trainingOnline), tone: .info); out.text(" ") }
                if !card.takesApplications { out.tag(ctx.t(.trainingApplicationsClosed), tone: .neutral) }
                else if card.seatsLeft == 0 { out.tag(ctx.t(.eventStateFull), tone: .warning) }
            }
            out.leaf(.p, text: card.description)
            var rows = [SummaryRow(key: ctx.t(.trainingDates), value: TrainingText.range(ctx, card.startsOn, card.endsOn))]
            if let place = card.place { rows.append(SummaryRow(key: ctx.t(.trainingWhere), value: place)) }
            if !card.trainers.isEmpty { rows.append(SummaryRow(key: ctx.t(.trainingTrainers), value: card.trainers.joined(separator: ", "))) }
            rows.append(SummaryRow(key: ctx.t(.trainingSeatsLeft), value: "\(card.seatsLeft)"))
            out.summaryList(ctx, rows)
            guard card.takesApplications else { return }
            out.leaf(.p, text: ctx.t(.trainingApplicationsCloseOn, ["date": TrainingText.day(ctx, card.applicationsClose.description)]))
            if ctx.user != nil {
                out.form(ctx, action: SiteURL.trainingApply(.value(card.id)).path) { $0.submit(ctx.t(.trainingApply)) }
            } else {
                out.element(.p) { $0.link(SiteURL.login.path(query: ["next": SiteURL.training.path]), ctx.t(.trainingSignInToApply)) }
            }
        }
    }
}
