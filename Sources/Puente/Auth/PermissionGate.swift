// The one place that decides who may do what. Routes declare an `Access`; handlers that
// need a finer check call `req.require(_:)`. Both end here.

import Fluent
import Vapor

enum Permission: Sendable, CaseIterable {
    case manageRoles
    case readAuditLog
    /// See and change every registry entry, review applications.
    case manageRegistry
    /// Programs, cohorts, every enrollment, certificates, hour approvals, eligibility.
    case manageTraining
    /// Run the cohorts one is named trainer of (which ones: `requireCohortAccess`).
    case teach
    /// Decide the practicum logs of one's own trainees (which ones: the placement says).
    case supervisePracticum
    /// Create and change events, see and message registrants.
    case manageEvents
    /// Every mailing list: make lists, manage subscribers, write and send newsletters.
    /// (A list's named owners manage that list too: `requireListManager`.)
    case manageLists
    /// The coalition: memberships, groups and seats, the public page, every group's meetings.
    case manageCoalition
    /// Open the design system's page (`/styleguide`), rendered from the real components.
    case viewStyleguide
}

enum PermissionGate {
    static func allows(_ roles: Set<Role>, _ permission: Permission) -> Bool {
        if roles.contains(.admin) { return true }
        switch permission {
        case .manageRoles: return false
        case .readAuditLog: return roles.contains(.staff)
        case .manageRegistry, .manageTraining, .manageEvents, .manageLists, .manageCoalition: return roles.contains(.staff)
        case .teach: return roles.contains(.trainer) || roles.contains(.staff)
        case .supervisePracticum: return roles.contains(.supervisor)
        case .viewStyleguide: return roles.contains(.staff) || roles.contains(.trainer)
        }
    }
}

enum Access: Sendable {
    case anyone
    case signedIn
    case permission(Permission)
}

/// Guards a group of routes. Signed-out people on HTML pages are sent to sign in and back.
struct AccessMiddleware: AsyncMiddleware {
    let access: Access

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await request.require(access)
        return try await next.respond(to: request)
    }
}

extension RoutesBuilder {
    func grouped(_ access: Access) -> any RoutesBuilder {
        grouped(AccessMiddleware(access: access))
    }
}

struct SignInRequired: Error {}

extension Request {
    var currentUser: User? { auth.get(User.self) }

    func requireUser() throws -> User {
        guard let user = currentUser else { throw SignInRequired() }
        return user
    }

    private struct RolesKey: StorageKey { typealias Value = Set<Role> }

    /// The signed-in person's roles, read once per request.
    func roles() async throws -> Set<Role> {
        if let cached = storage[RolesKey.self] { return cached }
        guard let user = currentUser, let id = user.id else { return [] }
        let rows = try await UserRole.query(on: db).filter(\.$user.$id == id).all()
        let roles = Set(rows.compactMap { Role(rawValue: $0.role) })
        storage[RolesKey.self] = roles
        return roles
    }

    func forgetCachedRoles() { storage[RolesKey.self] = nil }

    func require(_ access: Access) async throws {
        switch access {
        case .anyone:
            return
        case .signedIn:
            _ = try requireUser()
        case .permission(let permission):
            _ = try requireUser()
            guard PermissionGate.allows(try await roles(), permission) else { throw Abort(.forbidden) }
        }
    }

    func require(_ permission: Permission) async throws {
        try await require(.permission(permission))
    }
}

extension Request {
    /// Staff, or a trainer named on this cohort.
    func requireCohortAccess(_ cohort: Cohort) async throws {
        try await require(.teach)
        if PermissionGate.allows(try await roles(), .manageTraining) { return }
        let user = try requireUser()
        guard try await CohortTrainer.query(on: db).filter(\.$cohort.$id == cohort.id!).filter(\.$user.$id == user.id!).first() != nil
        else { throw Abort(.forbidden) }
    }

    /// The supervisor of the placement this practicum log was written at, and nobody else.
    func requireSupervisor(of log: PracticumLog) async throws {
        try await require(.supervisePracticum)
        let placement = try await log.$placement.get(on: db)
        guard placement.$supervisor.id == (try requireUser()).id else { throw Abort(.forbidden) }
    }

    /// Staff, a person named owner of this list, or a representative of an organization that owns it.
    func requireListManager(_ list: MailingList) async throws {
        let user = try requireUser()
        let roles = try await roles()
        if PermissionGate.allows(roles, .manageLists) { return }
        guard try await ListService.isOwner(user, roles: roles, of: list, on: db) else { throw Abort(.forbidden) }
    }

    /// The signed-in person's own enrollment; anyone else's is not found.
    func requireOwnEnrollment(_ enrollment: Enrollment) throws {
        guard enrollment.$user.id == (try requireUser()).id else { throw Abort(.notFound) }
    }
}
