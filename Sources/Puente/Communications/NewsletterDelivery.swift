// Delivers queued newsletter copies. The same lease discipline as the outbox (MailWorker): claim
// a batch with a lease, render and send it over one SMTP session, then record the batch only
// while the lease is still ours. A crash mid-batch sends that batch again, at most, with the
// same Message-IDs; nothing is lost.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

enum NewsletterDelivery {
    static let schema = "newsletter_deliveries"
}

final class NewsletterDeliveryWorker: Sendable {
    let db: any Database
    let transport: any MailTransport
    let config: AppConfig
    let signing: ListSigning
    let logger: Logger
    let owner: String
    let retry: RetrySchedule
    let leaseDuration: TimeInterval
    let batchSize: Int

    init(db: any Database, transport: any MailTransport, config: AppConfig, signing: ListSigning, logger: Logger,
         retry: RetrySchedule = RetrySchedule(), leaseDuration: TimeInterval = 60, batchSize: Int = 50) {
        self.db = db
        self.transport = transport
        self.config = config
        self.signing = signing
        self.logger = logger
        self.owner = "nl:\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
        self.retry = retry
        self.leaseDuration = leaseDuration
        self.batchSize = batchSize
    }

    private struct Claimed {
        let newsletterID: UUID
        let subscriptionID: UUID
        let attempts: Int
    }

    /// Claims, sends and records one batch; returns how many copies it recorded as sent.
    /// Keeps to the configured pace: at most `PUENTE_MAIL_RATE` a second and `PUENTE_MAIL_HOURLY_CAP` an hour.
    @discardableResult
    func runOnce(now: Date = Date()) async throws -> Int {
        var size = batchSize
        if config.mailHourlyCap > 0 {
            let lastHour = try await db.sql.raw("""
                SELECT count(*) AS n FROM newsletter_deliveries WHERE status = 'sent' AND sent_at > \(bind: now.addingTimeInterval(-3600))
                """).first()?.decode(column: "n", as: Int.self) ?? 0
            size = min(size, config.mailHourlyCap - lastHour)
            guard size > 0 else { return 0 }
        }
        let started = Date()
        let claimed = try await claim(now: now, limit: size)
        guard !claimed.isEmpty else { return 0 }

        let subscriptions = try await ListSubscription.query(on: db).filter(\.$id ~~ Set(claimed.map(\.subscriptionID))).all()
        let subscriptionsByID = Dictionary(uniqueKeysWithValues: subscriptions.map { ($0.id!, $0) })
        let newsletters = try await Newsletter.query(on: db).filter(\.$id ~~ Set(claimed.map(\.newsletterID))).all()
        let newslettersByID = Dictionary(uniqueKeysWithValues: newsletters.map { ($0.id!, $0) })
        let lists = try await MailingList.query(on: db).withDeleted().filter(\.$id ~~ Set(newsletters.map(\.$list.id))).all()
        let listsByID = Dictionary(uniqueKeysWithValues: lists.map { ($0.id!, $0) })
        let preferences = try await MailPreference.query(on: db).filter(\.$email ~~ Set(subscriptions.map(\.email))).all()
        let preferencesByEmail = Dictionary(preferences.map { ($0.email, $0) }, uniquingKeysWith: { first, _ in first })

        // Whoever left since it was queued (unsubscribed, switched bulk mail off, bounced out)
        // does not get it; their row is closed as skipped.
        var envelopes: [OutboxEnvelope] = []
        var sending: [Claimed] = []
        var skipped: [Claimed] = []
        let cache = NewsletterMessage.BodyCache()
        let composer = NewsletterMessage(config: config, signing: signing)
        for row in claimed {
            guard let subscription = subscriptionsByID[row.subscriptionID], let newsletter = newslettersByID[row.newsletterID],
                  let list = listsByID[newsletter.$list.id], subscription.status == .confirmed, list.deletedAt == nil,
                  preferencesByEmail[subscription.email].map({ !$0.noBulk && $0.heldAt == nil }) ?? true else {
                skipped.append(row)
                continue
            }
            let message = composer.message(newsletter, list: list, subscription: subscription,
                                           preference: preferencesByEmail[subscription.email], cache: cache)
            envelopes.append(OutboxEnvelope(id: NewsletterMessage.deliveryID(newsletter: row.newsletterID, subscription: row.subscriptionID),
                                            sender: Bounces.returnPath(list: list, subscription: subscription, config: config),
                                            recipients: [subscription.email], raw: message.rendered()))
            sending.append(row)
        }

        let results = envelopes.isEmpty ? [] : await transport.deliver(batch: envelopes)
        var sent: [Claimed] = []
        for (row, result) in zip(sending, results) {
            switch result {
            case .success: sent.append(row)
            case .failure(let error): try await recordFailure(row, error: error)
            }
        }
        try await record(sent, status: "sent")
        try await record(skipped, status: "skipped")
        try await finishNewsletters(Set(claimed.map(\.newsletterID)))
        if config.mailRatePerSecond > 0 {
            let due = Double(envelopes.count) / config.mailRatePerSecond - Date().timeIntervalSince(started)
            if due > 0 { try await Task.sleep(for: .milliseconds(Int(due * 1000))) }
        }
        return sent.count
    }

    private func claim(now: Date, limit: Int) async throws -> [Claimed] {
        // A read first: the worker asks every round, and on SQLite an UPDATE that finds nothing
        // still takes the one write lock that registrations and edits wait for.
        let due = try await db.sql.raw("""
            SELECT 1 AS due FROM newsletter_deliveries WHERE status = 'queued' AND next_attempt_at <= \(bind: now) LIMIT 1
            """).first()
        guard due != nil else { return [] }
        let rows = try await db.sql.raw("""
            UPDATE newsletter_deliveries SET lease_owner = \(bind: owner), lease_expires_at = \(bind: now.addingTimeInterval(leaseDuration))
            WHERE (newsletter_id, subscription_id) IN (
                SELECT newsletter_id, subscription_id FROM newsletter_deliveries
                WHERE status = 'queued' AND next_attempt_at <= \(bind: now)
                  AND (lease_expires_at IS NULL OR lease_expires_at < \(bind: now))
                ORDER BY next_attempt_at LIMIT \(bind: limit)\(db.skipLockedClause)
            )
            RETURNING newsletter_id, subscription_id, attempts
            """).all()
        return try rows.map {
            Claimed(newsletterID: try $0.decode(column: "newsletter_id", as: UUID.self),
                    subscriptionID: try $0.decode(column: "subscription_id", as: UUID.self),
                    attempts: try $0.decode(column: "attempts", as: Int.self))
        }
    }

    /// One statement per newsletter for the whole batch, and only rows this worker still leases.
    private func record(_ rows: [Claimed], status: String) async throws {
        guard !rows.isEmpty else { return }
        let now = Date()
        for (newsletterID, group) in Dictionary(grouping: rows, by: \.newsletterID) {
            for chunk in group.chunked(into: 500) {
                let ids = SQLGroupExpression(chunk.map { SQLBind($0.subscriptionID) as any SQLExpression })
                try await db.sql.raw("""
                    UPDATE newsletter_deliveries SET status = \(bind: status), sent_at = \(bind: now), attempts = attempts + 1,
                        lease_owner = NULL, lease_expires_at = NULL, last_error = NULL
                    WHERE newsletter_id = \(bind: newsletterID) AND lease_owner = \(bind: owner) AND status = 'queued'
                      AND subscription_id IN \(ids)
                    """).run()
            }
        }
    }

    private func recordFailure(_ row: Claimed, error: any Error) async throws {
        let attempts = row.attempts + 1
        let permanent = (error as? SMTPError)?.isPermanent == true
        let delay = permanent ? nil : retry.delay(afterAttempt: attempts)
        logger.warning("newsletter delivery failed", metadata: ["newsletter": "\(row.newsletterID)", "attempt": "\(attempts)", "error": "\(error)"])
        try await db.sql.raw("""
            UPDATE newsletter_deliveries SET status = \(bind: delay == nil ? (permanent ? "bounced" : "failed") : "queued"),
                attempts = \(bind: attempts), next_attempt_at = \(bind: Date().addingTimeInterval(delay ?? 0)),
                last_error = \(bind: String(String(describing: error).prefix(300))), lease_owner = NULL, lease_expires_at = NULL
            WHERE newsletter_id = \(bind: row.newsletterID) AND subscription_id = \(bind: row.subscriptionID) AND lease_owner = \(bind: owner)
            """).run()
    }

    /// A newsletter with nothing left queued is sent.
    private func finishNewsletters(_ ids: Set<UUID>) async throws {
        for id in ids {
            try await db.sql.raw("""
                UPDATE newsletters SET status = 'sent', sent_at = \(bind: Date())
                WHERE id = \(bind: id) AND status = 'sending'
                  AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries WHERE newsletter_id = \(bind: id) AND status = 'queued')
                """).run()
        }
    }
}
