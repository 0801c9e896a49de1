// A trainee's practicum hours.

import Fluent
import Foundation
import PuenteCore

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
