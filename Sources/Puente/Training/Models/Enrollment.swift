// A person's place in a cohort, from application to completion, with their attendance marks.

import Fluent
import Foundation
import PuenteCore

final class Enrollment: Model, @unchecked Sendable {
    static let schema = "enrollments"

    enum Status: String, Codable, Sendable, CaseIterable {
        case applied, accepted, waitlisted, withdrawn, transferred, completed

        /// Still in the cohort: counts against capacity, is marked, logs hours.
        var isActive: Bool { self == .accepted || self == .completed }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: Cohort
    @Parent(key: "user_id") var user: User
    @Enum(key: "status") var status: Status
    /// A personal deadline set by staff, with the reason; otherwise the program's window applies.
    @OptionalField(key: "extended_until") var extendedUntil: String?
    @OptionalField(key: "extension_reason") var extensionReason: String?
    /// Earned in an earlier cohort of the same program and kept on transfer.
    @Field(key: "carried_classroom_quarter_hours") var carriedClassroomQuarterHours: Int
    @Field(key: "carried_practicum_quarter_hours") var carriedPracticumQuarterHours: Int
    @Field(key: "carried_competencies") var carriedCompetencies: String
    @OptionalField(key: "transferred_to") var transferredTo: UUID?
    /// Secret for this trainee's schedule feed.
    @Field(key: "calendar_token") var calendarToken: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(cohortID: UUID, userID: UUID, status: Status) {
        $cohort.id = cohortID
        $user.id = userID
        self.status = status
        carriedClassroomQuarterHours = 0
        carriedPracticumQuarterHours = 0
        carriedCompetencies = ""
        calendarToken = Secret.make()
    }
}

final class AttendanceMark: Model, @unchecked Sendable {
    static let schema = "attendance_marks"

    enum Mark: String, Codable, Sendable, CaseIterable { case present, partial, absent }

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: TrainingSession
    @Parent(key: "enrollment_id") var enrollment: Enrollment
    @Enum(key: "mark") var mark: Mark
    /// Credited classroom hours: the session's for present, fewer for partial, none for absent.
    @Field(key: "quarter_hours") var quarterHours: Int
    @Field(key: "marked_by") var markedBy: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    init() {}
}

/// Where a trainee does their practicum and who signs their hours.
final class PracticumPlacement: Model, @unchecked Sendable {
    static let schema = "practicum_placements"
    @ID(key: .id) var id: UUID?
    @Parent(key: "enrollment_id") var enrollment: Enrollment
    @Field(key: "site") var site: String
    @Parent(key: "supervisor_id") var supervisor: User
    init() {}
}

/// One dated row of practicum work. Approved rows are locked; a correction is a new row.
final class PracticumLog: Model, @unchecked Sendable {
    static let schema = "practicum_logs"

    enum Status: String, Codable, Sendable { case pending, approved, returned }

    @ID(key: .id) var id: UUID?
    @Parent(key: "enrollment_id") var enrollment: Enrollment
    @Parent(key: "placement_id") var placement: PracticumPlacement
    @Field(key: "day") var day: String
    @Field(key: "quarter_hours") var quarterHours: Int
    @Field(key: "activities") var activities: String
    @Field(key: "competencies") var competencies: String
    @Enum(key: "status") var status: Status
    @OptionalField(key: "comment") var comment: String?
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    init() {}
}
