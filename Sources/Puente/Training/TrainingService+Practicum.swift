// TrainingService: Placements at a practicum site and the supervisor's decisions on logged hours.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension TrainingService {
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
}
