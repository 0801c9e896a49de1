// One cohort's roster, sessions and trainers. The roster is a card per trainee (bars for hours
// and attendance, what is missing, and their actions folded), so it reads on a trainer's phone
// in class as well as on a desk.

import Fluent
import Foundation
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
        var out = HTMLWriter(capacity: 32_768)
        out.leaf(.h1, text: title)
        out.leaf(.p, text: TrainingText.range(ctx, model.cohort.startsOn, model.cohort.endsOn) + " · " + ctx.t(.trainingTrainers) + ": "
                 + (model.trainers.isEmpty ? "—" : model.trainers.joined(separator: ", ")))
        out.element(.p, ["class": "hint"]) { $0.link(SiteURL.trainingCalendar(.value(model.cohort.calendarToken)).path, ctx.t(.trainingCalendarFeed)) }
        // On class day the first thing a trainer needs, at the top of the page.
        if let today = model.sessions.first(where: { $0.day == model.today.description }) {
            out.buttonGroup { $0.linkButton(SiteURL.trainingAttendance(.value(today.id!)).path, ctx.t(.attendanceTakeToday)) }
        }
        roster(&out, ctx, model)
        sessions(&out, ctx, model)
        if model.isStaff {
            out.form(ctx, action: SiteURL.trainingCohortTrainers(.value(model.cohort.id!)).path) { out in
                out.field(ctx, name: "email", label: .trainingAddTrainer, type: "email", errors: .init())
                out.submit(ctx.t(.save))
            }
        }
        return PageView(title: title, html: out.html)
    }

    /// A card per person: status, bars against the requirements, deadline, what is missing, and
    /// the actions this enrollment can still take, folded so the roster stays short.
    private static func roster(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model) {
        out.element(.section, ["aria-labelledby": "roster"]) { out in
            out.leaf(.h2, ["id": "roster"], text: ctx.t(.trainingRoster) + " (\(model.rows.count))")
            if model.rows.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
            out.element(.ul, ["class": "cards"]) { out in
                for row in model.rows {
                    out.element(.li, ["class": "card"]) { out in traineeCard(&out, ctx, model, row) }
                }
            }
        }
    }

    private static func traineeCard(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model, _ row: Row) {
        let id = row.enrollment.id!.uuidString
        out.leaf(.h3, text: row.name)
        out.element(.p) { out in
            out.tag(ctx, row.enrollment.status)
            out.text(" " + row.email)
        }
        if let progress = row.progress {
            out.progressBar(id: "classroom-\(id)", label: ctx.t(.progressClassroom), value: Double(progress.classroomQuarterHours),
                            required: Double(progress.classroomRequired),
                            text: TrainingText.hours(progress.classroomQuarterHours, of: progress.classroomRequired))
            out.progressBar(id: "practicum-\(id)", label: ctx.t(.progressPracticum), value: Double(progress.practicumQuarterHours),
                            required: Double(progress.practicumRequired),
                            text: TrainingText.hours(progress.practicumQuarterHours, of: progress.practicumRequired))
            out.progressBar(id: "attendance-\(id)", label: ctx.t(.progressAttendance), value: Double(progress.attendancePercent),
                            required: Double(max(progress.attendanceRequired, 1)),
                            text: ctx.t(.progressAttendanceOf, ["have": "\(progress.attendancePercent)", "need": "\(progress.attendanceRequired)"]))
            if let deadline = progress.deadline {
                out.element(.p) { out in
                    out.text(ctx.t(.progressDeadline) + ": " + TrainingText.day(ctx, deadline.description) + " ")
                    if progress.isOverdue(today: model.today) { out.tag(ctx.t(.progressOverdue), tone: .danger) }
                }
            }
            if progress.isComplete {
                out.element(.p) { $0.tag(ctx.t(.progressComplete), tone: .success, icon: Tone.success.icon) }
            } else {
                out.leaf(.p, text: ctx.t(.progressMissing) + ": " + progress.gaps.map { TrainingText.shortGap(ctx, $0) }.joined(separator: " · "))
            }
        }
        if let placement = row.placement { out.leaf(.p, text: ctx.t(.practicumTitle) + ": " + placement) }
        actions(&out, ctx, model, row)
    }

    private static func actions(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model, _ row: Row) {
        let id = row.enrollment.id!
        let action = SiteURL.trainingCohortDecision(.value(model.cohort.id!)).path
        // Only the decisions this enrollment can still take: a finished one is offered none.
        let decisions = rosterDecisions(for: row.enrollment.status)
        guard !decisions.isEmpty || model.isStaff else { return }
        func enrollmentForm(_ out: inout HTMLWriter, action name: String?, _ content: (inout HTMLWriter) -> Void) {
            out.form(ctx, action: action) { out in
                out.hidden("enrollment", id.uuidString)
                if let name { out.hidden("action", name) }
                content(&out)
            }
        }
        out.element(.details) { out in
            out.element(.summary) { out in
                out.text(ctx.t(.trainingActions))
                out.leaf(.span, ["class": "visually-hidden"], text: " " + row.name)
            }
            if !decisions.isEmpty {
                enrollmentForm(&out, action: nil) { out in
                    out.buttonGroup { out in
                        for (value, label, kind) in decisions { out.submit(ctx.t(label), kind: kind, name: "action", value: value) }
                    }
                }
            }
            guard model.isStaff else { return }
            if let certificate = row.certificate {
                out.element(.p) {
                    $0.link(SiteURL.certificatePDF(.value(certificate.number)).path, ctx.t(.certificateDownload, ["number": certificate.number]))
                }
                out.form(ctx, action: SiteURL.staffCertificateReissue(.value(certificate.id!)).path) { out in
                    out.field(ctx, name: "holder", label: .certificateHolder, value: certificate.holderName ?? "", errors: .init(),
                              id: "holder-\(id)")
                    out.field(ctx, name: "reason", label: .reasonForPersonLabel, errors: .init(), required: false, id: "reissue-\(id)")
                    out.submit(ctx.t(.certificateReissue))
                }
            } else if row.enrollment.status == .accepted {
                enrollmentForm(&out, action: nil) { $0.submit(ctx.t(.certificateIssue), kind: .primary, name: "action", value: "certify") }
            }
            enrollmentForm(&out, action: "place") { out in
                out.field(ctx, name: "site", label: .practicumSite, errors: .init(), id: "site-\(id)")
                out.field(ctx, name: "supervisor_email", label: .practicumSupervisorEmail, type: "email", errors: .init(),
                          id: "supervisor-\(id)")
                out.submit(ctx.t(.practicumPlace), kind: .secondary)
            }
            enrollmentForm(&out, action: "extend") { out in
                out.field(ctx, name: "until", label: .trainingExtendUntil, type: "date", value: row.enrollment.extendedUntil ?? "",
                          errors: .init(), id: "until-\(id)")
                out.field(ctx, name: "reason", label: .reasonForPersonLabel, value: row.enrollment.extensionReason ?? "",
                          errors: .init(), id: "extend-reason-\(id)")
                out.submit(ctx.t(.trainingExtend), kind: .secondary)
            }
            if !model.otherCohorts.isEmpty {
                enrollmentForm(&out, action: "transfer") { out in
                    out.select(ctx, name: "target", label: .trainingTransferTo,
                               options: model.otherCohorts.map { ($0.id!.uuidString, ctx.content($0.name, spanish: $0.nameEs)) },
                               selected: nil, errors: .init(), id: "target-\(id)")
                    out.submit(ctx.t(.trainingTransfer), kind: .secondary)
                }
            }
        }
    }

    private static func sessions(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model) {
        out.element(.section, ["aria-labelledby": "sessions"]) { out in
            out.leaf(.h2, ["id": "sessions"], text: ctx.t(.trainingSessions))
            out.element(.ul) { out in
                for session in model.sessions {
                    out.element(.li) { out in
                        out.text("\(TrainingText.day(ctx, session.day)) \(session.startsAt) · \(Hours.text(quarterHours: session.quarterHours)) h · "
                                 + "\(ctx.content(session.topic, spanish: session.topicEs)) · ")
                        out.link(SiteURL.trainingAttendance(.value(session.id!)).path, ctx.t(.attendanceTitle))
                    }
                }
            }
            out.form(ctx, action: SiteURL.trainingCohortSessions(.value(model.cohort.id!)).path) { out in
                out.field(ctx, name: "day", label: .practicumDay, type: "date", errors: .init())
                out.field(ctx, name: "starts_at", label: .trainingStartsAt, type: "time", value: "09:00", errors: .init())
                out.field(ctx, name: "hours", label: .practicumHours, value: "4", errors: .init())
                out.field(ctx, name: "topic", label: .trainingTopic, errors: .init())
                out.field(ctx, name: "topic_es", label: .trainingTopicEs, errors: .init(), hint: .spanishVersionHint, required: false)
                out.competencyPicker(ctx, selected: [], errors: .init())
                out.submit(ctx.t(.trainingAddSession))
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
