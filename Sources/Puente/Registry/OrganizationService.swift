// Staff keep the list of organizations people can say they work or volunteer with. Every
// change is audited; a rename or deactivation refreshes the public cards that show the name.

import Fluent
import SQLKit
import Foundation
import PuenteCore
import Vapor

struct OrganizationInput: Sendable {
    var name = ""
    var kind = Organization.Kind.communityBased.rawValue
    var countyFIPS = ""
    var active = true

    init() {}

    init(_ organization: Organization) {
        name = organization.name
        kind = organization.kind.rawValue
        countyFIPS = organization.countyFIPS ?? ""
        active = organization.active
    }

    init(form req: Request) {
        name = req.formValue("name").trimmingCharacters(in: .whitespacesAndNewlines)
        kind = req.formValue("kind")
        countyFIPS = req.formValue("county")
        active = req.formValue("active") == "on"
    }

    func validate(counties: CountyList) -> FormErrors {
        var errors = FormErrors()
        if name.isEmpty { errors.add("name", .fieldRequired) } else if name.count > 200 { errors.add("name", .textTooLong) }
        else if ControlCharacters.present(in: name) { errors.add("name", .nameControlCharacters) }
        if let found = PrivacyGuard.scan(name) { errors.add("name", found.message) }
        if Organization.Kind(rawValue: kind) == nil { errors.add("kind", .fieldRequired) }
        if !countyFIPS.isEmpty, counties.county(fips: countyFIPS) == nil { errors.add("county", .registryUnknownCounty) }
        return errors
    }
}

struct OrganizationService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor

    enum Failure: Error { case invalid(FormErrors.Snapshot) }

    /// Saves `input` onto `organization` (new when it has no id), or throws with every problem.
    func save(_ organization: Organization, _ input: OrganizationInput) async throws {
        var errors = input.validate(counties: config.counties)
        // Names compare without case or accents, so "Clinica del Valle" is not listed twice.
        if errors["name"] == nil {
            let folded = TextFolding.fold(input.name)
            let others = try await Organization.query(on: db).all().filter { $0.id != organization.id }
            if others.contains(where: { TextFolding.fold($0.name) == folded }) { errors.add("name", .organizationNameTaken) }
        }
        guard errors.isEmpty else { throw Failure.invalid(errors.snapshot) }
        let isNew = organization.id == nil
        let before = isNew ? nil : OrganizationInput(organization)
        organization.name = input.name
        organization.kind = Organization.Kind(rawValue: input.kind)!
        organization.countyFIPS = input.countyFIPS.isEmpty ? nil : input.countyFIPS
        organization.active = input.active
        try await db.transaction { db in
            try await organization.save(on: db)
            let changed = before.map { before in
                [("name", before.name != input.name), ("kind", before.kind != input.kind),
                 ("county", before.countyFIPS != input.countyFIPS), ("active", before.active != input.active)]
                    .filter(\.1).map(\.0)
            } ?? []
            guard isNew || !changed.isEmpty else { return }
            try await Audit.record(isNew ? .organizationCreate : .organizationUpdate, entityType: .organization,
                                   entityID: organization.id!.uuidString,
                                   summary: isNew ? organization.name : "\(organization.name): changed \(changed.joined(separator: ", "))",
                                   by: actor, on: db)
            if changed.contains("name") { try await renamed(organization.id!, on: db) }
        }
    }
}

extension OrganizationService {
    /// Public cards and FHIR PractitionerRoles carry the organization's name: rebuild the cards of
    /// everyone affiliated and move their `updated_at`, so mirrors reading `_history` or
    /// `_lastUpdated` fetch the new name. A thousand people per round of statements.
    private func renamed(_ organizationID: UUID, on db: any Database) async throws {
        var after: UUID?
        while true {
            let query = Affiliation.query(on: db).filter(\.$organization.$id == organizationID).sort(\.$entry.$id).limit(1000)
            if let after { query.filter(\.$entry.$id > after) }
            let ids = try await query.all().map(\.$entry.id)
            guard let last = ids.last else { return }
            try await RegistryEntry.query(on: db).filter(\.$id ~~ ids).set(\.$updatedAt, to: Date()).update()
            try await DirectoryIndex.refresh(ids, on: db)
            after = last
        }
    }
}

// MARK: - Representatives

extension OrganizationService {
    enum RepresentativeFailure: Error, Equatable {
        /// No account has that address.
        case unknownPerson
        /// The account does not hold the organization representative role.
        case notARepresentative
    }

    /// Links an account holding the representative role to the organization; audited.
    func addRepresentative(_ organization: Organization, email: String) async throws {
        guard let address = EmailAddress(email), let user = try await User.query(on: db).filter(\.$email == address.value).with(\.$roles).first() else {
            throw RepresentativeFailure.unknownPerson
        }
        guard user.roles.contains(where: { $0.role == Role.organizationRepresentative.rawValue }) else { throw RepresentativeFailure.notARepresentative }
        try await db.transaction { db in
            guard try await OrganizationRepresentative.query(on: db).filter(\.$organization.$id == organization.id!)
                .filter(\.$user.$id == user.id!).count() == 0 else { return }
            try await OrganizationRepresentative(organizationID: organization.id!, userID: user.id!).create(on: db)
            try await Audit.record(.organizationRepresentativeAdd, entityType: .organization, entityID: organization.id!.uuidString,
                                   summary: "\(organization.name): \(user.email)", by: actor, on: db)
        }
    }

    func removeRepresentative(_ organization: Organization, userID: UUID) async throws {
        try await db.transaction { db in
            guard let link = try await OrganizationRepresentative.query(on: db).filter(\.$organization.$id == organization.id!)
                .filter(\.$user.$id == userID).with(\.$user).first() else { return }
            try await link.delete(on: db)
            try await Audit.record(.organizationRepresentativeRemove, entityType: .organization, entityID: organization.id!.uuidString,
                                   summary: "\(organization.name): \(link.user.email)", by: actor, on: db)
        }
    }

    func representatives(of organization: Organization) async throws -> [User] {
        try await OrganizationRepresentative.query(on: db).filter(\.$organization.$id == organization.id!).with(\.$user).all()
            .map(\.user).sorted { $0.name < $1.name }
    }
}
