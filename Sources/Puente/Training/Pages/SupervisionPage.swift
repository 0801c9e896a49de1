// A supervisor's practicum logs.

import Fluent
import Foundation
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
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.supervisionTitle))
        out.leaf(.p, text: ctx.t(.supervisionLead))
        if logs.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        for item in logs {
            let id = item.log.id!
            out.element(.div, ["class": "card"]) { out in
                out.leaf(.p, text: "\(item.trainee) · \(item.site) · \(item.log.day) · \(Hours.text(quarterHours: item.log.quarterHours)) h · "
                         + ctx.t(item.log.status.label))
                out.leaf(.p, text: item.log.activities)
                let names = Competencies.parse(item.log.competencies).compactMap { Competencies.named($0)?.name.text(in: ctx.language) }
                if !names.isEmpty { out.leaf(.p, ["class": "hint"], text: names.joined(separator: "; ")) }
                if item.log.status == .pending {
                    out.form(ctx, action: SiteURL.trainingLogDecision(.value(id)).path) { out in
                        out.field(ctx, name: "comment", label: .practicumComment, errors: .init(), required: false, id: "comment-\(id)")
                        out.buttonGroup { out in
                            out.submit(ctx.t(.practicumApprove), kind: .primary, name: "decision", value: "approve")
                            out.submit(ctx.t(.practicumReturn), kind: .secondary, name: "decision", value: "return")
                        }
                    }
                } else if let comment = item.log.comment {
                    out.leaf(.p, text: comment)
                }
            }
        }
        return PageView(title: ctx.t(.supervisionTitle), html: out.html)
    }
}
