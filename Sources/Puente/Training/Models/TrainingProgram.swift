// A course people finish for a certificate: the core-competency course or a continuing-education
// program. What finishing takes is data (`CompletionRequirements`), not code.

import Fluent
import Foundation
import PuenteCore

final class TrainingProgram: Model, @unchecked Sendable {
    static let schema = "training_programs"

    enum Kind: String, Codable, Sendable, CaseIterable {
        /// Counts for eligibility rules that ask for the core-competency certificate.
        case core
        case continuingEducation = "continuing_education"
    }

    @ID(key: .id) var id: UUID?
    /// Stable short code, e.g. `core-160`; seeds and the API find programs by it.
    @Field(key: "code") var code: String
    @Enum(key: "kind") var kind: Kind
    @Field(key: "name_en") var nameEN: String
    @Field(key: "name_es") var nameES: String
    @Field(key: "description_en") var descriptionEN: String
    @Field(key: "description_es") var descriptionES: String
    /// `CompletionRequirements` as JSON.
    @Field(key: "requirements") var requirementsJSON: String
    /// Issue the certificate as soon as the requirements are met, instead of waiting for staff.
    @Field(key: "auto_complete") var autoComplete: Bool
    @Field(key: "issuer") var issuer: String
    @OptionalField(key: "certificate_valid_months") var certificateValidMonths: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var requirements: CompletionRequirements {
        get { (try? JSONDecoder().decode(CompletionRequirements.self, from: Data(requirementsJSON.utf8)))
                ?? CompletionRequirements(classroomHours: 0, practicumHours: 0, minimumAttendancePercent: 0, requiredCompetencies: [],
                                          windowDays: nil) }
        set { requirementsJSON = String(decoding: try! JSONEncoder().encode(newValue), as: UTF8.self) }
    }

    func name(_ language: Language) -> String { language == .es && !nameES.isEmpty ? nameES : nameEN }
    func description(_ language: Language) -> String { language == .es && !descriptionES.isEmpty ? descriptionES : descriptionEN }
}
