// A trainee's practicum on a page of its own: log a day, and see each day with the
// supervisor's answer. Kept off /training/me so that page stays short enough to scan.

import Fluent
import Foundation
import PuenteCore

enum PracticumLogPage {
    struct Model {
        let enrollmentID: UUID
        let course: String
        let placement: (site: String, supervisor: String)?
        let logs: [PracticumLog]
        let input: TrainingService.LogInput
        let errors: FormErrors
        let today: Day
    }

    static func query(on db: any Database, enrollment: Enrollment, today: Day, language: Language,
                      input: TrainingService.LogInput = .init(), errors: FormErrors = .init()) async throws -> Model {
        let cohort = try await enrollment.$cohort.get(on: db)
        let program = try await cohort.$program.get(on: db)
        let placement = try await PracticumPlacement.query(on: db).filter(\.$enrollment.$id == enrollment.id!).with(\.$supervisor).first()
        let logs = try await PracticumLog.query(on: db).filter(\.$enrollment.$id == enrollment.id!).sort(\.$day, .descending).all()
        return Model(enrollmentID: enrollment.id!, course: "\(program.name(language)) — \(cohort.nameText.marked(in: language))",
                     placement: placement.map { ($0.site, $0.supervisor.name) }, logs: logs, input: input, errors: errors, today: today)
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        var out = HTMLWriter(capacity: 8192)
        out.element(.p) { $0.link(SiteURL.trainingMine.path, "← " + ctx.t(.trainingMineTitle)) }
        out.leaf(.h1, text: ctx.t(.practicumLogTitle))
        out.leaf(.p, text: model.course)
        if let placement = model.placement {
            out.leaf(.p, text: ctx.t(.practicumPlacement, ["site": placement.site, "supervisor": placement.supervisor]))
            out.errorSummary(ctx, model.errors)
            out.form(ctx, action: SiteURL.trainingPracticumLog(.value(model.enrollmentID)).path) { out in
                out.field(ctx, name: "day", label: .practicumDay, type: "date",
                          value: model.input.day.isEmpty ? model.today.description : model.input.day, errors: model.errors)
                out.field(ctx, name: "hours", label: .practicumHours, value: model.input.hours, errors: model.errors, hint: .practicumHoursHint)
                out.textArea(ctx, name: "activities", label: .practicumActivities, value: model.input.activities, errors: model.errors)
                out.competencyPicker(ctx, selected: Set(model.input.competencies), errors: model.errors)
                out.submit(ctx.t(.practicumSubmit))
            }
        } else {
            out.leaf(.p, text: ctx.t(.practicumNoPlacement))
        }
        if !model.logs.isEmpty {
            out.leaf(.h2, text: ctx.t(.practicumTitle))
            out.table(label: ctx.t(.practicumTitle)) { out in
                out.element(.thead) { out in
                    out.element(.tr) { out in
                        for label in [L10n.practicumDay, .practicumHours, .practicumActivities, .trainingStatus] {
                            out.leaf(.th, ["scope": "col"], text: ctx.t(label))
                        }
                    }
                }
                out.element(.tbody) { out in
                    for log in model.logs {
                        out.element(.tr) { out in
                            out.leaf(.td, text: TrainingText.day(ctx, log.day))
                            out.leaf(.td, text: Hours.text(quarterHours: log.quarterHours))
                            out.leaf(.td, text: log.activities)
                            out.element(.td) { out in
                                out.tag(ctx, log.status)
                                if let comment = log.comment { out.leaf(.p, text: comment) }
                            }
                        }
                    }
                }
            }
        }
        return PageView(title: ctx.t(.practicumLogTitle), html: out.html, status: status)
    }
}
