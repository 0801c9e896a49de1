// One audited action: who did what to which record, when and from where.

import Fluent
import Foundation

public final class AuditEvent: Model, @unchecked Sendable {
    public static let schema = "audit_events"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "actor_id") public var actorID: UUID?
    /// Kept as text so the trail survives the actor's account being deleted.
    @OptionalField(key: "actor_email") public var actorEmail: String?
    /// Verb-first, dotted: `user.create`, `user.roles.update`, `registry.export`.
    @Field(key: "action") public var action: String
    @Field(key: "entity_type") public var entityType: String
    @OptionalField(key: "entity_id") public var entityID: String?
    @Field(key: "summary") public var summary: String
    @OptionalField(key: "ip") public var ip: String?
    @Field(key: "occurred_at") public var occurredAt: Date

    public init() {}

    init(actorID: UUID?, actorEmail: String?, action: String, entityType: String, entityID: String?,
         summary: String, ip: String?, occurredAt: Date) {
        self.actorID = actorID
        self.actorEmail = actorEmail
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.summary = summary
        self.ip = ip
        self.occurredAt = occurredAt
    }
}
