// The roles a person can hold; a person may hold several.

import PuenteCore

public enum Role: String, CaseIterable, Codable, Sendable {
    case admin
    case staff
    case trainer
    case supervisor
    case organizationRepresentative = "organization_representative"
    case member

    var label: L10n {
        switch self {
        case .admin: .roleAdmin
        case .staff: .roleStaff
        case .trainer: .roleTrainer
        case .supervisor: .roleSupervisor
        case .organizationRepresentative: .roleOrganizationRepresentative
        case .member: .roleMember
        }
    }
}
