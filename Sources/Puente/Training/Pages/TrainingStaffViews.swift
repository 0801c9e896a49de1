// Pages for staff, trainers and supervisors: overview, one cohort, attendance, supervision.

import Foundation
import Plot
import PuenteCore

enum TrainingStaffView {
    struct Model {
        let isStaff: Bool
        let programs: [TrainingProgram]
        let cohorts: [Cohort]
        let pendingHours: [HourRecord]
        let lapses: [EligibilityService.Lapse]
        let cohortErrors: FormErrors
        let cohortInput: CohortInput
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
                    Tag.a(SiteURL.trainingCohort(.value(cohort.id!)).path, "\(cohort.program.name(ctx.language)) — \(cohort.name)")
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
                UI.field(ctx, name: "starts_on", label: .trainingStartsOn, type: "date", value: input.startsOn, errors: errors)
                UI.field(ctx, name: "ends_on", label: .trainingEndsOn, type: "date", value: input.endsOn, errors: errors)
                UI.field(ctx, name: "place", label: .trainingWhere, value: input.place, errors: errors, required: false)
                UI.field(ctx, name: "online_link", label: .trainingOnlineLink, type: "url", value: input.onlineLink, errors: errors,
                         required: false)
                UI.field(ctx, name: "capacity", label: .trainingCapacity, type: "number", value: input.capacity, errors: errors)
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

enum CohortView {
    struct Row {
        let enrollment: Enrollment
        let name: String
        let email: String
        let progress: TrainingProgress?
        let placement: String?
        let certificate: Credential?
    }

    struct Model {
        let cohort: Cohort
        let program: TrainingProgram
        let rows: [Row]
        let sessions: [TrainingSession]
        let trainers: [String]
        let otherCohorts: [Cohort]
        let isStaff: Bool
        let today: Day
    }

    static func page(_ ctx: PageContext, _ model: Model) -> PageView {
        let title = "\(model.program.name(ctx.language)) — \(model.cohort.name)"
        return PageView(title: title, content: Div {
            H1(title)
            Paragraph(TrainingText.range(ctx, model.cohort.startsOn, model.cohort.endsOn) + " · " + ctx.t(.trainingTrainers) + ": "
                      + (model.trainers.isEmpty ? "—" : model.trainers.joined(separator: ", ")))
            Paragraph { Tag.a(SiteURL.trainingCalendar(.value(model.cohort.calendarToken)).path, ctx.t(.trainingCalendarFeed)) }.class("hint")
            grid(ctx, model)
            sessions(ctx, model)
            if model.isStaff {
                UI.form(ctx, action: SiteURL.trainingCohortTrainers(.value(model.cohort.id!)).path) {
                    UI.field(ctx, name: "email", label: .trainingAddTrainer, type: "email", errors: .init())
                    UI.submit(ctx.t(.save))
                }
            }
        })
    }

    /// The cohort grid: one row per person, hours against the requirement, and what can be done.
    private static func grid(_ ctx: PageContext, _ model: Model) -> Component {
        Tag.element(.section, ["aria-labelledby": "roster"]) {
            Tag.element(.h2, ["id": "roster"]) { Text(ctx.t(.trainingRoster)) }
            if model.rows.isEmpty { Paragraph(ctx.t(.noResults)) }
            Div {
                UI.table(label: ctx.t(.trainingRoster)) {
                    Tag.element(.thead) {
                        Tag.element(.tr) {
                            for label in [L10n.columnPerson, .trainingStatus, .progressClassroom, .progressPracticum, .progressAttendance,
                                          .progressDeadline,
                                          .progressMissing] {
                                Tag.element(.th, ["scope": "col"]) { Text(ctx.t(label)) }
                            }
                        }
                    }
                    Tag.element(.tbody) {
                        for row in model.rows {
                            Tag.element(.tr) {
                                Tag.element(.td) { Text(row.name) }
                                Tag.element(.td) { Text(ctx.t(row.enrollment.status.label)) }
                                Tag.element(.td) { Text(row.progress.map { TrainingText.hours($0.classroomQuarterHours,
                                                                                               of: $0.classroomRequired) } ?? "—") }
                                Tag.element(.td) { Text(row.progress.map { TrainingText.hours($0.practicumQuarterHours,
                                                                                               of: $0.practicumRequired) } ?? "—") }
                                Tag.element(.td) { Text(row.progress.map { "\($0.attendancePercent)%" } ?? "—") }
                                Tag.element(.td) {
                                    Text(row.progress.flatMap { progress in
                                        progress.deadline.map { $0.description + (progress.isOverdue(today: model.today) ? " ⚠ " + ctx.t(.progressOverdue) : "") }
                                    } ?? "—")
                                }
                                Tag.element(.td) {
                                    Text(row.progress.map { $0.isComplete ? ctx.t(.progressComplete) : $0.gaps.map { TrainingText.shortGap(ctx, $0) }.joined(separator: " · ") } ?? "")
                                }
                            }
                        }
                    }
                }
            }.class("table-scroll")
            for row in model.rows { actions(ctx, model, row) }
        }
    }

    private static func actions(_ ctx: PageContext, _ model: Model, _ row: Row) -> Component {
        let id = row.enrollment.id!
        let action = SiteURL.trainingCohortDecision(.value(model.cohort.id!)).path
        return Tag.element(.details, ["class": "card"]) {
            Tag.element(.summary) { Text("\(row.name) · \(row.email)") }
            if let placement = row.placement { Paragraph(ctx.t(.practicumTitle) + ": " + placement) }
            UI.form(ctx, action: action) {
                Tag.void(.input, ["type": "hidden", "name": "enrollment", "value": id.uuidString])
                for (value, label) in [("accept", L10n.trainingAccept), ("waitlist", .trainingWaitlist), ("withdraw", .trainingWithdraw)] {
                    Tag.element(.button, ["type": "submit", "name": "action", "value": value,
                                           "class": value == "accept" ? nil : "secondary"]) { Text(ctx.t(label)) }
                    Text(" ")
                }
            }
            if model.isStaff {
                if let certificate = row.certificate {
                    Paragraph {
                        Tag.a(SiteURL.certificatePDF(.value(certificate.number)).path, ctx.t(.certificateDownload, ["number": certificate.number]))
                    }
                    UI.form(ctx, action: SiteURL.staffCertificateReissue(.value(certificate.id!)).path) {
                        Tag.element(.label, ["for": "holder-\(id)"]) { Text(ctx.t(.certificateHolder)) }
                        Tag.void(.input, ["type": "text", "id": "holder-\(id)", "name": "holder", "value": certificate.holderName ?? ""])
                        Tag.element(.label, ["for": "reissue-\(id)"]) { Text(ctx.t(.reasonForPersonLabel)) }
                        Tag.void(.input, ["type": "text", "id": "reissue-\(id)", "name": "reason"])
                        UI.submit(ctx.t(.certificateReissue))
                    }
                } else if row.enrollment.status == .accepted {
                    UI.form(ctx, action: action) {
                        Tag.void(.input, ["type": "hidden", "name": "enrollment", "value": id.uuidString])
                        Tag.element(.button, ["type": "submit", "name": "action", "value": "certify"]) { Text(ctx.t(.certificateIssue)) }
                    }
                }
                UI.form(ctx, action: action) {
                    Tag.void(.input, ["type": "hidden", "name": "enrollment", "value": id.uuidString])
                    Tag.void(.input, ["type": "hidden", "name": "action", "value": "place"])
                    UI.field(ctx, name: "site", label: .practicumSite, errors: .init())
                    UI.field(ctx, name: "supervisor_email", label: .practicumSupervisorEmail, type: "email", errors: .init())
                    UI.submit(ctx.t(.practicumPlace))
                }
                UI.form(ctx, action: action) {
                    Tag.void(.input, ["type": "hidden", "name": "enrollment", "value": id.uuidString])
                    Tag.void(.input, ["type": "hidden", "name": "action", "value": "extend"])
                    UI.field(ctx, name: "until", label: .trainingExtendUntil, type: "date", value: row.enrollment.extendedUntil ?? "",
                             errors: .init())
                    UI.field(ctx, name: "reason", label: .reasonForPersonLabel, value: row.enrollment.extensionReason ?? "",
                             errors: .init())
                    UI.submit(ctx.t(.trainingExtend))
                }
                if !model.otherCohorts.isEmpty {
                    UI.form(ctx, action: action) {
                        Tag.void(.input, ["type": "hidden", "name": "enrollment", "value": id.uuidString])
                        Tag.void(.input, ["type": "hidden", "name": "action", "value": "transfer"])
                        Tag.element(.label, ["for": "target-\(id)"]) { Text(ctx.t(.trainingTransferTo)) }
                        Tag.element(.select, ["id": "target-\(id)", "name": "target"]) {
                            for other in model.otherCohorts { Tag.element(.option, ["value": other.id!.uuidString]) { Text(other.name) } }
                        }
                        UI.submit(ctx.t(.trainingTransfer))
                    }
                }
            }
        }
    }

    private static func sessions(_ ctx: PageContext, _ model: Model) -> Component {
        Tag.element(.section, ["aria-labelledby": "sessions"]) {
            Tag.element(.h2, ["id": "sessions"]) { Text(ctx.t(.trainingSessions)) }
            List(model.sessions) { session in
                ListItem {
                    Text("\(TrainingText.day(ctx, session.day)) \(session.startsAt) · \(Hours.text(quarterHours: session.quarterHours)) h · \(session.topic) · ")
                    Tag.a(SiteURL.trainingAttendance(.value(session.id!)).path, ctx.t(.attendanceTitle))
                }
            }
            UI.form(ctx, action: SiteURL.trainingCohortSessions(.value(model.cohort.id!)).path) {
                UI.field(ctx, name: "day", label: .practicumDay, type: "date", errors: .init())
                UI.field(ctx, name: "starts_at", label: .trainingStartsAt, type: "time", value: "09:00", errors: .init())
                UI.field(ctx, name: "hours", label: .practicumHours, value: "4", errors: .init())
                UI.field(ctx, name: "topic", label: .trainingTopic, errors: .init())
                CompetencyPicker.view(ctx, selected: [])
                UI.submit(ctx.t(.trainingAddSession))
            }
        }
    }
}

/// Marking a session on a phone: one row per trainee, three choices, hours for partial.
enum AttendanceView {
    struct Model {
        let session: TrainingSession
        let cohort: Cohort
        let trainees: [(id: UUID, name: String, mark: AttendanceMark?)]
        let error: L10n?
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        let title = ctx.t(.attendanceTitle) + ": " + model.session.topic
        return PageView(title: title, content: Div {
            H1(title)
            Paragraph("\(model.cohort.name) · \(TrainingText.day(ctx, model.session.day)) \(model.session.startsAt) · \(Hours.text(quarterHours: model.session.quarterHours)) h")
            if let error = model.error { Paragraph(ctx.t(error)).class("error-summary").attributes(["role": "alert"]) }
            UI.form(ctx, action: SiteURL.trainingAttendance(.value(model.session.id!)).path) {
                for trainee in model.trainees {
                    Tag.element(.fieldset, ["class": "attendance"]) {
                        Tag.element(.legend) { Text(trainee.name) }
                        for mark in AttendanceMark.Mark.allCases {
                            Tag.element(.label, ["class": "choice"]) {
                                Tag.void(.input, ["type": "radio", "name": "mark-\(trainee.id)", "value": mark.rawValue,
                                                   "checked": trainee.mark?.mark == mark ? "" : nil])
                                Text(" " + ctx.t(mark.label))
                            }
                        }
                        Tag.element(.label, ["for": "hours-\(trainee.id)"]) { Text(ctx.t(.attendancePartialHours)) }
                        Tag.void(.input, ["type": "text", "inputmode": "decimal", "id": "hours-\(trainee.id)",
                                           "name": "hours-\(trainee.id)",
                                           "value": trainee.mark?.mark == .partial ? Hours.text(quarterHours: trainee.mark!.quarterHours) : ""])
                    }
                }
                UI.submit(ctx.t(.attendanceSave))
            }
            Paragraph { Tag.a(SiteURL.trainingCohort(.value(model.cohort.id!)).path, ctx.t(.trainingRoster)) }
        }, status: status)
    }
}

enum SupervisionView {
    static func page(_ ctx: PageContext, logs: [(log: PracticumLog, trainee: String, site: String)]) -> PageView {
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

extension AttendanceMark.Mark {
    var label: L10n {
        switch self {
        case .present: .attendancePresent
        case .partial: .attendancePartial
        case .absent: .attendanceAbsent
        }
    }
}

/// Add or change a program: names, descriptions and its completion requirements.
enum ProgramFormView {
    static func page(_ ctx: PageContext, _ input: ProgramInput, id: UUID?, errors: FormErrors = .init()) -> PageView {
        let title = ctx.t(id == nil ? .programNew : .programEdit)
        return PageView(title: title, content: Div {
            H1(title)
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: id.map { SiteURL.staffProgram(.value($0)).path } ?? SiteURL.staffProgramNew.path) {
                UI.field(ctx, name: "code", label: .programCode, value: input.code, errors: errors, hint: .programCodeHint)
                Div {
                    Tag.element(.label, ["for": "field-kind"]) { Text(ctx.t(.programKind)) }
                    Tag.element(.select, ["id": "field-kind", "name": "kind"]) {
                        for kind in TrainingProgram.Kind.allCases {
                            Tag.element(.option, ["value": kind.rawValue, "selected": input.kind == kind.rawValue ? "" : nil]) {
                                Text(ctx.t(kind == .core ? .programKindCore : .programKindCE))
                            }
                        }
                    }
                }.class("field")
                UI.field(ctx, name: "name_en", label: .programNameEN, value: input.nameEN, errors: errors)
                UI.field(ctx, name: "name_es", label: .programNameES, value: input.nameES, errors: errors)
                UI.textArea(ctx, name: "description_en", label: .programDescriptionEN, value: input.descriptionEN, errors: errors)
                UI.textArea(ctx, name: "description_es", label: .programDescriptionES, value: input.descriptionES, errors: errors)
                UI.field(ctx, name: "classroom_hours", label: .programClassroomHours, value: input.classroomHours, errors: errors)
                UI.field(ctx, name: "practicum_hours", label: .programPracticumHours, value: input.practicumHours, errors: errors)
                UI.field(ctx, name: "attendance_percent", label: .programAttendance, type: "number", value: input.attendancePercent,
                         errors: errors)
                UI.field(ctx, name: "window_days", label: .programWindowDays, type: "number", value: input.windowDays, errors: errors,
                         hint: .programWindowHint, required: false)
                UI.checkboxes(ctx, name: "competencies[]", field: "competencies", legend: .progressCompetencies,
                              selected: Set(input.competencies),
                              errors: errors, options: Competencies.all.map { ($0.id, $0.name.text(in: ctx.language)) })
                Tag.element(.label, ["class": "choice"]) {
                    Tag.void(.input, ["type": "checkbox", "name": "auto_complete", "value": "on",
                                       "checked": input.autoComplete ? "" : nil])
                    Text(" " + ctx.t(.programAutoComplete))
                }
                UI.field(ctx, name: "valid_months", label: .programValidMonths, type: "number", value: input.validMonths, errors: errors,
                         required: false)
                UI.field(ctx, name: "issuer", label: .programIssuer, value: input.issuer, errors: errors, hint: .programIssuerHint,
                         required: false)
                UI.submit(ctx.t(.save))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
