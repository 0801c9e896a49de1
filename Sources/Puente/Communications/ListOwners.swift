// Who may manage a list besides staff: people named owner, and organizations, which act through
// their linked representatives (`OrganizationRepresentative`). Staff name and remove owners;
// every change is audited.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension ListService {
    enum OwnerFailure: Error, Equatable {
        /// No account has that address.
        case unknownPerson
        case unknownOrganization
        /// Neither a person nor an organization was named.
        case nothingNamed
    }

    struct OwnerLine: Sendable {
        let id: UUID
        /// A person's name and address, or an organization's name.
        let name: String
        let isOrganization: Bool
    }

    func owners(of list: MailingList) async throws -> [OwnerLine] {
        let owners = try await MailingListOwner.query(on: db).filter(\.$list.$id == list.id!).with(\.$user).with(\.$organization).all()
        return owners.compactMap { owner in
            if let user = owner.user { return OwnerLine(id: owner.id!, name: "\(user.name) <\(user.email)>", isOrganization: false) }
            if let organization = owner.organization { return OwnerLine(id: owner.id!, name: organization.name, isOrganization: true) }
            return nil
        }.sorted { $0.name < $1.name }
    }

    /// A person by the address of their account, or an organization; naming one twice changes nothing.
    func addOwner(_ list: MailingList, email: String, organizationID: UUID?) async throws {
        var person: UUID?
        var named = ""
        if !email.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let address = EmailAddress(email), let user = try await User.query(on: db).filter(\.$email == address.value).first() else {
                throw OwnerFailure.unknownPerson
            }
            person = user.id
            named = user.email
        } else if let organizationID {
            guard let organization = try await Organization.find(organizationID, on: db) else { throw OwnerFailure.unknownOrganization }
            named = organization.name
        } else {
            throw OwnerFailure.nothingNamed
        }
        let (userID, summary) = (person, named)
        let organizationID = userID == nil ? organizationID : nil
        try await db.transaction { db in
            let existing = MailingListOwner.query(on: db).filter(\.$list.$id == list.id!)
            if let userID { existing.filter(\.$user.$id == userID) } else { existing.filter(\.$organization.$id == organizationID) }
            guard try await existing.count() == 0 else { return }
            try await MailingListOwner(listID: list.id!, userID: userID, organizationID: organizationID).create(on: db)
            try await Audit.record(.listOwnerAdd, entityType: .mailingList, entityID: list.id!.uuidString, summary: "\(list.slug): \(summary)",
                                   by: actor, on: db)
        }
    }

    func removeOwner(_ list: MailingList, ownerID: UUID) async throws {
        try await db.transaction { db in
            guard let owner = try await MailingListOwner.query(on: db).filter(\.$id == ownerID).filter(\.$list.$id == list.id!)
                .with(\.$user).with(\.$organization).first() else { return }
            try await owner.delete(on: db)
            try await Audit.record(.listOwnerRemove, entityType: .mailingList, entityID: list.id!.uuidString,
                                   summary: "\(list.slug): \(owner.user?.email ?? owner.organization?.name ?? "?")", by: actor, on: db)
        }
    }

    /// Whether `user` owns the list themselves, or represents (and still holds the role for) an
    /// organization that does.
    static func isOwner(_ user: User, roles: Set<Role>, of list: MailingList, on db: any Database) async throws -> Bool {
        var organizations: [UUID] = []
        if roles.contains(.organizationRepresentative) {
            organizations = try await OrganizationRepresentative.query(on: db).filter(\.$user.$id == user.id!).all().map(\.$organization.id)
        }
        return try await MailingListOwner.query(on: db).filter(\.$list.$id == list.id!).group(.or) { group in
            group.filter(\.$user.$id == user.id!)
            if !organizations.isEmpty { group.filter(\.$organization.$id ~~ organizations) }
        }.count() > 0
    }
}
