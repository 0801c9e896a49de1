// Training rules shared by pages and the API. Each change, its audit record and its email
// commit together; hours are checked before anything is written.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct TrainingService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor
    var today: Day { Day(Date(), in: config.timeZone) }

    enum Failure: Error, Equatable {
        case alreadyEnrolled
        case cohortFull
        case cohortOver
        case notActive
        case invalid(field: String, L10n)
        case hours(HourLogProblem)
        case notTheirSupervisor
        case alreadyDecided
        case noPlacement
        case requirementsNotMet
        case alreadyCertified
        case reasonRequired
    }

    // MARK: Enrollment

    /// A member asks for a seat. Free; staff or a trainer accepts.
    func apply(_ user: User, to cohort: Cohort) async throws -> Enrollment {
        guard cohort.endDay >= today else { throw Failure.cohortOver }
        if try await Enrollment.query(on: db).filter(\.$cohort.$id == cohort.id!).filter(\.$user.$id == user.id!).first() != nil {
            throw Failure.alreadyEnrolled
        }
        let enrollment = Enrollment(cohortID: cohort.id!, userID: user.id!, status: .applied)
        do {
            try await db.transaction { db in
                try await enrollment.create(on: db)
                try await Audit.record(.trainingApply, entityType: .enrollment, entityID: enrollment.id!.uuidString,
                                       summary: "\(user.email) applied to \(cohort.name)", by: actor, on: db)
                try await notify(user, .trainingEmailAppliedSubject, .trainingEmailAppliedBody, ["cohort": cohort.name], on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Failure.alreadyEnrolled
        }
        return enrollment
    }

    /// Accept, waitlist or withdraw. Accepting never exceeds the cohort's capacity.
    func decide(_ enrollment: Enrollment, _ status: Enrollment.Status) async throws {
        guard [.accepted, .waitlisted, .withdrawn].contains(status) else { throw Failure.notActive }
        guard enrollment.status != status else { return }
        guard enrollment.status != .completed, enrollment.status != .transferred else { throw Failure.alreadyDecided }
        let cohort = try await enrollment.$cohort.get(on: db)
        let user = try await enrollment.$user.get(on: db)
        try await db.transaction { db in
            if status == .accepted {
                try await lockSeats(of: cohort.id!, on: db)
                if try await seatsTaken(in: cohort.id!, on: db) >= cohort.capacity { throw Failure.cohortFull }
            }
            let before = enrollment.status
            enrollment.status = status
            try await enrollment.save(on: db)
            try await Audit.record(.trainingEnrollment, entityType: .enrollment, entityID: enrollment.id!.uuidString,
                                   summary: "\(user.email) in \(cohort.name): \(before.rawValue) → \(status.rawValue)", by: actor, on: db)
            let (subject, body): (L10n, L10n) = switch status {
            case .accepted: (.trainingEmailAcceptedSubject, .trainingEmailAcceptedBody)
            case .waitlisted: (.trainingEmailWaitlistedSubject, .trainingEmailWaitlistedBody)
            default: (.trainingEmailWithdrawnSubject, .trainingEmailWithdrawnBody)
            }
            try await notify(user, subject, body, ["cohort": cohort.name], on: db)
        }
    }

    /// Two staff accepting the last seat at once must not both get it.
    private func lockSeats(of cohortID: UUID, on db: any Database) async throws {
        try await db.lockRow(in: Cohort.schema, id: cohortID)
    }

    func seatsTaken(in cohortID: UUID, on db: any Database) async throws -> Int {
        try await Enrollment.query(on: db).filter(\.$cohort.$id == cohortID).filter(\.$status ~~ [.accepted, .completed]).count()
    }

    /// Moves an active trainee to another cohort of the same program; what they earned comes along.
    func transfer(_ enrollment: Enrollment, to target: Cohort) async throws -> Enrollment {
        guard enrollment.status == .accepted else { throw Failure.notActive }
        let source = try await enrollment.$cohort.get(on: db)
        guard target.$program.id == source.$program.id, target.id != source.id else { throw Failure.invalid(field: "cohort", .trainingTransferSameProgram) }
        let user = try await enrollment.$user.get(on: db)
        let progress = try await self.progress(enrollment)
        let moved = Enrollment(cohortID: target.id!, userID: enrollment.$user.id, status: .accepted)
        moved.carriedClassroomQuarterHours = progress.classroomQuarterHours
        moved.carriedPracticumQuarterHours = progress.practicumQuarterHours
        moved.carriedCompetencies = progress.competenciesCovered.joined(separator: ",")
        try await db.transaction { db in
            try await lockSeats(of: target.id!, on: db)
            if try await seatsTaken(in: target.id!, on: db) >= target.capacity { throw Failure.cohortFull }
            if try await Enrollment.query(on: db).filter(\.$cohort.$id == target.id!).filter(\.$user.$id == user.id!).first() != nil {
                throw Failure.alreadyEnrolled
            }
            try await moved.create(on: db)
            enrollment.status = .transferred
            enrollment.transferredTo = moved.id
            try await enrollment.save(on: db)
            // The placement goes along, so pending logs keep their supervisor.
            try await PracticumPlacement.query(on: db).filter(\.$enrollment.$id == enrollment.id!).set(\.$enrollment.$id, to: moved.id!).update()
            try await Audit.record(.trainingTransfer, entityType: .enrollment, entityID: moved.id!.uuidString,
                                   summary: "\(user.email) from \(source.name) to \(target.name) with \(Hours.text(quarterHours: progress.classroomQuarterHours)) classroom and \(Hours.text(quarterHours: progress.practicumQuarterHours)) practicum hours",
                                   by: actor, on: db)
            try await notify(user, .trainingEmailAcceptedSubject, .trainingEmailAcceptedBody, ["cohort": target.name], on: db)
        }
        return moved
    }

    /// Staff give one person more time, with a reason.
    func extend(_ enrollment: Enrollment, until rawDay: String, reason rawReason: String) async throws {
        let reason = rawReason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let day = Day(rawDay.trimmingCharacters(in: .whitespaces)) else { throw Failure.invalid(field: "until", .trainingDateInvalid) }
        guard !reason.isEmpty, reason.count <= 500, PrivacyGuard.scan(reason) == nil else { throw Failure.reasonRequired }
        try await db.transaction { db in
            enrollment.extendedUntil = day.description
            enrollment.extensionReason = reason
            try await enrollment.save(on: db)
            try await Audit.record(.trainingExtend, entityType: .enrollment, entityID: enrollment.id!.uuidString,
                                   summary: "until \(day): \(reason)", by: actor, on: db)
        }
    }

    // MARK: Attendance

    struct Mark: Sendable { let enrollmentID: UUID; let mark: AttendanceMark.Mark; let partialQuarterHours: Int? }

    /// Marks a session for every trainee at once; all or nothing.
    func markAttendance(_ session: TrainingSession, _ marks: [Mark]) async throws {
        guard let day = Day(session.day), day <= today else { throw Failure.hours(.inFuture) }
        let active = try await Enrollment.query(on: db).filter(\.$cohort.$id == session.$cohort.id).filter(\.$status ~~ [.accepted, .completed]).all()
        let activeIDs = Set(active.compactMap(\.id))
        for mark in marks {
            guard activeIDs.contains(mark.enrollmentID) else { throw Failure.notActive }
            if mark.mark == .partial {
                guard let q = mark.partialQuarterHours else { throw Failure.hours(.notQuarterHours) }
                guard q > 0 else { throw Failure.hours(.notPositive) }
                guard q < session.quarterHours else { throw Failure.hours(.overADay) }
            }
        }
        try await db.transaction { db in
            let existing = try await AttendanceMark.query(on: db).filter(\.$session.$id == session.id!).all()
            for mark in marks {
                let row = existing.first { $0.$enrollment.id == mark.enrollmentID } ?? AttendanceMark()
                let before = row.id == nil ? nil : "\(row.mark.rawValue) \(Hours.text(quarterHours: row.quarterHours))"
                row.$session.id = session.id!
                row.$enrollment.id = mark.enrollmentID
                row.mark = mark.mark
                row.quarterHours = switch mark.mark {
                case .present: session.quarterHours
                case .partial: mark.partialQuarterHours!
                case .absent: 0
                }
                row.markedBy = actor.email ?? "system"
                let after = "\(row.mark.rawValue) \(Hours.text(quarterHours: row.quarterHours))"
                guard before != after else { continue }
                try await row.save(on: db)
                try await Audit.record(.trainingAttendance, entityType: .enrollment, entityID: mark.enrollmentID.uuidString,
                                       summary: "\(session.day) \(session.topic): \(before.map { "\($0) → " } ?? "")\(after)", by: actor, on: db)
            }
        }
        // A program that completes automatically (continuing education) may just have been finished.
        for enrollment in active where marks.contains(where: { $0.enrollmentID == enrollment.id }) {
            try await completeIfAutomatic(enrollment)
        }
    }

    // MARK: Practicum

    func place(_ enrollment: Enrollment, site rawSite: String, supervisor: User) async throws {
        let site = rawSite.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !site.isEmpty, site.count <= 200 else { throw Failure.invalid(field: "site", .fieldRequired) }
        if let found = PrivacyGuard.scan(site) { throw Failure.invalid(field: "site", found.message) }
        let roles = try await UserRole.query(on: db).filter(\.$user.$id == supervisor.id!).all().map(\.role)
        guard roles.contains(Role.supervisor.rawValue) else { throw Failure.invalid(field: "supervisor", .trainingNotASupervisor) }
        try await db.transaction { db in
            let placement = try await PracticumPlacement.query(on: db).filter(\.$enrollment.$id == enrollment.id!).first() ?? PracticumPlacement()
            placement.$enrollment.id = enrollment.id!
            placement.site = site
            placement.$supervisor.id = supervisor.id!
            try await placement.save(on: db)
            try await Audit.record(.trainingPlacement, entityType: .enrollment, entityID: enrollment.id!.uuidString,
                                   summary: "\(site), supervised by \(supervisor.email)", by: actor, on: db)
        }
    }

    struct LogInput: Sendable {
        var day = ""
        var hours = ""
        var activities = ""
        var competencies: [String] = []
    }

    /// The trainee logs a day of practicum; it counts once their supervisor approves it.
    func logPracticum(_ enrollment: Enrollment, _ input: LogInput) async throws -> PracticumLog {
        guard enrollment.status == .accepted else { throw Failure.notActive }
        guard let placement = try await PracticumPlacement.query(on: db).filter(\.$enrollment.$id == enrollment.id!).first() else {
            throw Failure.noPlacement
        }
        guard let day = Day(input.day.trimmingCharacters(in: .whitespaces)) else { throw Failure.invalid(field: "day", .trainingDateInvalid) }
        let activities = input.activities.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !activities.isEmpty else { throw Failure.invalid(field: "activities", .fieldRequired) }
        guard activities.count <= 2000 else { throw Failure.invalid(field: "activities", .messageTooLong) }
        if let problem = PrivacyGuard.scan(activities) { throw Failure.invalid(field: "activities", problem.message) }
        let competencies = input.competencies.filter { Competencies.named($0) != nil }
        let cohort = try await enrollment.$cohort.get(on: db)
        let deadline = try await self.deadline(enrollment, cohort: cohort)
        let sameDay = try await PracticumLog.query(on: db).filter(\.$enrollment.$id == enrollment.id!)
            .filter(\.$day == day.description).filter(\.$status != .returned).all().reduce(0) { $0 + $1.quarterHours }
        if let problem = HourLogRules.check(day: day, quarterHours: Hours.quarterHours(from: input.hours), today: today,
                                            allowed: cohort.startDay...max(cohort.startDay, deadline), existingSameDay: sameDay) {
            throw Failure.hours(problem)
        }
        let log = PracticumLog()
        log.$enrollment.id = enrollment.id!
        log.$placement.id = placement.id!
        log.day = day.description
        log.quarterHours = Hours.quarterHours(from: input.hours)!
        log.activities = activities
        log.competencies = competencies.joined(separator: ",")
        log.status = .pending
        try await db.transaction { db in
            try await log.create(on: db)
            try await Audit.record(.practicumLog, entityType: .practicumLog, entityID: log.id!.uuidString,
                                   summary: "\(day): \(Hours.text(quarterHours: log.quarterHours)) h at \(placement.site)", by: actor, on: db)
        }
        return log
    }

    /// Only the trainee's own supervisor decides; an approved row is locked for good.
    func decide(_ log: PracticumLog, approve: Bool, comment rawComment: String, by supervisor: User) async throws {
        let placement = try await log.$placement.get(on: db)
        guard placement.$supervisor.id == supervisor.id else { throw Failure.notTheirSupervisor }
        guard log.status == .pending else { throw Failure.alreadyDecided }
        let comment = rawComment.trimmingCharacters(in: .whitespacesAndNewlines)
        if !approve && comment.isEmpty { throw Failure.reasonRequired }
        guard comment.count <= 1000, PrivacyGuard.scan(comment) == nil else { throw Failure.reasonRequired }
        let enrollment = try await log.$enrollment.get(on: db)
        let trainee = try await enrollment.$user.get(on: db)
        try await db.transaction { db in
            // Conditional on still pending, so two clicks (or two supervisors' tabs) decide once.
            let updated = try await db.sql.raw("""
                UPDATE practicum_logs SET status = \(bind: approve ? "approved" : "returned"), comment = \(bind: comment.isEmpty ? nil : comment),
                decided_by = \(bind: supervisor.email), decided_at = \(bind: Date())
                WHERE id = \(bind: log.id!) AND status = 'pending' RETURNING id
                """).all()
            guard !updated.isEmpty else { throw Failure.alreadyDecided }
            log.status = approve ? .approved : .returned
            log.comment = comment.isEmpty ? nil : comment
            log.decidedBy = supervisor.email
            try await Audit.record(approve ? .practicumApprove : .practicumReturn, entityType: .practicumLog, entityID: log.id!.uuidString,
                                   summary: "\(trainee.email) \(log.day) \(Hours.text(quarterHours: log.quarterHours)) h" + (comment.isEmpty ? "" : ": \(comment)"),
                                   by: actor, on: db)
            try await notify(trainee, approve ? .practicumEmailApprovedSubject : .practicumEmailReturnedSubject,
                             approve ? .practicumEmailApprovedBody : .practicumEmailReturnedBody,
                             ["day": log.day, "hours": Hours.text(quarterHours: log.quarterHours), "comment": comment], on: db)
        }
        if approve { try await completeIfAutomatic(enrollment) }
    }

    // MARK: Progress

    func deadline(_ enrollment: Enrollment, cohort: Cohort? = nil) async throws -> Day {
        let cohort = if let cohort { cohort } else { try await enrollment.$cohort.get(on: db) }
        return Self.deadline(enrollment, cohort: cohort, program: try await cohort.$program.get(on: db))
    }

    /// A personal extension, else the program's window from the cohort's start, else the cohort's last day.
    static func deadline(_ enrollment: Enrollment, cohort: Cohort, program: TrainingProgram) -> Day {
        if let extended = enrollment.extendedUntil.flatMap(Day.init) { return extended }
        return program.requirements.windowDays.map { cohort.startDay.adding(days: $0) } ?? cohort.endDay
    }

    func progress(_ enrollment: Enrollment) async throws -> TrainingProgress {
        let cohort = try await enrollment.$cohort.get(on: db)
        return try await progress(of: [enrollment], in: cohort)[enrollment.id!]!
    }

    /// Everyone's progress in one cohort with five queries, however many people (the cohort grid).
    func progress(of enrollments: [Enrollment], in cohort: Cohort) async throws -> [UUID: TrainingProgress] {
        let ids = enrollments.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let program = try await cohort.$program.get(on: db)
        let sessions = try await TrainingSession.query(on: db).filter(\.$cohort.$id == cohort.id!).all()
        let marks = Dictionary(grouping: try await AttendanceMark.query(on: db).filter(\.$enrollment.$id ~~ ids).all()) { $0.$enrollment.id }
        let logs = Dictionary(grouping: try await PracticumLog.query(on: db).filter(\.$enrollment.$id ~~ ids).filter(\.$status != .returned).all()) {
            $0.$enrollment.id
        }
        var result: [UUID: TrainingProgress] = [:]
        for enrollment in enrollments {
            let id = enrollment.id!
            result[id] = TrainingProgress(Self.facts(enrollment, sessions: sessions, marks: marks[id] ?? [], logs: logs[id] ?? []),
                                          program.requirements, deadline: Self.deadline(enrollment, cohort: cohort, program: program))
        }
        return result
    }

    static func facts(_ enrollment: Enrollment, sessions: [TrainingSession], marks: [AttendanceMark],
                      logs: [PracticumLog]) -> TrainingFacts {
        let credited = Dictionary(marks.map { ($0.$session.id, $0.quarterHours) }, uniquingKeysWith: { a, _ in a })
        return TrainingFacts(
            sessions: sessions.compactMap { session in
                Day(session.day).map { .init(day: $0, quarterHours: session.quarterHours,
                                             competencies: Competencies.parse(session.competencies),
                                             creditedQuarterHours: credited[session.id!]) }
            },
            practicum: logs.compactMap { log in
                Day(log.day).map { .init(day: $0, quarterHours: log.quarterHours, competencies: Competencies.parse(log.competencies),
                                         approved: log.status == .approved) }
            },
            carriedClassroomQuarterHours: enrollment.carriedClassroomQuarterHours,
            carriedPracticumQuarterHours: enrollment.carriedPracticumQuarterHours,
            carriedCompetencies: Competencies.parse(enrollment.carriedCompetencies))
    }

    // MARK: Email

    func notify(_ user: User, _ subject: L10n, _ body: L10n, _ values: [String: String], on db: any Database,
                link: SiteURL = .trainingMine) async throws {
        guard let address = EmailAddress(user.email) else { return }
        let language = user.language
        var values = values
        values["program"] = config.programName
        let message = Mailer(config: config).compose(
            to: Mailbox(address, name: user.name), language: language,
            .init(subject: subject.text(language, values), paragraphs: [body.text(language, values)],
                  link: (L10n.trainingMineTitle.text(language), link.absolute(config)), greetingName: user.name))
        try await Outbox.enqueue(message, on: db)
    }
}

extension Request {
    var training: TrainingService { TrainingService(db: db, config: config, actor: auditActor) }
}
