// Bounces: where list mail's bounces come back to (a VERP address per recipient under the list
// domain), and what a bounce does: a hard one counts 1, a soft one 0.5 at most once a day, and at
// the threshold list mail to the address is held; the preferences page tells the person why.

import Fluent
import Foundation
import PuenteCore
import SQLKit

enum Bounces {
    static func returnPath(list: MailingList, subscription: ListSubscription, config: AppConfig) -> String {
        VERP.address(slug: list.slug, subscription: subscription.id!, domain: config.listDomain)
    }

    /// `list` is nil for a message to a segment, which belongs to no list.
    static func count(_ severity: DeliveryReport.Severity, for email: String, list: MailingList?, threshold: Double,
                      now: Date = Date(), on db: any Database) async throws {
        let preference = try await ListService.ensurePreference(for: email, on: db)
        if severity == .soft, let last = preference.lastBounceAt, now.timeIntervalSince(last) < 24 * 3600 { return }
        preference.bounceScore += severity == .hard ? 1 : 0.5
        preference.lastBounceAt = now
        if preference.heldAt == nil, preference.bounceScore >= threshold {
            preference.heldAt = now
            preference.heldReason = "\(preference.bounceScore) bounces, the last from \(list?.slug ?? "a message to a group of people")"
            try await ConsentRecord(list: list, email: email, action: .held, method: "held after repeated bounces").create(on: db)
        }
        try await preference.save(on: db)
    }

    /// A hard bounce names the copy that failed by its Message-ID (`<nl.…>` a newsletter's,
    /// `<sm.…>` a message to a segment's): that delivery counts as bounced on the message's page.
    /// Only when it names the recipient the VERP address named: a report cannot mark someone else's.
    static func markBounced(messageID: String, recipient expected: UUID, on db: any Database) async throws {
        let inner = messageID.trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
        guard let at = inner.firstIndex(of: "@") else { return }
        let parts = inner[..<at].split(separator: ".")
        guard parts.count == 3, let message = ListSigning.uuid(hex: String(parts[1])), let recipient = ListSigning.uuid(hex: String(parts[2])),
              recipient == expected else { return }
        let queue: BulkQueue
        switch parts[0] {
        case "nl": queue = .newsletters
        case "sm": queue = .segments
        default: return
        }
        try await db.sql.raw("""
            UPDATE \(ident: queue.table) SET status = 'bounced'
            WHERE \(ident: queue.messageColumn) = \(bind: message) AND \(ident: queue.recipientColumn) = \(bind: recipient) AND status = 'sent'
            """).run()
    }
}
