// A sent newsletter's (or segment message's) delivery rows are one per recipient: a program that
// mails 100,000 people twice a month writes 2.4 million a year. Past the retention each message
// keeps its counts in one column and its rows go, so its page shows the same numbers for ever.

import Fluent
import Foundation
import SQLKit

extension BulkQueue {
    /// Messages finished before `cutoff` at most `limit` at a time: a sweep stays short.
    func archiveDeliveries(sentBefore cutoff: Date, limit: Int = 50, on db: any Database) async throws {
        let due = try await db.sql.raw("""
            SELECT id FROM \(ident: messages)
            WHERE status = 'sent' AND sent_at < \(bind: cutoff) AND delivery_counts IS NULL
            LIMIT \(bind: limit)
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        for id in due {
            try await db.transaction { db in
                let counts = try await liveCounts(id, on: db)
                let json = String(decoding: try JSONEncoder().encode(counts), as: UTF8.self)
                try await db.sql.raw("UPDATE \(ident: messages) SET delivery_counts = \(bind: json) WHERE id = \(bind: id)").run()
                try await db.sql.raw("DELETE FROM \(ident: table) WHERE \(ident: messageColumn) = \(bind: id)").run()
            }
        }
    }

    /// The counts kept when the rows went, if they have.
    func archivedCounts(_ messageID: UUID, on db: any Database) async throws -> DeliveryCounts? {
        let row = try await db.sql.raw("SELECT delivery_counts FROM \(ident: messages) WHERE id = \(bind: messageID)").first()
        guard let json = try row?.decode(column: "delivery_counts", as: String?.self) else { return nil }
        return try JSONDecoder().decode(DeliveryCounts.self, from: Data(json.utf8))
    }
}

struct AddArchivedDeliveryCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for table in [Newsletter.schema, SegmentMessage.schema] {
            try await database.schema(table).field("delivery_counts", .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in [Newsletter.schema, SegmentMessage.schema] {
            try await database.schema(table).deleteField("delivery_counts").update()
        }
    }
}
