// Messages to a segment from draft to sent: write (both languages), see how many it will reach,
// send a test to yourself, send. Sending resolves the segment again, makes a preferences row for
// every address that has none (the one-click link and bounce count hang off it), and queues one
// narrow row per address that still accepts bulk mail, all in one transaction; audited.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

struct SegmentMessageService {
    let db: any Database
    let config: AppConfig
    let signing: ListSigning
    let actor: AuditActor

    enum Failure: Error, Equatable {
        /// Already sending or sent.
        case notEditable(SegmentMessage.Status)
    }

    /// What the page shows before sending.
    struct Reach: Sendable, Equatable {
        /// Addresses it will be sent to.
        var recipients = 0
        /// Addresses in the segment that switched bulk mail off or are held after bounces.
        var optedOut = 0
        /// People in the segment with no email address.
        var withoutEmail = 0
    }

    var recipients: SegmentRecipients { SegmentRecipients(db: db, config: config) }

    private func check(_ segment: Segment, _ input: NewsletterInput) async throws -> NewsletterInput {
        try await recipients.check(segment)
        let clean = try input.checked()
        let sample = SegmentMessage(segment: segment, subject: clean.subject ?? "", markdown: clean.markdown ?? "",
                                    subjectEs: clean.subjectEs, markdownEs: clean.markdownEs, createdBy: nil)
        try clean.checkSize { SegmentMail(config: config, signing: signing).sampleSize(sample, language: $0) }
        return clean
    }

    func create(_ segment: Segment, _ input: NewsletterInput, by user: User) async throws -> SegmentMessage {
        let clean = try await check(segment, input)
        let message = SegmentMessage(segment: segment, subject: clean.subject ?? "", markdown: clean.markdown ?? "",
                                     subjectEs: clean.subjectEs, markdownEs: clean.markdownEs, createdBy: user.id)
        try await db.transaction { db in
            try await message.create(on: db)
            try await Audit.record(.segmentMessageCreate, entityType: .segmentMessage, entityID: message.id!.uuidString,
                                   summary: message.subject, by: actor, on: db)
        }
        return message
    }

    func update(_ message: SegmentMessage, _ segment: Segment, _ input: NewsletterInput) async throws {
        guard message.status == .draft else { throw Failure.notEditable(message.status) }
        let clean = try await check(segment, input)
        message.segmentJSON = segment.json
        message.subject = clean.subject ?? ""
        message.markdown = clean.markdown ?? ""
        message.subjectEs = clean.subjectEs
        message.markdownEs = clean.markdownEs
        try await message.save(on: db)
    }

    func reach(_ segment: Segment) async throws -> Reach {
        let resolved = try await recipients.resolve(segment)
        var blocked = 0
        for chunk in resolved.recipients.map(\.email).chunked(into: 500) {
            blocked += try await MailPreference.query(on: db).filter(\.$email ~~ Array(chunk))
                .group(.or) { $0.filter(\.$noBulk == true).filter(\.$heldAt != nil) }.count()
        }
        return Reach(recipients: resolved.recipients.count - blocked, optedOut: blocked, withoutEmail: resolved.withoutEmail)
    }

    /// Queues it for everyone in the segment who accepts bulk mail; 409 (`notEditable`) when it
    /// was sent already. Returns how many it will reach.
    func send(_ message: SegmentMessage, now: Date = Date()) async throws -> Int {
        guard let segment = message.segment else { throw Abort(.internalServerError, reason: "unreadable segment") }
        let id = message.id!
        // Reads first, outside the transaction, which then writes first: on SQLite a transaction
        // that reads and then writes can fail at once under WAL.
        let resolved = try await recipients.resolve(segment)
        let audience = try await recipients.describe(segment, in: .en)
        let count = try await db.transaction { db -> Int? in
            let claimed = try await db.sql.raw("""
                UPDATE segment_messages SET status = 'sending', started_at = \(bind: now), audience = \(bind: audience)
                WHERE id = \(bind: id) AND status = 'draft' RETURNING id
                """).all()
            guard !claimed.isEmpty else { return nil }
            for chunk in resolved.recipients.chunked(into: 200) {
                let rows = chunk.map { SQLGroupExpression([SQLBind(UUID()), SQLBind($0.email), SQLBind(false), SQLBind(0.0)]) as any SQLExpression }
                try await db.sql.raw("""
                    INSERT INTO mail_preferences (id, email, no_bulk, bounce_score) VALUES \(SQLList(rows)) ON CONFLICT (email) DO NOTHING
                    """).run()
                // VALUES names its columns column1, column2… in SQLite and PostgreSQL alike.
                let people = chunk.map { SQLGroupExpression([SQLBind($0.email), SQLBind($0.name), SQLBind($0.language.rawValue)]) as any SQLExpression }
                try await db.sql.raw("""
                    INSERT INTO segment_deliveries (message_id, preference_id, name, language, status, attempts, next_attempt_at)
                    SELECT \(bind: id), p.id, v.column2, v.column3, 'queued', 0, \(bind: now)
                    FROM (VALUES \(SQLList(people))) AS v JOIN mail_preferences p ON p.email = v.column1
                    WHERE p.no_bulk = \(bind: false) AND p.held_at IS NULL
                    """).run()
            }
            let count = try await BulkQueue.segments.recordQueued(id, now: now, on: db)
            try await Audit.record(.segmentMessageSend, entityType: .segmentMessage, entityID: id.uuidString,
                                   summary: "\(message.subject) to \(count) recipients (\(audience))", by: actor, on: db)
            return count
        }
        guard let count else {
            let current = try await SegmentMessage.find(id, on: db)
            throw Failure.notEditable(current?.status ?? message.status)
        }
        return count
    }

    /// A copy to the staff member, in the language they choose, through the ordinary outbox.
    func sendTest(_ message: SegmentMessage, to user: User, language: Language) async throws {
        try await Outbox.enqueue(SegmentMail(config: config, signing: signing).test(message, to: user, language: language), on: db)
    }

    func counts(_ message: SegmentMessage) async throws -> DeliveryCounts {
        try await BulkQueue.segments.counts(message.id!, on: db)
    }
}

extension Request {
    var segmentMessages: SegmentMessageService {
        SegmentMessageService(db: db, config: config, signing: listSigning, actor: auditActor)
    }
}
