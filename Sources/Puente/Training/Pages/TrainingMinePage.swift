// A trainee's own training: enrollments, progress, hours, practicum, certificates.

import Fluent
import Foundation
import Plot
import PuenteCore

enum TrainingMinePage {
    struct EnrollmentRow {
        let id: UUID
        let cohort: Cohort
        let program: TrainingProgram
        let status: Enrollment.Status
        let progress: TrainingProgress?
        let placement: (site: String, supervisor: String)?
        let logs: [PracticumLog]
        let certificateNumber: String?
        let calendarToken: String?
    }

    struct Model {
        let enrollments: [EnrollmentRow]
        let hourRecords: [HourRecord]
        let eligibility: [(EligibilityRuleSet, EligibilityResult)]
        let logErrors: FormErrors
        let logInput: TrainingService.LogInput
        let hourErrors: FormErrors
        let hourInput: HourRecordInput
        let today: Day
    }

    /// Every enrollment with its progress, placement, logs and certificate; reported hours; and
    /// where the person stands against each eligibility rule. Forms come back with what was sent.
    static func query(on db: any Database, user: User, training: TrainingService, eligibility: EligibilityService,
                      logErrors: FormErrors = .init(), logInput: TrainingService.LogInput = .init(),
                      hourErrors: FormErrors = .init(), hourInput: HourRecordInput = .init()) async throws -> Model {
        let enrollments = try await Enrollment.query(on: db).filter(\.$user.$id == user.id!).sort(\.$createdAt, .descending)
            .with(\.$cohort) { $0.with(\.$program) }.all()
        var rows = [EnrollmentRow]()
        for enrollment in enrollments {
            let placement = try await PracticumPlacement.query(on: db).filter(\.$enrollment.$id == enrollment.id!).with(\.$supervisor).first()
            let logs = try await PracticumLog.query(on: db).filter(\.$enrollment.$id == enrollment.id!).sort(\.$day, .descending).all()
            let certificate = try await Credential.query(on: db).filter(\.$enrollmentID == enrollment.id!).first()
            rows.append(.init(id: enrollment.id!, cohort: enrollment.cohort, program: enrollment.cohort.program, status: enrollment.status,
                              progress: enrollment.status.isActive ? try await training.progress(enrollment) : nil,
                              placement: placement.map { ($0.site, $0.supervisor.name) }, logs: logs,
                              certificateNumber: certificate?.revokedAt == nil ? certificate?.number : nil,
                              calendarToken: enrollment.status.isActive ? enrollment.calendarToken : nil))
        }
        let records = try await HourRecord.query(on: db).filter(\.$user.$id == user.id!).sort(\.$day, .descending).all()
        return .init(enrollments: rows, hourRecords: records, eligibility: try await eligibility.evaluate(user.id!), logErrors: logErrors,
                     logInput: logInput, hourErrors: hourErrors, hourInput: hourInput, today: training.today)
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        PageView(title: ctx.t(.trainingMineTitle), content: Div {
            H1(ctx.t(.trainingMineTitle))
            if model.enrollments.isEmpty { Paragraph { Tag.a(SiteURL.training.path, ctx.t(.trainingNoEnrollments)) } }
            for row in model.enrollments { enrollment(ctx, row, model) }
            eligibility(ctx, model.eligibility)
            hours(ctx, model)
        }, status: status)
    }

    private static func enrollment(_ ctx: PageContext, _ row: EnrollmentRow, _ model: Model) -> Component {
        Tag.element(.section, ["class": "card", "aria-labelledby": "enrollment-\(row.id)"]) {
            Tag.element(.h2, ["id": "enrollment-\(row.id)"]) { Text("\(row.program.name(ctx.language)) — \(ctx.content(row.cohort.name, spanish: row.cohort.nameEs))") }
            Paragraph {
                UI.tag(ctx, row.status)
                Text(" " + TrainingText.range(ctx, row.cohort.startsOn, row.cohort.endsOn))
            }
            if row.status.isActive, let link = row.cohort.onlineLink { Paragraph { Tag.a(link, ctx.t(.trainingOnlineLink)) } }
            if let progress = row.progress { ProgressPanel.view(ctx, progress, today: model.today, id: "enrollment-\(row.id)") }
            if let number = row.certificateNumber {
                Paragraph {
                    Tag.a(SiteURL.certificatePDF(.value(number)).path, ctx.t(.certificateDownload, ["number": number]))
                    Text(" · ")
                    Tag.a(SiteURL.verifyNumber(.value(number)).path, ctx.t(.navVerify))
                }
            }
            if let token = row.calendarToken {
                Paragraph { Tag.a(SiteURL.trainingCalendar(.value(token)).path, ctx.t(.trainingCalendarFeed)) }.class("hint")
            }
            if row.status == .accepted { practicum(ctx, row, model) }
            if [.applied, .accepted, .waitlisted].contains(row.status) {
                UI.form(ctx, action: SiteURL.trainingEnrollmentAction(.value(row.id)).path) {
                    UI.submit(ctx.t(.trainingWithdraw), kind: .warning, name: "action", value: "withdraw")
                }
            }
        }
    }

    private static func practicum(_ ctx: PageContext, _ row: EnrollmentRow, _ model: Model) -> Component {
        Div {
            H3(ctx.t(.practicumTitle))
            if let placement = row.placement {
                Paragraph(ctx.t(.practicumPlacement, ["site": placement.site, "supervisor": placement.supervisor]))
                UI.errorSummary(ctx, model.logErrors)
                UI.form(ctx, action: SiteURL.trainingPracticumLog(.value(row.id)).path) {
                    UI.field(ctx, name: "day", label: .practicumDay, type: "date",
                             value: model.logInput.day.isEmpty ? model.today.description : model.logInput.day,
                             errors: model.logErrors)
                    UI.field(ctx, name: "hours", label: .practicumHours, value: model.logInput.hours, errors: model.logErrors,
                             hint: .practicumHoursHint)
                    UI.textArea(ctx, name: "activities", label: .practicumActivities, value: model.logInput.activities,
                                errors: model.logErrors)
                    CompetencyPicker.view(ctx, selected: Set(model.logInput.competencies))
                    UI.submit(ctx.t(.practicumSubmit))
                }
            } else {
                Paragraph(ctx.t(.practicumNoPlacement))
            }
            if !row.logs.isEmpty {
                UI.table(label: ctx.t(.practicumTitle)) {
                    Tag.element(.thead) {
                        Tag.element(.tr) {
                            for label in [L10n.practicumDay, .practicumHours, .practicumActivities, .trainingStatus] {
                                Tag.element(.th, ["scope": "col"]) { Text(ctx.t(label)) }
                            }
                        }
                    }
                    Tag.element(.tbody) {
                        for log in row.logs {
                            Tag.element(.tr) {
                                Tag.element(.td) { Text(log.day) }
                                Tag.element(.td) { Text(Hours.text(quarterHours: log.quarterHours)) }
                                Tag.element(.td) { Text(log.activities) }
                                Tag.element(.td) {
                                    UI.tag(ctx, log.status)
                                    if let comment = log.comment { Paragraph(comment) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func eligibility(_ ctx: PageContext, _ results: [(EligibilityRuleSet, EligibilityResult)]) -> Component {
        Tag.element(.section, ["aria-labelledby": "eligibility-heading"]) {
            Tag.element(.h2, ["id": "eligibility-heading"]) { Text(ctx.t(.eligibilityTitle)) }
            for (ruleSet, result) in results {
                H3(ruleSet.name.text(in: ctx.language))
                Paragraph(EligibilityText.summary(ctx, ruleSet, result))
                if !result.gaps.isEmpty {
                    List(result.gaps.map { EligibilityText.gap(ctx, $0) }) { ListItem($0) }
                }
            }
        }
    }

    private static func hours(_ ctx: PageContext, _ model: Model) -> Component {
        Tag.element(.section, ["aria-labelledby": "hours-heading"]) {
            Tag.element(.h2, ["id": "hours-heading"]) { Text(ctx.t(.hoursTitle)) }
            Paragraph(ctx.t(.hoursLead))
            UI.errorSummary(ctx, model.hourErrors)
            // Multipart, for the optional evidence file; the CSRF token travels as a field like any form's.
            Tag.element(.form, ["method": "post", "action": SiteURL.trainingHours.path, "enctype": "multipart/form-data",
                                 "novalidate": ""]) {
                UI.csrfField(ctx)
                Div {
                    Tag.element(.label, ["for": "field-kind"]) { Text(ctx.t(.hoursKind)) }
                    Tag.element(.select, ["id": "field-kind", "name": "kind"]) {
                        for kind in HourRecord.Kind.allCases {
                            Tag.element(.option, ["value": kind.rawValue,
                                                   "selected": model.hourInput.kind == kind.rawValue ? "" : nil]) { Text(ctx.t(kind.label)) }
                        }
                    }
                }.class("field")
                UI.field(ctx, name: "day", label: .practicumDay, type: "date", value: model.hourInput.day,
                         errors: renamed(model.hourErrors))
                UI.field(ctx, name: "hours", label: .practicumHours, value: model.hourInput.hours, errors: renamed(model.hourErrors),
                         hint: .practicumHoursHint)
                UI.field(ctx, name: "topic", label: .hoursTopic, value: model.hourInput.topic, errors: renamed(model.hourErrors))
                UI.field(ctx, name: "provider", label: .hoursProvider, value: model.hourInput.provider, errors: renamed(model.hourErrors))
                UI.field(ctx, name: "evidence", label: .hoursEvidence, type: "file", errors: renamed(model.hourErrors), required: false)
                UI.submit(ctx.t(.hoursSubmit))
            }
            if !model.hourRecords.isEmpty {
                List(model.hourRecords) { record in
                    ListItem {
                        Text("\(record.day) · \(ctx.t(record.kind.label)) · \(Hours.text(quarterHours: record.quarterHours)) h · \(record.topic) · \(ctx.t(record.status.label))"
                             + (record.comment.map { " — \($0)" } ?? ""))
                        if record.evidenceFile != nil {
                            Text(" · ")
                            Tag.a(SiteURL.trainingHourEvidence(.value(record.id!)).path, ctx.t(.hoursEvidenceLink))
                        }
                    }
                }
            }
        }
    }

    /// The hours form's errors are keyed `hour_<field>` so they never land on the practicum form.
    private static func renamed(_ errors: FormErrors) -> FormErrors {
        var result = FormErrors()
        for (field, message) in errors.messagesByField where field.hasPrefix("hour_") { result.add(String(field.dropFirst(5)), message) }
        return result
    }
}
