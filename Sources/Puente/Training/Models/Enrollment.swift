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
