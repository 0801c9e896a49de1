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
