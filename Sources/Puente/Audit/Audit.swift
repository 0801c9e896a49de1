// Records who changed personal data or exported it. Call it with the same database handle
// as the change (inside its transaction), so the change and its record stand or fall together.

import Fluent
import Foundation
import SQLKit
import Vapor

struct AuditActor: Sendable {
    let id: UUID?
    let email: String?
    let ip: String?

    static let system = AuditActor(id: nil, email: nil, ip: nil)
}

enum Audit {
    static func record(_ action: String, entityType: String, entityID: String?, summary: String,
                       by actor: AuditActor, on db: any Database) async throws {
        // A plain INSERT, not a model save: every change writes one of these.
        try await db.sql.insert(into: AuditEvent.schema)
            .columns("id", "actor_id", "actor_email", "action", "entity_type", "entity_id", "summary", "ip", "occurred_at")
            .values(SQLBind(UUID()), SQLBind(actor.id), SQLBind(actor.email), SQLBind(action), SQLBind(entityType),
                    SQLBind(entityID), SQLBind(summary), SQLBind(actor.ip), SQLBind(Date()))
            .run()
    }
}

extension Request {
    /// The signed-in person (or nobody) at this client address.
    var auditActor: AuditActor {
        AuditActor(id: currentUser?.id, email: currentUser?.email, ip: clientIP)
    }
}
