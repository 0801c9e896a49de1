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
    struct Entry: Sendable {
        let action: Action
        let entityType: Entity
        let entityID: String?
        let summary: String
        let actor: AuditActor
    }

    static func record(_ action: Action, entityType: Entity, entityID: String?, summary: String,
                       by actor: AuditActor, on db: any Database) async throws {
        try await record([Entry(action: action, entityType: entityType, entityID: entityID, summary: summary, actor: actor)], on: db)
    }

    /// Plain multi-row INSERTs, not model saves: every change writes one of these.
    static func record(_ entries: [Entry], on db: any Database) async throws {
        let now = Date()
        for chunk in entries.chunked(into: 200) {
            var insert = db.sql.insert(into: AuditEvent.schema)
                .columns("id", "actor_id", "actor_email", "action", "entity_type", "entity_id", "summary", "ip", "occurred_at")
            for entry in chunk {
                insert = insert.values(SQLBind(UUID()), SQLBind(entry.actor.id), SQLBind(entry.actor.email), SQLBind(entry.action.rawValue),
                                       SQLBind(entry.entityType.rawValue), SQLBind(entry.entityID), SQLBind(entry.summary), SQLBind(entry.actor.ip), SQLBind(now))
            }
            try await insert.run()
        }
    }
}

extension Request {
    /// The signed-in person (or nobody) at this client address.
    var auditActor: AuditActor {
        AuditActor(id: currentUser?.id, email: currentUser?.email, ip: clientIP)
    }
}
