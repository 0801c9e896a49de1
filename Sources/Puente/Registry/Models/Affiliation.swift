// A person's ties to organizations.

import Fluent
import Foundation

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
