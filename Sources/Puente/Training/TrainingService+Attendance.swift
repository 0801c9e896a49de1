// TrainingService: Marking a class session, which credits class hours.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension TrainingService {
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
}
