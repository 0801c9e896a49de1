// What staff and trainers see first: programs, cohorts, hours waiting, lapsing eligibility.

import Fluent
import Foundation
import PuenteCore

enum TrainingStaffPage {
    struct Model {
        let isStaff: Bool
        let programs: [TrainingProgram]
        let cohorts: [Cohort]
        let pendingHours: [HourRecord]
        let lapses: [EligibilityService.Lapse]
        let cohortErrors: FormErrors
        let cohortInput: CohortInput
    }

    /// Staff see every cohort, hours waiting and lapsing eligibility; a trainer sees their cohorts.
    static func query(on db: any Database, viewer: User, roles: Set<Role>, eligibility: EligibilityService,
                      cohortErrors: FormErrors = .init(), cohortInput: CohortInput = .init()) async throws -> Model {
        let isStaff = PermissionGate.allows(roles, .manageTraining)
        var query = Cohort.query(on: db).with(\.$program).sort(\.$startsOn, .descending)
        if !isStaff {
            let mine = try await CohortTrainer.query(on: db).filter(\.$user.$id == viewer.id!).all().map { $0.$cohort.id }
            query = query.filter(\.$id ~~ mine)
        }
        let cohorts = try await query.all()
        let programs = try await TrainingProgram.query(on: db).sort(\.$code).all()
        let pending = isStaff ? try await HourRecord.query(on: db).filter(\.$status == .pending).with(\.$user).sort(\.$day).all() : []
        let lapses = isStaff ? try await eligibility.lapsing() : []
        return .init(isStaff: isStaff, programs: programs, cohorts: cohorts, pendingHours: pending, lapses: lapses,
                     cohortErrors: cohortErrors, cohortInput: cohortInput)
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.trainingStaffTitle))
        if model.isStaff {
            out.leaf(.h2, text: ctx.t(.trainingPrograms))
            out.element(.ul) { out in
                for program in model.programs {
                    out.element(.li) { $0.link(SiteURL.staffProgram(.value(program.id!)).path, program.name(ctx.language)) }
                }
            }
            out.element(.p) { $0.linkButton(SiteURL.staffProgramNew.path, ctx.t(.programNew)) }
        }
        out.leaf(.h2, text: ctx.t(.trainingCohorts))
        if model.cohorts.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        out.element(.ul) { out in
            for cohort in model.cohorts {
                out.element(.li) { out in
                    out.link(SiteURL.trainingCohort(.value(cohort.id!)).path,
                             "\(cohort.program.name(ctx.language)) — \(ctx.content(cohort.name, spanish: cohort.nameEs))")
                    out.text(" · " + TrainingText.range(ctx, cohort.startsOn, cohort.endsOn))
                }
            }
        }
        if model.isStaff {
            newCohort(&out, ctx, model)
            hours(&out, ctx, model.pendingHours)
            lapses(&out, ctx, model.lapses)
        }
        return PageView(title: ctx.t(.trainingStaffTitle), html: out.html, status: status)
    }

    private static func newCohort(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model) {
        let input = model.cohortInput, errors = model.cohortErrors
        out.element(.section, ["aria-labelledby": "new-cohort"]) { out in
            out.leaf(.h2, ["id": "new-cohort"], text: ctx.t(.trainingNewCohort))
            out.errorSummary(ctx, errors)
            out.form(ctx, action: SiteURL.staffTrainingCohorts.path) { out in
                out.select(ctx, name: "program", label: .trainingProgram,
                           options: model.programs.map { ($0.id!.uuidString, $0.name(ctx.language)) }, selected: input.programID, errors: errors)
                out.field(ctx, name: "name", label: .trainingCohortName, value: input.name, errors: errors)
                out.field(ctx, name: "name_es", label: .trainingCohortNameEs, value: input.nameEs, errors: errors,
                          hint: .spanishVersionHint, required: false)
                out.field(ctx, name: "starts_on", label: .trainingStartsOn, type: "date", value: input.startsOn, errors: errors)
                out.field(ctx, name: "ends_on", label: .trainingEndsOn, type: "date", value: input.endsOn, errors: errors)
                out.field(ctx, name: "place", label: .trainingWhere, value: input.place, errors: errors, required: false)
                out.field(ctx, name: "online_link", label: .trainingOnlineLink, type: "url", value: input.onlineLink, errors: errors,
                          required: false)
                out.field(ctx, name: "capacity", label: .trainingCapacity, type: "number", value: input.capacity, errors: errors)
                out.field(ctx, name: "applications_close_on", label: .trainingApplicationsCloseLabel, type: "date",
                          value: input.applicationsCloseOn, errors: errors, hint: .trainingApplicationsCloseHint, required: false)
                out.submit(ctx.t(.trainingNewCohort))
            }
        }
    }

    private static func hours(_ out: inout HTMLWriter, _ ctx: PageContext, _ records: [HourRecord]) {
        out.element(.section, ["aria-labelledby": "pending-hours"]) { out in
            out.leaf(.h2, ["id": "pending-hours"], text: ctx.t(.hoursPendingTitle))
            if records.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
            for record in records {
                let id = record.id!
                out.element(.div, ["class": "card"]) { out in
                    out.element(.p) { out in
                        out.text("\(record.user.name) · \(record.day) · \(ctx.t(record.kind.label)) · "
                                 + "\(Hours.text(quarterHours: record.quarterHours)) h · \(record.topic) · \(record.provider)")
                        if record.evidenceFile != nil {
                            out.text(" · ")
                            out.link(SiteURL.trainingHourEvidence(.value(id)).path, ctx.t(.hoursEvidenceLink))
                        }
                    }
                    out.form(ctx, action: SiteURL.staffHourDecision(.value(id)).path) { out in
                        out.field(ctx, name: "comment", label: .practicumComment, errors: .init(), required: false, id: "comment-\(id)")
                        out.buttonGroup { out in
                            out.submit(ctx.t(.practicumApprove), kind: .primary, name: "decision", value: "approve")
                            out.submit(ctx.t(.practicumReturn), kind: .secondary, name: "decision", value: "return")
                        }
                    }
                }
            }
        }
    }

    private static func lapses(_ out: inout HTMLWriter, _ ctx: PageContext, _ lapses: [EligibilityService.Lapse]) {
        out.element(.section, ["aria-labelledby": "lapses"]) { out in
            out.leaf(.h2, ["id": "lapses"], text: ctx.t(.eligibilityLapsingTitle))
            if lapses.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
            out.element(.ul) { out in
                for lapse in lapses {
                    out.leaf(.li, text: "\(lapse.user.name) · \(lapse.ruleSet.name.text(in: ctx.language)) · "
                             + (lapse.result.eligibleUntil.map { TrainingText.day(ctx, $0.description) } ?? ""))
                }
            }
            if !lapses.isEmpty {
                out.form(ctx, action: SiteURL.staffEligibilityRemind.path) { $0.submit(ctx.t(.eligibilityRemind)) }
            }
        }
    }
}
