// TrainingService: Where a trainee stands against the program's hours and deadline.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension TrainingService {
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
}
