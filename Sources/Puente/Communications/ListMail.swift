// The mail lists send: the confirmation of a subscription (through the outbox, rendered once)
// and the headers every bulk message carries (RFC 2369 List-Unsubscribe, RFC 2919 List-Id,
// RFC 8058 List-Unsubscribe-Post).

import Foundation
import PuenteCore

struct ListMail {
    let config: AppConfig
    let signing: ListSigning

    func unsubscribeURL(_ subscription: ListSubscription) -> String {
        config.baseURL + SiteURL.listUnsubscribe(.value(signing.unsubscribeToken(subscription))).path
    }

    func preferencesURL(_ preference: MailPreference) -> String {
        config.baseURL + SiteURL.listPreferencesToken(.value(signing.preferencesToken(preference))).path
    }

    func listURL(_ list: MailingList) -> String {
        config.baseURL + SiteURL.list(.value(list.slug)).path
    }

    /// `List-Id`, the one-click pair, and where the list lives. Every list, discussion lists too,
    /// carries the personal link here: replies quote footers, never headers.
    func bulkHeaders(_ list: MailingList, _ subscription: ListSubscription) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            ("List-Id", "\(MIME.headerText(list.name)) \(list.listID(domain: config.listDomain))"),
            ("List-Unsubscribe", "<\(unsubscribeURL(subscription))>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Help", "<\(listURL(list))>"),
        ]
        if list.visibility == .public {
            headers.append(("List-Archive", "<\(config.baseURL + SiteURL.listArchive(.value(list.slug)).path)>"))
        }
        headers.append(("Precedence", "list"))
        return headers
    }

    /// "Confirm your subscription": a link to a page with a button. It carries the one-click
    /// headers too, so "unsubscribe" in the mail client declines at once.
    func confirmation(_ list: MailingList, _ subscription: ListSubscription, token: String, preference: MailPreference) -> MailMessage {
        let language = subscription.preferredLanguage
        let name = list.title.text(in: language)
        let values = ["list": name, "program": config.programName]
        var message = Mailer(config: config).compose(
            to: Mailbox(EmailAddress(subscription.email)!, name: subscription.name.isEmpty ? nil : subscription.name),
            language: language,
            .init(subject: L10n.listConfirmSubject.text(language, values),
                  paragraphs: [L10n.listConfirmBody.text(language, values)],
                  link: (L10n.listConfirmLink.text(language), config.baseURL + SiteURL.listConfirm(.value(token)).path),
                  greetingName: subscription.name.isEmpty ? nil : subscription.name,
                  reason: .listConfirmation))
        message.headers += bulkHeaders(list, subscription).filter { $0.name != "Precedence" }
        return message
    }
}
