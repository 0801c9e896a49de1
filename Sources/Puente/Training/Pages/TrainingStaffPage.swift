// What staff and trainers see first: programs, cohorts, hours waiting, lapsing eligibility.

import Fluent
import Foundation
import Plot
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
        PageView(title: ctx.t(.trainingStaffTitle), content: Div {
            H1(ctx.t(.trainingStaffTitle))
            if model.isStaff {
                H2(ctx.t(.trainingPrograms))
                List(model.programs) { program in
                    ListItem { Tag.a(SiteURL.staffProgram(.value(program.id!)).path, program.name(ctx.language)) }
                }
                Paragraph { Tag.a(SiteURL.staffProgramNew.path, ctx.t(.programNew), ["class": "button"]) }
            }
            H2(ctx.t(.trainingCohorts))
            if model.cohorts.isEmpty { Paragraph(ctx.t(.noResults)) }
            List(model.cohorts) { cohort in
                ListItem {
                    Tag.a(SiteURL.trainingCohort(.value(cohort.id!)).path, "\(cohort.program.name(ctx.language)) — \(ctx.content(cohort.name, spanish: cohort.nameEs))")
                    Text(" · " + TrainingText.range(ctx, cohort.startsOn, cohort.endsOn))
                }
            }
            if model.isStaff {
                newCohort(ctx, model)
                hours(ctx, model.pendingHours)
                lapses(ctx, model.lapses)
            }
        }, status: status)
    }

    private static func newCohort(_ ctx: PageContext, _ model: Model) -> Component {
        let input = model.cohortInput, errors = model.cohortErrors
        return Tag.element(.section, ["aria-labelledby": "new-cohort"]) {
            Tag.element(.h2, ["id": "new-cohort"]) { Text(ctx.t(.trainingNewCohort)) }
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.staffTrainingCohorts.path) {
                Div {
                    Tag.element(.label, ["for": "field-program"]) { Text(ctx.t(.trainingProgram)) }
                    Tag.element(.select, ["id": "field-program", "name": "program"]) {
                        for program in model.programs {
                            Tag.element(.option, ["value": program.id!.uuidString,
                                                   "selected": input.programID == program.id!.uuidString ? "" : nil]) {
                                Text(program.name(ctx.language))
                            }
                        }
                    }
                }.class("field")
                UI.field(ctx, name: "name", label: .trainingCohortName, value: input.name, errors: errors)
                UI.field(ctx, name: "name_es", label: .trainingCohortNameEs, value: input.nameEs, errors: errors,
                         hint: .spanishVersionHint, required: false)
                UI.field(ctx, name: "starts_on", label: .trainingStartsOn, type: "date", value: input.startsOn, errors: errors)
                UI.field(ctx, name: "ends_on", label: .trainingEndsOn, type: "date", value: input.endsOn, errors: errors)
                UI.field(ctx, name: "place", label: .trainingWhere, value: input.place, errors: errors, required: false)
                UI.field(ctx, name: "online_link", label: .trainingOnlineLink, type: "url", value: input.onlineLink, errors: errors,
                         required: false)
                UI.field(ctx, name: "capacity", label: .trainingCapacity, type: "number", value: input.capacity, errors: errors)
                UI.field(ctx, name: "applications_close_on", label: .trainingApplicationsCloseLabel, type: "date", value: input.applicationsCloseOn,
                         errors: errors, hint: .trainingApplicationsCloseHint, required: false)
                UI.submit(ctx.t(.trainingNewCohort))
            }
        }
    }

    private static func hours(_ ctx: PageContext, _ records: [HourRecord]) -> Component {
        Tag.element(.section, ["aria-labelledby": "pending-hours"]) {
            Tag.element(.h2, ["id": "pending-hours"]) { Text(ctx.t(.hoursPendingTitle)) }
            if records.isEmpty { Paragraph(ctx.t(.noResults)) }
            for record in records {
                Div {
                    Paragraph {
                        Text("\(record.user.name) · \(record.day) · \(ctx.t(record.kind.label)) · \(Hours.text(quarterHours: record.quarterHours)) h · \(record.topic) · \(record.provider)")
                        if record.evidenceFile != nil {
                            Text(" · ")
                            Tag.a(SiteURL.trainingHourEvidence(.value(record.id!)).path, ctx.t(.hoursEvidenceLink))
                        }
                    }
                    UI.form(ctx, action: SiteURL.staffHourDecision(.value(record.id!)).path) {
                        Tag.element(.label, ["for": "comment-\(record.id!)"]) { Text(ctx.t(.practicumComment)) }
                        Tag.void(.input, ["type": "text", "id": "comment-\(record.id!)", "name": "comment"])
                        Tag.element(.button, ["type": "submit", "name": "decision", "value": "approve"]) { Text(ctx.t(.practicumApprove)) }
                        Text(" ")
                        Tag.element(.button, ["type": "submit", "name": "decision", "value": "return",
                                               "class": "secondary"]) { Text(ctx.t(.practicumReturn)) }
                    }
                }.class("card")
            }
        }
    }

    private static func lapses(_ ctx: PageContext, _ lapses: [EligibilityService.Lapse]) -> Component {
        Tag.element(.section, ["aria-labelledby": "lapses"]) {
            Tag.element(.h2, ["id": "lapses"]) { Text(ctx.t(.eligibilityLapsingTitle)) }
            if lapses.isEmpty { Paragraph(ctx.t(.noResults)) }
            List(lapses) { lapse in
                ListItem("\(lapse.user.name) · \(lapse.ruleSet.name.text(in: ctx.language)) · "
                         + (lapse.result.eligibleUntil.map { TrainingText.day(ctx, $0.description) } ?? ""))
            }
            if !lapses.isEmpty {
                UI.form(ctx, action: SiteURL.staffEligibilityRemind.path) { UI.submit(ctx.t(.eligibilityRemind)) }
            }
        }
    }
}
