// One cohort's roster, sessions and trainers.

import Fluent
import Foundation
import Plot
import PuenteCore

enum CohortPage {
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

    /// The roster with each active trainee's progress, placement and certificate, the sessions,
    /// the trainers, and the program's other cohorts (for transfers).
    static func query(on db: any Database, cohort: Cohort, training: TrainingService, isStaff: Bool) async throws -> Model {
        let program = try await cohort.$program.get(on: db)
        let enrollments = try await Enrollment.query(on: db).filter(\.$cohort.$id == cohort.id!).with(\.$user).sort(\.$createdAt).all()
        let sessions = try await TrainingSession.query(on: db).filter(\.$cohort.$id == cohort.id!).sort(\.$day).sort(\.$startsAt).all()
        let trainers = try await CohortTrainer.query(on: db).filter(\.$cohort.$id == cohort.id!).with(\.$user).all().map(\.user.name)
        let ids = enrollments.compactMap(\.id)
        let progress = try await training.progress(of: enrollments.filter(\.status.isActive), in: cohort)
        let placements = Dictionary(try await PracticumPlacement.query(on: db).filter(\.$enrollment.$id ~~ ids).with(\.$supervisor).all()
            .map { ($0.$enrollment.id, "\($0.site) · \($0.supervisor.name)") }, uniquingKeysWith: { a, _ in a })
        let certificates = Dictionary(try await Credential.query(on: db).filter(\.$enrollmentID ~~ ids).all()
            .compactMap { credential in credential.enrollmentID.map { ($0, credential) } }, uniquingKeysWith: { a, _ in a })
        let rows = enrollments.map { enrollment in
            Row(enrollment: enrollment, name: enrollment.user.name, email: enrollment.user.email, progress: progress[enrollment.id!],
                placement: placements[enrollment.id!], certificate: certificates[enrollment.id!])
        }
        let others = try await Cohort.query(on: db).filter(\.$program.$id == program.id!).filter(\.$id != cohort.id!).all()
        return .init(cohort: cohort, program: program, rows: rows, sessions: sessions, trainers: trainers, otherCohorts: others,
                     isStaff: isStaff, today: training.today)
    }

    static func page(_ ctx: PageContext, _ model: Model) -> PageView {
        let title = "\(model.program.name(ctx.language)) — \(ctx.content(model.cohort.name, spanish: model.cohort.nameEs))"
        return PageView(title: title, content: Div {
            H1(title)
            Paragraph(TrainingText.range(ctx, model.cohort.startsOn, model.cohort.endsOn) + " · " + ctx.t(.trainingTrainers) + ": "
                      + (model.trainers.isEmpty ? "—" : model.trainers.joined(separator: ", ")))
            Paragraph { Tag.a(SiteURL.trainingCalendar(.value(model.cohort.calendarToken)).path, ctx.t(.trainingCalendarFeed)) }.class("hint")
            // On class day the first thing a trainer needs, at the top of the page.
            if let today = model.sessions.first(where: { $0.day == model.today.description }) {
                Tag.raw(HTMLWriter.fragment { out in
                    out.buttonGroup { $0.linkButton(SiteURL.trainingAttendance(.value(today.id!)).path, ctx.t(.attendanceTakeToday)) }
                })
            }
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
                                Tag.element(.td) { UI.tag(ctx, row.enrollment.status) }
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
            // Only the decisions this enrollment can still take: a finished one is offered none.
            let decisions = rosterDecisions(for: row.enrollment.status)
            if !decisions.isEmpty {
                UI.form(ctx, action: action) {
                    Tag.void(.input, ["type": "hidden", "name": "enrollment", "value": id.uuidString])
                    UI.buttonGroup(decisions.map { value, label, kind in (ctx.t(label), kind, "action", value) })
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
                            for other in model.otherCohorts { Tag.element(.option, ["value": other.id!.uuidString]) { Text(ctx.content(other.name, spanish: other.nameEs)) } }
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
                    Text("\(TrainingText.day(ctx, session.day)) \(session.startsAt) · \(Hours.text(quarterHours: session.quarterHours)) h · \(ctx.content(session.topic, spanish: session.topicEs)) · ")
                    Tag.a(SiteURL.trainingAttendance(.value(session.id!)).path, ctx.t(.attendanceTitle))
                }
            }
            UI.form(ctx, action: SiteURL.trainingCohortSessions(.value(model.cohort.id!)).path) {
                UI.field(ctx, name: "day", label: .practicumDay, type: "date", errors: .init())
                UI.field(ctx, name: "starts_at", label: .trainingStartsAt, type: "time", value: "09:00", errors: .init())
                UI.field(ctx, name: "hours", label: .practicumHours, value: "4", errors: .init())
                UI.field(ctx, name: "topic", label: .trainingTopic, errors: .init())
                UI.field(ctx, name: "topic_es", label: .trainingTopicEs, errors: .init(), hint: .spanishVersionHint, required: false)
                CompetencyPicker.view(ctx, selected: [])
                UI.submit(ctx.t(.trainingAddSession))
            }
        }
    }

    static func rosterDecisions(for status: Enrollment.Status) -> [(String, L10n, ButtonKind)] {
        switch status {
        case .applied: [("accept", .trainingAccept, .primary), ("waitlist", .trainingWaitlist, .secondary), ("withdraw", .trainingWithdraw, .warning)]
        case .waitlisted: [("accept", .trainingAccept, .primary), ("withdraw", .trainingWithdraw, .warning)]
        case .accepted: [("withdraw", .trainingWithdraw, .warning)]
        case .withdrawn, .transferred, .completed: []
        }
    }
}
