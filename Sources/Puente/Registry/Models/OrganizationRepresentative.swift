// Which organizations a representative acts for. The role (`organization_representative`) stays
// what it was; this link adds acting for one's own organizations (managing the list it owns),
// and only while the person still holds the role.

import Fluent
import Foundation

final class OrganizationRepresentative: Model, @unchecked Sendable {
    static let schema = "organization_representatives"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: Organization
    @Parent(key: "user_id") var user: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organizationID: UUID, userID: UUID) {
        self.$organization.id = organizationID
        self.$user.id = userID
    }
}

struct CreateOrganizationRepresentatives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganizationRepresentative.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "organization_id", "user_id")
            .create()
        try await database.createIndex(named: "organization_representatives_user", on: OrganizationRepresentative.schema, columns: ["user_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganizationRepresentative.schema).delete()
    }
}
