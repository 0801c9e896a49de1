// Registration counts per event, for the staff list.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

/// Confirmed and waitlisted counts per event, counted by the database.
struct EventCounts {
    var confirmed: [UUID: Int] = [:]
    var waitlisted: [UUID: Int] = [:]

    static func load(_ ids: [UUID], on db: any Database) async throws -> EventCounts {
        var counts = EventCounts()
        guard !ids.isEmpty else { return counts }
        struct Row: Decodable { let event_id: UUID; let status: String; let count: Int }
        let rows = try await db.sql.select().column("event_id").column("status").column(SQLFunction("COUNT", args: SQLLiteral.all),
                                                                                        as: "count")
            .from(EventRegistration.schema).where("event_id", .in, ids).groupBy("event_id").groupBy("status").all(decoding: Row.self)
        for row in rows {
            if row.status == EventRegistration.Status.confirmed.rawValue { counts.confirmed[row.event_id] = row.count }
            if row.status == EventRegistration.Status.waitlisted.rawValue { counts.waitlisted[row.event_id] = row.count }
        }
        return counts
    }
}
