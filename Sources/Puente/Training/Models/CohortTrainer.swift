// A trainer assigned to a cohort.

import Fluent
import Foundation
import PuenteCore

final class CohortTrainer: Model, @unchecked Sendable {
    static let schema = "cohort_trainers"
    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: Cohort
    @Parent(key: "user_id") var user: User
    init() {}
    init(cohortID: UUID, userID: UUID) { $cohort.id = cohortID; $user.id = userID }
}
