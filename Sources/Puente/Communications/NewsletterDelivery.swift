// A newsletter's copies for the bulk worker: one row per confirmed subscriber, rendered in the
// subscriber's language at delivery, with their list's one-click headers and VERP return path.

import Fluent
import Foundation
import PuenteCore

enum NewsletterDelivery {
    static let schema = "newsletter_deliveries"
}

struct NewsletterMailSource: BulkMailSource {
    let config: AppConfig
    let signing: ListSigning
    var queue: BulkQueue { .newsletters }

    func envelopes(for rows: [BulkQueue.Row], on db: any Database) async throws -> [OutboxEnvelope?] {
        let subscriptions = try await ListSubscription.query(on: db).filter(\.$id ~~ Set(rows.map(\.recipient))).all()
        let subscriptionsByID = Dictionary(uniqueKeysWithValues: subscriptions.map { ($0.id!, $0) })
        let newsletters = try await Newsletter.query(on: db).filter(\.$id ~~ Set(rows.map(\.message))).all()
        let newslettersByID = Dictionary(uniqueKeysWithValues: newsletters.map { ($0.id!, $0) })
        let lists = try await MailingList.query(on: db).withDeleted().filter(\.$id ~~ Set(newsletters.map(\.$list.id))).all()
        let listsByID = Dictionary(uniqueKeysWithValues: lists.map { ($0.id!, $0) })
        let preferences = try await MailPreference.query(on: db).filter(\.$email ~~ Set(subscriptions.map(\.email))).all()
        let preferencesByEmail = Dictionary(preferences.map { ($0.email, $0) }, uniquingKeysWith: { first, _ in first })

        let cache = NewsletterMessage.BodyCache()
        let composer = NewsletterMessage(config: config, signing: signing)
        return rows.map { row in
            guard let subscription = subscriptionsByID[row.recipient], let newsletter = newslettersByID[row.message],
                  let list = listsByID[newsletter.$list.id], subscription.status == .confirmed, list.deletedAt == nil,
                  preferencesByEmail[subscription.email].map(\.acceptsBulk) ?? true else { return nil }
            let message = composer.message(newsletter, list: list, subscription: subscription,
                                           preference: preferencesByEmail[subscription.email], cache: cache)
            return OutboxEnvelope(id: NewsletterMessage.deliveryID(newsletter: row.message, subscription: row.recipient),
                                  sender: Bounces.returnPath(list: list, subscription: subscription, config: config),
                                  recipients: [subscription.email], raw: message.rendered())
        }
    }
}
