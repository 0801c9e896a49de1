// A message to a segment as each recipient gets it: their language, a footer that says why they
// receive it, and one-click headers that switch off all bulk mail for the address (there is no
// list to leave). Bounces come back to `bulk-bounces+{preference}@…` and count as list bounces do.

import Fluent
import Foundation
import PuenteCore
import SQLKit

struct SegmentMail {
    let config: AppConfig
    let signing: ListSigning

    func stopURL(_ preference: MailPreference) -> String {
        config.baseURL + SiteURL.listStopBulk(.value(signing.preferencesToken(preference))).path
    }

    func message(_ message: SegmentMessage, preference: MailPreference, name: String, language: Language,
                 cache: NewsletterMessage.BodyCache = .init()) -> MailMessage {
        let version = message.version(in: language)
        let links = ListMail(config: config, signing: signing)
        let footerLinks = [(L10n.segmentStopLink.text(version.language), stopURL(preference)),
                           (L10n.listPreferencesLink.text(version.language), links.preferencesURL(preference))]
        var mail = NewsletterMessage(config: config, signing: signing).compose(
            version: version, context: nil, why: why(message.segment, version.language), bodyHTML: cache.html(version.markdown),
            bodyText: cache.text(version.markdown), to: Mailbox(EmailAddress(preference.email) ?? config.contactEmail, name: name.isEmpty ? nil : name),
            footerLinks: footerLinks, messageID: Self.messageID(message: message.id!, preference: preference.id!, domain: config.mailFrom.domain))
        mail.headers += [("List-Unsubscribe", "<\(stopURL(preference))>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Precedence", "bulk")]
        return mail
    }

    /// A copy for the staff member writing it, with no personal links.
    func test(_ message: SegmentMessage, to user: User, language: Language) -> MailMessage {
        let version = message.version(in: language)
        var mail = NewsletterMessage(config: config, signing: signing).compose(
            version: version, context: nil, why: why(message.segment, version.language),
            bodyHTML: NewsletterMessage.styled(NewsletterMarkdown.html(version.markdown)),
            to: Mailbox(EmailAddress(user.email) ?? config.contactEmail, name: user.name),
            footerLinks: [], messageID: MailMessage.newMessageID(domain: config.mailFrom.domain))
        mail.subject = "[" + L10n.newsletterTestPrefix.text(version.language) + "] " + mail.subject
        return mail
    }

    /// The size of the largest copy in `language`, in bytes (kept under 100 KB as newsletters are).
    func sampleSize(_ message: SegmentMessage, language: Language) -> Int {
        let preference = MailPreference(email: "someone.with.a.long.address@example.org")
        preference.id = UUID()
        if message.id == nil { message.id = UUID() }
        return self.message(message, preference: preference, name: String(repeating: "N", count: 120), language: language).rendered().utf8.count
    }

    private func why(_ segment: Segment?, _ language: Language) -> String {
        let key: L10n = switch segment?.kind {
        case .registry, nil: .segmentWhyRegistry
        case .cohort: .segmentWhyCohort
        case .event: .segmentWhyEvent
        case .representatives: .segmentWhyRepresentatives
        case .lapsing: .segmentWhyLapsing
        }
        return key.text(language, ["program": config.programName, "url": config.baseURL])
    }

    static func messageID(message: UUID, preference: UUID, domain: String) -> String {
        "<sm.\(ListSigning.hex(message)).\(ListSigning.hex(preference))@\(domain)>"
    }

    static func returnPath(_ preference: MailPreference, config: AppConfig) -> String {
        VERP.address(slug: VERP.programSlug, subscription: preference.id!, domain: config.listDomain)
    }
}

struct SegmentMailSource: BulkMailSource {
    let config: AppConfig
    let signing: ListSigning
    var queue: BulkQueue { .segments }

    func envelopes(for rows: [BulkQueue.Row], on db: any Database) async throws -> [OutboxEnvelope?] {
        let messages = try await SegmentMessage.query(on: db).filter(\.$id ~~ Set(rows.map(\.message))).all()
        let messagesByID = Dictionary(uniqueKeysWithValues: messages.map { ($0.id!, $0) })
        let preferences = try await MailPreference.query(on: db).filter(\.$id ~~ Set(rows.map(\.recipient))).all()
        let preferencesByID = Dictionary(uniqueKeysWithValues: preferences.map { ($0.id!, $0) })
        // Name and language were written on the row when it was queued.
        let ids = SQLGroupExpression(Set(rows.map(\.recipient)).map { SQLBind($0) as any SQLExpression })
        let messageIDs = SQLGroupExpression(Set(rows.map(\.message)).map { SQLBind($0) as any SQLExpression })
        let details = try await db.sql.raw("""
            SELECT message_id, preference_id, name, language FROM segment_deliveries
            WHERE message_id IN \(messageIDs) AND preference_id IN \(ids)
            """).all()
        var people: [BulkQueue.Row.Key: (name: String, language: Language)] = [:]
        for row in details {
            let key = BulkQueue.Row.Key(message: try row.decode(column: "message_id", as: UUID.self),
                                        recipient: try row.decode(column: "preference_id", as: UUID.self))
            people[key] = (try row.decode(column: "name", as: String.self),
                           Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .en)
        }

        let cache = NewsletterMessage.BodyCache()
        let mail = SegmentMail(config: config, signing: signing)
        return rows.map { row in
            guard let message = messagesByID[row.message], let preference = preferencesByID[row.recipient], preference.acceptsBulk,
                  let person = people[row.key] else { return nil }
            let copy = mail.message(message, preference: preference, name: person.name, language: person.language, cache: cache)
            return OutboxEnvelope(id: NewsletterMessage.deliveryID(newsletter: row.message, subscription: row.recipient),
                                  sender: SegmentMail.returnPath(preference, config: config), recipients: [preference.email], raw: copy.rendered())
        }
    }
}
