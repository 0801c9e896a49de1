// Delivers queued bulk mail: newsletters and messages to a segment. The same lease discipline as
// the outbox (MailWorker): claim a batch with a lease, render and send it over one SMTP session,
// then record the batch only while the lease is still ours. A crash mid-batch sends that batch
// again, at most, with the same Message-IDs; nothing is lost.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

/// One kind of bulk mail's delivery rows: a table keyed by (message, recipient) with the status
/// and lease columns, and the table of the messages it finishes.
struct BulkQueue: Sendable {
    let table: String
    let messageColumn: String
    let recipientColumn: String
    let messages: String

    static let newsletters = BulkQueue(table: NewsletterDelivery.schema, messageColumn: "newsletter_id", recipientColumn: "subscription_id",
                                       messages: Newsletter.schema)
    static let segments = BulkQueue(table: SegmentDelivery.schema, messageColumn: "message_id", recipientColumn: "preference_id",
                                    messages: SegmentMessage.schema)

    struct Row: Sendable, Hashable {
        let message: UUID
        let recipient: UUID
        let attempts: Int

        struct Key: Hashable {
            let message: UUID
            let recipient: UUID
        }

        var key: Key { Key(message: message, recipient: recipient) }
    }
}

/// What a kind of bulk mail tells the worker: its queue, and how each claimed row becomes a message.
protocol BulkMailSource: Sendable {
    var queue: BulkQueue { get }
    /// Each row's envelope, in order; nil for a recipient who left since it was queued
    /// (unsubscribed, switched bulk mail off, bounced out): that row is closed as skipped.
    func envelopes(for rows: [BulkQueue.Row], on db: any Database) async throws -> [OutboxEnvelope?]
}

final class BulkDeliveryWorker: Sendable {
    let db: any Database
    let transport: any MailTransport
    let sources: [any BulkMailSource]
    let config: AppConfig
    let logger: Logger
    let owner: String
    let retry: RetrySchedule
    let leaseDuration: TimeInterval
    let batchSize: Int

    init(db: any Database, transport: any MailTransport, sources: [any BulkMailSource], config: AppConfig, logger: Logger,
         retry: RetrySchedule = RetrySchedule(), leaseDuration: TimeInterval = 30, batchSize: Int = 50) {
        self.db = db
        self.transport = transport
        self.sources = sources
        self.config = config
        self.logger = logger
        self.owner = "bulk:\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
        self.retry = retry
        self.leaseDuration = leaseDuration
        self.batchSize = batchSize
    }

    /// Newsletters and messages to a segment, each in its own batch, so neither waits for the other.
    convenience init(db: any Database, transport: any MailTransport, config: AppConfig, signing: ListSigning, logger: Logger,
                     retry: RetrySchedule = RetrySchedule(), leaseDuration: TimeInterval = 30, batchSize: Int = 50) {
        self.init(db: db, transport: transport, sources: [NewsletterMailSource(config: config, signing: signing),
                                                          SegmentMailSource(config: config, signing: signing)],
                  config: config, logger: logger, retry: retry, leaseDuration: leaseDuration, batchSize: batchSize)
    }

    /// Claims, sends and records one batch of each source; returns how many copies it recorded as sent.
    /// Keeps to the configured pace: at most `PUENTE_MAIL_RATE` a second and `PUENTE_MAIL_HOURLY_CAP` an hour.
    @discardableResult
    func runOnce(now: Date = Date()) async throws -> Int {
        var total = 0
        for source in sources {
            total += try await runOnce(source, now: now)
        }
        return total
    }

    private func runOnce(_ source: any BulkMailSource, now: Date) async throws -> Int {
        let queue = source.queue
        var size = batchSize
        if config.mailHourlyCap > 0 {
            size = min(size, config.mailHourlyCap - (try await sentInLastHour(now: now)))
            guard size > 0 else { return 0 }
        }
        let started = Date()
        let claimed = try await claim(queue, now: now, limit: size)
        guard !claimed.isEmpty else { return 0 }

        let made = try await source.envelopes(for: claimed, on: db)
        var envelopes: [OutboxEnvelope] = []
        var sending: [BulkQueue.Row] = []
        var skipped: [BulkQueue.Row] = []
        for (row, envelope) in zip(claimed, made) {
            if let envelope {
                envelopes.append(envelope)
                sending.append(row)
            } else {
                skipped.append(row)
            }
        }

        let results = envelopes.isEmpty ? [] : try await LeaseKeeper.whileRunning(renewEvery: leaseDuration / 3, renew: { [self] in
            try await renewLease(queue)
        }) { await transport.deliver(batch: envelopes) }
        var sent: [BulkQueue.Row] = []
        for (row, result) in zip(sending, results) {
            switch result {
            case .success: sent.append(row)
            case .failure(let error): try await recordFailure(queue, row, error: error)
            }
        }
        try await record(queue, sent, status: "sent")
        try await record(queue, skipped, status: "skipped")
        try await finish(queue, Set(claimed.map(\.message)))
        if config.mailRatePerSecond > 0 {
            let due = Double(envelopes.count) / config.mailRatePerSecond - Date().timeIntervalSince(started)
            if due > 0 { try await Task.sleep(for: .milliseconds(Int(due * 1000))) }
        }
        return sent.count
    }

    private func renewLease(_ queue: BulkQueue) async throws {
        try await db.sql.raw("""
            UPDATE \(ident: queue.table) SET lease_expires_at = \(bind: Date().addingTimeInterval(leaseDuration))
            WHERE lease_owner = \(bind: owner) AND status = 'queued'
            """).run()
    }

    /// The hourly cap is the relay's, so it counts every kind of bulk mail together.
    private func sentInLastHour(now: Date) async throws -> Int {
        var count = 0
        for source in sources {
            count += try await db.sql.raw("""
                SELECT count(*) AS n FROM \(ident: source.queue.table) WHERE status = 'sent' AND sent_at > \(bind: now.addingTimeInterval(-3600))
                """).first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return count
    }

    private func claim(_ queue: BulkQueue, now: Date, limit: Int) async throws -> [BulkQueue.Row] {
        // A read first: the worker asks every round, and on SQLite an UPDATE that finds nothing
        // still takes the one write lock that registrations and edits wait for.
        let due = try await db.sql.raw("""
            SELECT 1 AS due FROM \(ident: queue.table) WHERE status = 'queued' AND next_attempt_at <= \(bind: now) LIMIT 1
            """).first()
        guard due != nil else { return [] }
        let rows = try await db.sql.raw("""
            UPDATE \(ident: queue.table) SET lease_owner = \(bind: owner), lease_expires_at = \(bind: now.addingTimeInterval(leaseDuration))
            WHERE (\(ident: queue.messageColumn), \(ident: queue.recipientColumn)) IN (
                SELECT \(ident: queue.messageColumn), \(ident: queue.recipientColumn) FROM \(ident: queue.table)
                WHERE status = 'queued' AND next_attempt_at <= \(bind: now)
                  AND (lease_expires_at IS NULL OR lease_expires_at < \(bind: now))
                ORDER BY next_attempt_at LIMIT \(bind: limit)\(db.skipLockedClause)
            )
            RETURNING \(ident: queue.messageColumn) AS message, \(ident: queue.recipientColumn) AS recipient, attempts
            """).all()
        return try rows.map {
            BulkQueue.Row(message: try $0.decode(column: "message", as: UUID.self),
                          recipient: try $0.decode(column: "recipient", as: UUID.self),
                          attempts: try $0.decode(column: "attempts", as: Int.self))
        }
    }

    /// One statement per message for the whole batch, and only rows this worker still leases.
    private func record(_ queue: BulkQueue, _ rows: [BulkQueue.Row], status: String) async throws {
        guard !rows.isEmpty else { return }
        let now = Date()
        for (messageID, group) in Dictionary(grouping: rows, by: \.message) {
            for chunk in group.chunked(into: 500) {
                let ids = SQLGroupExpression(chunk.map { SQLBind($0.recipient) as any SQLExpression })
                try await db.sql.raw("""
                    UPDATE \(ident: queue.table) SET status = \(bind: status), sent_at = \(bind: now), attempts = attempts + 1,
                        lease_owner = NULL, lease_expires_at = NULL, last_error = NULL
                    WHERE \(ident: queue.messageColumn) = \(bind: messageID) AND lease_owner = \(bind: owner) AND status = 'queued'
                      AND \(ident: queue.recipientColumn) IN \(ids)
                    """).run()
            }
        }
    }

    private func recordFailure(_ queue: BulkQueue, _ row: BulkQueue.Row, error: any Error) async throws {
        let attempts = row.attempts + 1
        let permanent = (error as? SMTPError)?.isPermanent == true
        let delay = permanent ? nil : retry.delay(afterAttempt: attempts)
        logger.warning("bulk delivery failed", metadata: ["table": "\(queue.table)", "message": "\(row.message)", "attempt": "\(attempts)",
                                                          "error": "\(error)"])
        try await db.sql.raw("""
            UPDATE \(ident: queue.table) SET status = \(bind: delay == nil ? (permanent ? "bounced" : "failed") : "queued"),
                attempts = \(bind: attempts), next_attempt_at = \(bind: Date().addingTimeInterval(delay ?? 0)),
                last_error = \(bind: String(String(describing: error).prefix(300))), lease_owner = NULL, lease_expires_at = NULL
            WHERE \(ident: queue.messageColumn) = \(bind: row.message) AND \(ident: queue.recipientColumn) = \(bind: row.recipient)
              AND lease_owner = \(bind: owner)
            """).run()
    }

    /// A message with nothing left queued is sent.
    private func finish(_ queue: BulkQueue, _ ids: Set<UUID>) async throws {
        for id in ids {
            try await db.sql.raw("""
                UPDATE \(ident: queue.messages) SET status = 'sent', sent_at = \(bind: Date())
                WHERE id = \(bind: id) AND status = 'sending'
                  AND NOT EXISTS (SELECT 1 FROM \(ident: queue.table) WHERE \(ident: queue.messageColumn) = \(bind: id) AND status = 'queued')
                """).run()
        }
    }
}

extension BulkQueue {
    /// After queueing, inside the send's transaction: writes how many rows were queued on the
    /// message, and marks a message with nobody to reach as sent. Returns the count.
    func recordQueued(_ messageID: UUID, now: Date, on db: any Database) async throws -> Int {
        let count = try await db.sql.raw("SELECT count(*) AS n FROM \(ident: table) WHERE \(ident: messageColumn) = \(bind: messageID)")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        try await db.sql.raw("UPDATE \(ident: messages) SET recipients = \(bind: count) WHERE id = \(bind: messageID)").run()
        if count == 0 {
            try await db.sql.raw("UPDATE \(ident: messages) SET status = 'sent', sent_at = \(bind: now) WHERE id = \(bind: messageID)").run()
        }
        return count
    }

    /// Each status's count for one message: what its page and the API show.
    func counts(_ messageID: UUID, on db: any Database) async throws -> DeliveryCounts {
        if let archived = try await archivedCounts(messageID, on: db) { return archived }
        return try await liveCounts(messageID, on: db)
    }

    func liveCounts(_ messageID: UUID, on db: any Database) async throws -> DeliveryCounts {
        let rows = try await db.sql.raw("""
            SELECT status, count(*) AS n FROM \(ident: table) WHERE \(ident: messageColumn) = \(bind: messageID) GROUP BY status
            """).all()
        var counts = DeliveryCounts()
        for row in rows {
            let n = try row.decode(column: "n", as: Int.self)
            switch try row.decode(column: "status", as: String.self) {
            case "queued": counts.queued = n
            case "sent": counts.sent = n
            case "bounced": counts.bounced = n
            case "skipped": counts.skipped = n
            default: counts.failed += n
            }
        }
        return counts
    }
}

struct DeliveryCounts: Content, Equatable {
    var queued = 0
    var sent = 0
    var bounced = 0
    var failed = 0
    var skipped = 0
}
