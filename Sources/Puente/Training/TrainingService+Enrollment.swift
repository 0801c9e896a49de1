// TrainingService: A member applies for a seat; staff or a trainer decides; transfers and extensions.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension TrainingService {
    /// A member asks for a seat. Free; staff or a trainer accepts.
    /// `appliedOn` is for the demo, which backdates a cohort already under way.
    func apply(_ user: User, to cohort: Cohort, appliedOn: Day? = nil) async throws -> Enrollment {
        let day = appliedOn ?? today
        guard cohort.endDay >= day else { throw Failure.cohortOver }
        guard cohort.takesApplications(on: day) else { throw Failure.applicationsClosed }
        if try await Enrollment.query(on: db).filter(\.$cohort.$id == cohort.id!).filter(\.$user.$id == user.id!).first() != nil {
            throw Failure.alreadyEnrolled
        }
        let enrollment = Enrollment(cohortID: cohort.id!, userID: user.id!, status: .applied)
        do {
            try await db.transaction { db in
                try await enrollment.create(on: db)
                try await Audit.record(.trainingApply, entityType: .enrollment, entityID: enrollment.id!.uuidString,
                                       summary: "\(user.email) applied to \(cohort.name)", by: actor, on: db)
                try await notify(user, .trainingEmailAppliedSubject, .trainingEmailAppliedBody, ["cohort": cohort.nameText.marked(in: user.language)], on: db)
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
            try await notify(user, subject, body, ["cohort": cohort.nameText.marked(in: user.language)], on: db)
        }
    }

    /// Two staff accepting the last seat at once must not both get it.
    private func lockSeats(of cohortID: UUID, on db: any Database) async throws {
        try await db.lockRow(in: Cohort.schema, id: cohortID)
    }

    func seatsTaken(in cohortID: UUID, on db: any Database) async throws -> Int {
        try await Enrollment.query(on: db).filter(\.$cohort.$id == cohortID).filter(\.$status ~~ Self.seatHolders).count()
    }

    /// Seats taken in each of `cohortIDs`, in one query (the schedule lists every open cohort).
    func seatsTaken(in cohortIDs: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !cohortIDs.isEmpty else { return [:] }
        let holders = try await Enrollment.query(on: db).filter(\.$cohort.$id ~~ cohortIDs).filter(\.$status ~~ Self.seatHolders)
            .field(\.$cohort.$id).all()
        return holders.reduce(into: [:]) { counts, enrollment in counts[enrollment.$cohort.id, default: 0] += 1 }
    }

    /// Who holds a seat: accepted and finished trainees, not applicants or the waitlist.
    private static let seatHolders: [Enrollment.Status] = [.accepted, .completed]

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
}
