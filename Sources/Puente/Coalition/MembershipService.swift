// Joining the coalition and staff's decisions on it. A person joins at once; an organization
// applies and waits for staff, who on approval link the applicant as its representative. Every
// change of status is kept as history and audited.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct MembershipService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor

    /// The coalition listserv the join form offers.
    static let listSlug = "coalition"
    /// What consent says for people who tick the listserv box.
    static let consentBasis = "coalition membership"

    struct JoinInput {
        var kind = "person"
        var linkRegistry = false
        var organizationName = ""
        var organizationKind = Organization.Kind.communityBased.rawValue
        var subscribe = true

        init() {}

        init(form req: Request) {
            kind = req.formValue("kind")
            linkRegistry = req.formValue("linkRegistry") == "on"
            organizationName = String(req.formValue("organizationName").prefix(300)).trimmingCharacters(in: .whitespacesAndNewlines)
            organizationKind = req.formValue("organizationKind")
            subscribe = req.formValue("subscribe") == "on"
        }
    }

    /// Joins for `user`: a person membership, or an organization's application. Nothing is saved
    /// unless everything is right; joining twice is a clear error.
    func join(_ user: User, _ input: JoinInput) async throws -> CoalitionMembership {
        var errors = FormErrors()
        let kind = CoalitionMembership.Kind(rawValue: input.kind)
        if kind == nil { errors.add("kind", .coalitionJoinKindInvalid) }
        let orgKind = Organization.Kind(rawValue: input.organizationKind)
        if kind == .organization {
            if input.organizationName.isEmpty { errors.add("organizationName", .fieldRequired) }
            else if input.organizationName.count > 200 { errors.add("organizationName", .textTooLong) }
            if let found = PrivacyGuard.scan(input.organizationName) { errors.add("organizationName", found.message) }
            if orgKind == nil { errors.add("organizationKind", .coalitionJoinKindInvalid) }
        }
        guard errors.isEmpty, let kind else { throw ValidationFailure(errors: errors) }
        let userID = user.id!
        return try await db.transaction { db in
            let membership = CoalitionMembership()
            membership.kind = kind
            membership.$user.id = userID
            membership.subscribedToList = input.subscribe
            switch kind {
            case .person:
                if try await CoalitionMembership.query(on: db).filter(\.$user.$id == userID).filter(\.$kind == .person).count() > 0 {
                    throw ValidationFailure(field: "kind", .coalitionAlreadyMember)
                }
                membership.status = .member
                if input.linkRegistry, let entry = try await RegistryEntry.query(on: db).filter(\.$user.$id == userID).first() {
                    membership.$registryEntry.id = entry.id
                }
            case .organization:
                let name = input.organizationName
                let organization = try await Organization.query(on: db).all().first { $0.name.lowercased() == name.lowercased() }
                    ?? Organization(name: name, kind: orgKind!)
                if organization.id == nil { try await organization.create(on: db) }
                if try await CoalitionMembership.query(on: db).filter(\.$organization.$id == organization.id!).count() > 0 {
                    throw ValidationFailure(field: "organizationName", .coalitionOrganizationAlreadyMember)
                }
                membership.status = .applied
                membership.$organization.id = organization.id
            }
            try await membership.create(on: db)
            try await MembershipChange(membershipID: membership.id!, status: membership.status, by: userID,
                                       note: kind == .person ? "joined" : "applied for \(input.organizationName)").create(on: db)
            if input.subscribe, let list = try await MailingList.query(on: db).filter(\.$slug == Self.listSlug).first() {
                try await ListEnrollment.enroll(list, email: user.email, name: user.name, language: user.language, userID: userID,
                                                basis: Self.consentBasis, actorID: userID, on: db)
            }
            try await Audit.record(.coalitionJoin, entityType: .coalitionMembership, entityID: membership.id!.uuidString,
                                   summary: kind == .person ? "\(user.email) joined" : "\(user.email) applied for \(input.organizationName)",
                                   by: actor, on: db)
            return membership
        }
    }

    enum DecisionFailure: Error { case unchanged }

    /// Staff set a membership's status. Approving an organization links the person who applied
    /// as its representative (granting the role if they lack it).
    func decide(_ membershipID: UUID, to status: CoalitionMembership.Status, note rawNote: String, by staff: User) async throws {
        let note = String(rawNote.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300))
        try await db.transaction { db in
            guard let membership = try await CoalitionMembership.find(membershipID, on: db) else { throw Abort(.notFound) }
            guard membership.status != status else { throw DecisionFailure.unchanged }
            let before = membership.status
            membership.status = status
            try await membership.save(on: db)
            try await MembershipChange(membershipID: membershipID, status: status, by: staff.id, note: note).create(on: db)
            if status == .member, membership.kind == .organization, let organizationID = membership.$organization.id,
               let userID = membership.$user.id {
                if try await UserRole.query(on: db).filter(\.$user.$id == userID)
                    .filter(\.$role == Role.organizationRepresentative.rawValue).count() == 0 {
                    try await UserRole(userID: userID, role: .organizationRepresentative).create(on: db)
                }
                if try await OrganizationRepresentative.query(on: db).filter(\.$organization.$id == organizationID)
                    .filter(\.$user.$id == userID).count() == 0 {
                    try await OrganizationRepresentative(organizationID: organizationID, userID: userID).create(on: db)
                }
            }
            try await Audit.record(.coalitionMembership, entityType: .coalitionMembership, entityID: membershipID.uuidString,
                                   summary: "\(before.rawValue) → \(status.rawValue)\(note.isEmpty ? "" : ": \(note)")", by: actor, on: db)
        }
    }

    /// A person's own membership and the organizations they applied for.
    static func memberships(of userID: UUID, on db: any Database) async throws -> [CoalitionMembership] {
        try await CoalitionMembership.query(on: db).filter(\.$user.$id == userID).with(\.$organization).all()
    }
}
