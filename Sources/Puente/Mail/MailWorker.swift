// Delivers the outbox. Claims due rows with a lease (SKIP LOCKED on PostgreSQL; SQLite has one
// writer at a time, so the same UPDATE is atomic there), delivers, then records the result only
// if it still holds the lease: delivered at least once, recorded exactly once.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

final class MailWorker: Sendable {
    let db: any Database
    let transport: any MailTransport
    let logger: Logger
    let owner: String
    let retry: RetrySchedule
    let leaseDuration: TimeInterval
    let batchSize: Int

    init(db: any Database, transport: any MailTransport, logger: Logger,
         retry: RetrySchedule = RetrySchedule(), leaseDuration: TimeInterval = 30, batchSize: Int = 20) {
        self.db = db
        self.transport = transport
        self.logger = logger
        self.owner = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
        self.retry = retry
        self.leaseDuration = leaseDuration
        self.batchSize = batchSize
    }

    /// Claims and delivers one batch; returns how many messages this call recorded as sent.
    @discardableResult
    func runOnce(now: Date = Date()) async throws -> Int {
        let claimed = try await claim(now: now)
        guard !claimed.isEmpty else { return 0 }
        return try await LeaseKeeper.whileRunning(renewEvery: leaseDuration / 3, renew: { [self] in try await renewLease() }) {
            var sent = 0
            for message in claimed {
                if try await deliver(message) { sent += 1 }
            }
            return sent
        }
    }

    private func renewLease() async throws {
        try await db.sql.raw("""
            UPDATE outbox_messages SET lease_expires_at = \(bind: Date().addingTimeInterval(leaseDuration))
            WHERE lease_owner = \(bind: owner) AND status = 'pending'
            """).run()
    }

    func claim(now: Date) async throws -> [OutboxMessage] {
        let sql = db.sql
        let lock = db.skipLockedClause
        let rows = try await sql.raw("""
            UPDATE outbox_messages SET lease_owner = \(bind: owner), lease_expires_at = \(bind: now.addingTimeInterval(leaseDuration))
            WHERE id IN (
                SELECT id FROM outbox_messages
                WHERE status = 'pending' AND next_attempt_at <= \(bind: now)
                  AND (lease_expires_at IS NULL OR lease_expires_at < \(bind: now))
                ORDER BY next_attempt_at LIMIT \(bind: batchSize)\(lock)
            )
            RETURNING id
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return [] }
        return try await OutboxMessage.query(on: db).filter(\.$id ~~ ids).sort(\.$nextAttemptAt).all()
    }

    private func deliver(_ message: OutboxMessage) async throws -> Bool {
        let envelope = OutboxEnvelope(id: message.id!, sender: message.sender,
                                      recipients: message.recipient.split(separator: ",").map(String.init),
                                      raw: message.raw)
        do {
            try await transport.deliver(envelope)
        } catch {
            try await recordFailure(message, error: error)
            return false
        }
        let updated = try await db.sql.raw("""
            UPDATE outbox_messages SET status = 'sent', sent_at = \(bind: Date()), attempts = attempts + 1,
                lease_owner = NULL, lease_expires_at = NULL, last_error = NULL
            WHERE id = \(bind: message.id!) AND lease_owner = \(bind: owner) AND status = 'pending'
            RETURNING id
            """).all()
        if updated.isEmpty {
            logger.warning("outbox lease lost before recording delivery", metadata: ["message": "\(message.id!)"])
        }
        return !updated.isEmpty
    }

    private func recordFailure(_ message: OutboxMessage, error: any Error) async throws {
        let attempts = message.attempts + 1
        let delay = (error as? SMTPError)?.isPermanent == true && attempts >= 3 ? nil : retry.delay(afterAttempt: attempts)
        let status: OutboxMessage.Status = delay == nil ? .failed : .pending
        let next = Date().addingTimeInterval(delay ?? 0)
        logger.warning("mail delivery failed", metadata: [
            "message": "\(message.id!)", "attempt": "\(attempts)", "error": "\(error)", "status": "\(status.rawValue)",
        ])
        try await db.sql.raw("""
            UPDATE outbox_messages SET status = \(bind: status.rawValue), attempts = \(bind: attempts),
                next_attempt_at = \(bind: next), last_error = \(bind: String(describing: error).prefix(500).description),
                lease_owner = NULL, lease_expires_at = NULL
            WHERE id = \(bind: message.id!) AND lease_owner = \(bind: owner)
            """).run()
    }
}

/// Runs the worker in a loop until told to stop; a stop waits for the batch in flight.
/// Between batches it also runs its chores, each at its own interval (housekeeping, event reminders).
actor MailWorkerLoop {
    struct Chore: Sendable {
        let name: String
        let interval: TimeInterval
        let run: @Sendable () async throws -> Void
    }

    private let worker: MailWorker
    /// Bulk mail (newsletters, messages to a segment) goes after the outbox: a password reset never
    /// waits behind 100,000 newsletter copies.
    private let bulk: BulkDeliveryWorker?
    private let idleInterval: Duration
    private let chores: [Chore]
    private var task: Task<Void, Never>?
    private var stopping = false
    private var lastRun: [String: Date] = [:]

    init(worker: MailWorker, bulk: BulkDeliveryWorker? = nil, idleInterval: Duration = .seconds(2), chores: [Chore] = []) {
        self.worker = worker
        self.bulk = bulk
        self.idleInterval = idleInterval
        self.chores = chores
    }

    func start() {
        guard task == nil else { return }
        task = Task { await self.loop() }
    }

    private func loop() async {
        while !stopping {
            for chore in chores where Date().timeIntervalSince(lastRun[chore.name] ?? .distantPast) > chore.interval {
                lastRun[chore.name] = Date()
                do { try await chore.run() } catch {
                    worker.logger.error("\(chore.name) failed", metadata: ["error": "\(error)"])
                }
            }
            do {
                let sent = try await worker.runOnce()
                if sent > 0 { continue }
            } catch {
                worker.logger.error("mail worker batch failed", metadata: ["error": "\(error)"])
            }
            do {
                if let bulk, try await bulk.runOnce() > 0 { continue }
            } catch {
                worker.logger.error("bulk mail batch failed", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: idleInterval)
        }
    }

    /// Finishes the in-flight batch, then returns.
    func stop() async {
        stopping = true
        await task?.value
        task = nil
    }
}
