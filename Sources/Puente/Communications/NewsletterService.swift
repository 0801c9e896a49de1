// Newsletters from draft to sent: write (both languages), preview, test to yourself, schedule or
// send now, cancel before it starts. Sending queues one narrow delivery row per confirmed
// subscriber in a single statement; the worker renders each message when it sends it.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

/// A Markdown message in English, Spanish or both: a newsletter, or a message to a segment.
struct NewsletterInput: Content {
    var subject: String?
    var markdown: String?
    var subjectEs: String?
    var markdownEs: String?

    /// At least one whole language, both halves of Spanish when there is any, bounded lengths.
    func checked() throws -> NewsletterInput {
        var errors = FormErrors()
        var clean = self
        clean.subject = subject?.trimmingCharacters(in: .whitespaces)
        clean.subjectEs = subjectEs?.trimmingCharacters(in: .whitespaces).nonEmpty
        clean.markdownEs = markdownEs?.nilIfBlank
        let english = (clean.subject ?? "").isEmpty == false && (clean.markdown ?? "").nilIfBlank != nil
        let spanish = clean.subjectEs != nil && clean.markdownEs != nil
        if !english && !spanish {
            if (clean.subject ?? "").isEmpty { errors.add("subject", .fieldRequired) }
            if (clean.markdown ?? "").nilIfBlank == nil { errors.add("markdown", .fieldRequired) }
        }
        if (clean.subjectEs != nil) != (clean.markdownEs != nil) { errors.add(clean.subjectEs == nil ? "subjectEs" : "markdownEs", .newsletterSpanishIncomplete) }
        for (field, value) in [("subject", clean.subject ?? ""), ("subjectEs", clean.subjectEs ?? "")] {
            if value.count > 200 { errors.add(field, .textTooLong) }
            if ControlCharacters.present(in: value) { errors.add(field, .nameControlCharacters) }
        }
        for (field, value) in [("markdown", clean.markdown ?? ""), ("markdownEs", clean.markdownEs ?? "")] where value.count > NewsletterService.maxMarkdown {
            errors.add(field, .newsletterTooLong)
        }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        return clean
    }

    /// Every copy, in each language, stays under 100 KB as rendered (`size` renders one).
    func checkSize(_ size: (Language) -> Int) throws {
        var errors = FormErrors()
        for language in Language.allCases where size(language) > NewsletterService.maxMessageBytes {
            errors.add(language == .es ? "markdownEs" : "markdown", .newsletterTooLong)
        }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
    }

    init(subject: String? = nil, markdown: String? = nil, subjectEs: String? = nil, markdownEs: String? = nil) {
        self.subject = subject
        self.markdown = markdown
        self.subjectEs = subjectEs
        self.markdownEs = markdownEs
    }

    init(_ message: some BilingualMessage) {
        self.init(subject: message.subject, markdown: message.markdown, subjectEs: message.subjectEs, markdownEs: message.markdownEs)
    }
}

struct NewsletterService {
    let db: any Database
    let config: AppConfig
    let signing: ListSigning
    let actor: AuditActor

    /// Keeps every message under 100 KB with both bodies base64-encoded.
    static let maxMarkdown = 20_000
    static let maxMessageBytes = 100 * 1024

    enum Failure: Error, Equatable {
        /// Already sending, sent or cancelled.
        case notEditable(Newsletter.Status)
    }

    func check(_ input: NewsletterInput, for list: MailingList) throws -> NewsletterInput {
        let clean = try input.checked()
        // The rendered message, not the Markdown, is what must stay small.
        let sample = Newsletter(listID: list.id!, subject: clean.subject ?? "", markdown: clean.markdown ?? "",
                                subjectEs: clean.subjectEs, markdownEs: clean.markdownEs, createdBy: nil)
        try clean.checkSize { NewsletterMessage(config: config, signing: signing).sampleSize(sample, list: list, language: $0) }
        return clean
    }

    func create(_ input: NewsletterInput, for list: MailingList, by user: User) async throws -> Newsletter {
        let clean = try check(input, for: list)
        let newsletter = Newsletter(listID: list.id!, subject: clean.subject ?? "", markdown: clean.markdown ?? "",
                                    subjectEs: clean.subjectEs, markdownEs: clean.markdownEs, createdBy: user.id)
        try await db.transaction { db in
            try await newsletter.create(on: db)
            try await Audit.record(.newsletterCreate, entityType: .newsletter, entityID: newsletter.id!.uuidString,
                                   summary: "\(list.slug): \(newsletter.subject)", by: actor, on: db)
        }
        return newsletter
    }

    func update(_ newsletter: Newsletter, _ input: NewsletterInput, list: MailingList) async throws {
        guard newsletter.isEditable else { throw Failure.notEditable(newsletter.status) }
        let clean = try check(input, for: list)
        newsletter.subject = clean.subject ?? ""
        newsletter.markdown = clean.markdown ?? ""
        newsletter.subjectEs = clean.subjectEs
        newsletter.markdownEs = clean.markdownEs
        try await newsletter.save(on: db)
    }

    /// Starts sending now: 409 (`notEditable`) for a newsletter already sending, sent or
    /// cancelled. Returns how many people it will reach.
    func send(_ newsletter: Newsletter, now: Date = Date()) async throws -> Int {
        let id = newsletter.id!
        let recipients = try await db.transaction { db -> Int? in
            // The claim comes first and writes: on SQLite a transaction that reads first and then
            // writes can fail at once under WAL, and this is also what makes a second send a 409.
            let claimed = try await db.sql.raw("""
                UPDATE newsletters SET status = 'sending', started_at = \(bind: now), scheduled_for = NULL
                WHERE id = \(bind: id) AND status IN ('draft', 'scheduled') RETURNING id
                """).all()
            guard !claimed.isEmpty else { return nil }
            try await db.sql.raw("""
                INSERT INTO newsletter_deliveries (newsletter_id, subscription_id, status, attempts, next_attempt_at)
                SELECT \(bind: id), s.id, 'queued', 0, \(bind: now) FROM list_subscriptions s
                WHERE s.list_id = \(bind: newsletter.$list.id) AND s.status = 'confirmed'
                  AND NOT EXISTS (SELECT 1 FROM mail_preferences p WHERE p.email = s.email AND (p.no_bulk = \(bind: true) OR p.held_at IS NOT NULL))
                """).run()
            let count = try await BulkQueue.newsletters.recordQueued(id, now: now, on: db)
            try await Audit.record(.newsletterSend, entityType: .newsletter, entityID: id.uuidString,
                                   summary: "\(newsletter.subject) to \(count) recipients", by: actor, on: db)
            return count
        }
        guard let recipients else {
            let current = try await Newsletter.find(id, on: db)
            throw Failure.notEditable(current?.status ?? newsletter.status)
        }
        return recipients
    }

    func schedule(_ newsletter: Newsletter, at date: Date) async throws {
        guard newsletter.isEditable else { throw Failure.notEditable(newsletter.status) }
        guard date > Date() else {
            var errors = FormErrors()
            errors.add("scheduledFor", .newsletterScheduleInPast)
            throw ValidationFailure(errors: errors)
        }
        let updated = try await db.sql.raw("""
            UPDATE newsletters SET status = 'scheduled', scheduled_for = \(bind: date)
            WHERE id = \(bind: newsletter.id!) AND status IN ('draft', 'scheduled') RETURNING id
            """).all()
        guard !updated.isEmpty else { throw Failure.notEditable(newsletter.status) }
        try await Audit.record(.newsletterSchedule, entityType: .newsletter, entityID: newsletter.id!.uuidString,
                               summary: "\(newsletter.subject) at \(date)", by: actor, on: db)
    }

    /// Only before it starts: once mail is leaving, some of it has left.
    func cancel(_ newsletter: Newsletter) async throws {
        let updated = try await db.sql.raw("""
            UPDATE newsletters SET status = 'cancelled', scheduled_for = NULL
            WHERE id = \(bind: newsletter.id!) AND status IN ('draft', 'scheduled') RETURNING id
            """).all()
        guard !updated.isEmpty else { throw Failure.notEditable(newsletter.status) }
        try await Audit.record(.newsletterCancel, entityType: .newsletter, entityID: newsletter.id!.uuidString,
                               summary: newsletter.subject, by: actor, on: db)
    }

    /// A copy to the staff member, in the language they choose, through the ordinary outbox.
    func sendTest(_ newsletter: Newsletter, list: MailingList, to user: User, language: Language) async throws {
        let message = NewsletterMessage(config: config, signing: signing).test(newsletter, list: list, to: user, language: language)
        try await Outbox.enqueue(message, on: db)
    }

    /// Starts every scheduled newsletter whose time has come (a worker chore).
    static func startDue(on db: any Database, config: AppConfig, signing: ListSigning, now: Date = Date()) async throws {
        let due = try await Newsletter.query(on: db).filter(\.$status == .scheduled).filter(\.$scheduledFor <= now).all()
        let service = NewsletterService(db: db, config: config, signing: signing, actor: .system)
        for newsletter in due {
            _ = try? await service.send(newsletter, now: now)
        }
    }

    func counts(_ newsletterID: UUID) async throws -> DeliveryCounts {
        try await BulkQueue.newsletters.counts(newsletterID, on: db)
    }
}

extension Request {
    var newsletters: NewsletterService {
        NewsletterService(db: db, config: config, signing: listSigning, actor: auditActor)
    }
}

extension String {
    /// Nil when only white space: Markdown keeps its leading spaces, so it is checked, not trimmed.
    var nilIfBlank: String? { allSatisfy(\.isWhitespace) ? nil : self }
}
