// A registry entry's status history.

import Fluent
import Foundation
import PuenteCore

/// A status change, kept forever: who, when, from what to what, and why.
public final class RegistryStatusChange: Model, @unchecked Sendable {
    public static let schema = "registry_status_changes"
    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: RegistryEntry
    @OptionalField(key: "from_status") public var fromStatus: String?
    @Field(key: "to_status") public var toStatus: String
    @OptionalField(key: "reason") public var reason: String?
    @OptionalField(key: "actor_email") public var actorEmail: String?
    @Field(key: "changed_at") public var changedAt: Date
    public init() {}
}
