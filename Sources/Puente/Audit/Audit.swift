// Records who changed personal data or exported it. Call it with the same database handle
// as the change (inside its transaction), so the change and its record stand or fall together.

import Fluent
import Foundation
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
        let event = AuditEvent(actorID: actor.id, actorEmail: actor.email, action: action,
                               entityType: entityType, entityID: entityID, summary: summary,
                               ip: actor.ip, occurredAt: Date())
        try await event.create(on: db)
    }
}

extension Request {
    /// The signed-in person (or nobody) at this client address.
    var auditActor: AuditActor {
        AuditActor(id: currentUser?.id, email: currentUser?.email, ip: clientIP)
    }
}
