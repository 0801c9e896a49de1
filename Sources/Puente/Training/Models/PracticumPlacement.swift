// A trainee's practicum site and supervisor.

import Fluent
import Foundation
import PuenteCore

/// Where a trainee does their practicum and who signs their hours.
final class PracticumPlacement: Model, @unchecked Sendable {
    static let schema = "practicum_placements"
    @ID(key: .id) var id: UUID?
    @Parent(key: "enrollment_id") var enrollment: Enrollment
    @Field(key: "site") var site: String
    @Parent(key: "supervisor_id") var supervisor: User
    init() {}
}
