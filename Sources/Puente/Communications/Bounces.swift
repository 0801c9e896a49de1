// Bounces: where list mail's bounces come back to (a VERP address per recipient under the list
// domain), and what a bounce does: a hard one counts 1, a soft one 0.5 at most once a day, and at
// the threshold list mail to the address is held; the preferences page tells the person why.

import Fluent
import Foundation
import PuenteCore

enum Bounces {
    static func returnPath(list: MailingList, subscription: ListSubscription, config: AppConfig) -> String {
        VERP.address(slug: list.slug, subscription: subscription.id!, domain: config.listDomain)
    }

    static func count(_ severity: DeliveryReport.Severity, for email: String, list: MailingList, threshold: Double,
                      now: Date = Date(), on db: any Database) async throws {
        let preference = try await ListService.ensurePreference(for: email, on: db)
        if severity == .soft, let last = preference.lastBounceAt, now.timeIntervalSince(last) < 24 * 3600 { return }
        preference.bounceScore += severity == .hard ? 1 : 0.5
        preference.lastBounceAt = now
        if preference.heldAt == nil, preference.bounceScore >= threshold {
            preference.heldAt = now
            preference.heldReason = "\(preference.bounceScore) bounces, the last from \(list.slug)"
            try await ConsentRecord(list: list, email: email, action: .held, method: "held after repeated bounces").create(on: db)
        }
        try await preference.save(on: db)
    }
}
