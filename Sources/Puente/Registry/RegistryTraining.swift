// Where a registry entry's person stands in the core-competency course: what staff need to see
// before approving, and what a finished course does to the entry (issue 20).

import Fluent
import Foundation
import PuenteCore

/// What `PUENTE_REGISTRY_ON_COMPLETION` makes of a completed core course: `review` leaves the
/// entry for staff, flagged as meeting the training requirement; `approve` makes it active.
public enum RegistryOnCompletion: String, Sendable, CaseIterable {
    case review, approve
}

struct RegistryTraining: Equatable {
    /// A valid certificate from one of this program's core courses.
    var certificate: String?
    /// A core course the person is enrolled in and has not finished.
    var courseInProgress: String?

    var meetsRequirement: Bool { certificate != nil }
    var isMidCourse: Bool { certificate == nil && courseInProgress != nil }

    static func of(_ entry: RegistryEntry, today: String, on db: any Database) async throws -> RegistryTraining {
        var training = RegistryTraining()
        let certificates = try await Credential.query(on: db).filter(\.$entry.$id == entry.requireID())
            .filter(\.$programKind == TrainingProgram.Kind.core.rawValue).all()
        training.certificate = certificates.first { $0.status(today: today) == .valid }?.number
        if let userID = entry.$user.id {
            let open = try await Enrollment.query(on: db).filter(\.$user.$id == userID).filter(\.$status == .accepted)
                .with(\.$cohort) { $0.with(\.$program) }.all()
            training.courseInProgress = open.first { $0.cohort.program.kind == .core }?.cohort.name
        }
        return training
    }
}
