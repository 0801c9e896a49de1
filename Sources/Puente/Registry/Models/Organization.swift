// A member or employer organization: CBO, clinic, health center, Tribal program, agency.

import Fluent
import Foundation

public final class Organization: Model, @unchecked Sendable {
    public static let schema = "organizations"

    public enum Kind: String, Codable, CaseIterable, Sendable {
        case communityBased = "cbo"
        case clinic
        case healthCenter = "health_center"
        case tribal
        case agency
        case other
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Enum(key: "kind") public var kind: Kind
    @OptionalField(key: "county_fips") public var countyFIPS: String?
    @Field(key: "active") public var active: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    init(name: String, kind: Kind, countyFIPS: String? = nil) {
        self.name = name
        self.kind = kind
        self.countyFIPS = countyFIPS
        self.active = true
    }
}

/// A person's tie to an organization; employment is optional and marked when it is one.
public final class Affiliation: Model, @unchecked Sendable {
    public static let schema = "affiliations"
    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: RegistryEntry
    @Parent(key: "organization_id") public var organization: Organization
    @OptionalField(key: "title") public var title: String?
    @Field(key: "is_employer") public var isEmployer: Bool
    public init() {}

    init(entryID: UUID, organizationID: UUID, title: String?, isEmployer: Bool) {
        self.$entry.id = entryID
        self.$organization.id = organizationID
        self.title = title
        self.isEmployer = isEmployer
    }
}
