// A trainee's attendance at one class session.

import Fluent
import Foundation
import PuenteCore

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
