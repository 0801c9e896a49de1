// Hours a member reports for staff to approve: continuing education, or documented work
// experience (which eligibility rules with a work-experience pathway count).

import Fluent
import Foundation

final class HourRecord: Model, @unchecked Sendable {
    static let schema = "hour_records"

    enum Kind: String, Codable, Sendable, CaseIterable {
        case continuingEducation = "continuing_education"
        case workExperience = "work_experience"
    }

    /// Reviewed like a practicum log: waiting, approved, or returned with a comment.
    typealias Status = PracticumLog.Status

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Enum(key: "kind") var kind: Kind
    @Field(key: "day") var day: String
    @Field(key: "quarter_hours") var quarterHours: Int
    @Field(key: "topic") var topic: String
    @Field(key: "provider") var provider: String
    /// Counted automatically from a completed Puente program; not editable.
    @OptionalField(key: "certificate_number") var certificateNumber: String?
    /// Optional proof (a certificate of attendance, a letter): stored under the data folder by a
    /// random name; only the person and staff can fetch it.
    @OptionalField(key: "evidence_file") var evidenceFile: String?
    @OptionalField(key: "evidence_name") var evidenceName: String?
    @OptionalField(key: "evidence_type") var evidenceType: String?
    @Enum(key: "status") var status: Status
    @OptionalField(key: "comment") var comment: String?
    @OptionalField(key: "decided_by") var decidedBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    init() {}
}
