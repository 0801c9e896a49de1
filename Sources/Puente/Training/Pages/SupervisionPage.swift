// A supervisor's practicum logs.

import Fluent
import Foundation
import Plot
import PuenteCore

enum SupervisionPage {
    typealias Item = (log: PracticumLog, trainee: String, site: String)

    /// Everything waiting first, then the 30 most recent decisions, for the supervisor's placements.
    static func query(on db: any Database, supervisor: User) async throws -> [Item] {
        let placements = try await PracticumPlacement.query(on: db).filter(\.$supervisor.$id == supervisor.id!)
            .with(\.$enrollment) { $0.with(\.$user) }.all()
        let ids = placements.compactMap(\.id)
        let pending = try await PracticumLog.query(on: db).filter(\.$placement.$id ~~ ids).filter(\.$status == .pending).sort(\.$day).all()
        let decided = try await PracticumLog.query(on: db).filter(\.$placement.$id ~~ ids).filter(\.$status != .pending)
            .sort(\.$day, .descending).limit(30).all()
        let names = Dictionary(placements.map { ($0.id!, ($0.enrollment.user.name, $0.site)) }, uniquingKeysWith: { a, _ in a })
        return (pending + decided).map { ($0, names[$0.$placement.id]?.0 ?? "", names[$0.$placement.id]?.1 ?? "") }
    }

    static func page(_ ctx: PageContext, logs: [Item]) -> PageView {
        PageView(title: ctx.t(.supervisionTitle), content: Div {
            H1(ctx.t(.supervisionTitle))
            Paragraph(ctx.t(.supervisionLead))
            if logs.isEmpty { Paragraph(ctx.t(.noResults)) }
            for item in logs {
                Div {
                    Paragraph("\(item.trainee) · \(item.site) · \(item.log.day) · \(Hours.text(quarterHours: item.log.quarterHours)) h · \(ctx.t(item.log.status.label))")
                    Paragraph(item.log.activities)
                    let names = Competencies.parse(item.log.competencies).compactMap { Competencies.named($0)?.name.text(in: ctx.language) }
                    if !names.isEmpty { Paragraph(names.joined(separator: "; ")).class("hint") }
                    if item.log.status == .pending {
                        UI.form(ctx, action: SiteURL.trainingLogDecision(.value(item.log.id!)).path) {
                            Tag.element(.label, ["for": "comment-\(item.log.id!)"]) { Text(ctx.t(.practicumComment)) }
                            Tag.void(.input, ["type": "text", "id": "comment-\(item.log.id!)", "name": "comment"])
                            Tag.element(.button, ["type": "submit", "name": "decision",
                                                   "value": "approve"]) { Text(ctx.t(.practicumApprove)) }
                            Text(" ")
                            Tag.element(.button, ["type": "submit", "name": "decision", "value": "return",
                                                   "class": "secondary"]) { Text(ctx.t(.practicumReturn)) }
                        }
                    } else if let comment = item.log.comment {
                        Paragraph(comment)
                    }
                }.class("card")
            }
        })
    }
}
