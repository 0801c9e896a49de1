// One recipient's copy of a newsletter, made when it is sent: their language, their unsubscribe
// and preferences links, and a Message-ID derived from (newsletter, recipient) so a retry after a
// crash carries the same one. HTML with inline styles in a table, which Gmail and Outlook render.

import Crypto
import Foundation
import PuenteCore

struct NewsletterMessage {
    let config: AppConfig
    let signing: ListSigning

    /// The body of each language, rendered once per batch rather than once per recipient.
    final class BodyCache {
        private var html: [String: String] = [:]
        private var text: [String: String] = [:]

        func html(_ markdown: String) -> String {
            if let found = html[markdown] { return found }
            let made = NewsletterMessage.styled(NewsletterMarkdown.html(markdown))
            html[markdown] = made
            return made
        }

        func text(_ markdown: String) -> String {
            if let found = text[markdown] { return found }
            let made = NewsletterMarkdown.text(markdown)
            text[markdown] = made
            return made
        }
    }

    func message(_ newsletter: Newsletter, list: MailingList, subscription: ListSubscription, preference: MailPreference?,
                 cache: BodyCache = BodyCache()) -> MailMessage {
        let version = newsletter.version(in: subscription.preferredLanguage)
        let links = ListMail(config: config, signing: signing)
        var footerLinks: [(String, String)] = []
        // A discussion list's footer is quoted in every reply: it carries the list's page only.
        if list.kind == .announcement {
            footerLinks.append((L10n.listUnsubscribeLink.text(version.language), links.unsubscribeURL(subscription)))
            if let preference { footerLinks.append((L10n.listPreferencesLink.text(version.language), links.preferencesURL(preference))) }
        } else {
            footerLinks.append((L10n.listPageLink.text(version.language), links.listURL(list)))
        }
        if list.visibility == .public, let id = newsletter.id {
            footerLinks.append((L10n.newsletterReadOnline.text(version.language), config.baseURL + SiteURL.newsletter(.value(id)).path))
        }
        var message = compose(version: version, context: list.title.text(in: version.language), why: why(list, version.language),
                              bodyHTML: cache.html(version.markdown), bodyText: cache.text(version.markdown),
                              to: Mailbox(EmailAddress(subscription.email) ?? config.contactEmail, name: subscription.name.isEmpty ? nil : subscription.name),
                              footerLinks: footerLinks, messageID: Self.messageID(newsletter: newsletter.id!, subscription: subscription.id!, domain: config.mailFrom.domain))
        message.headers += links.bulkHeaders(list, subscription)
        return message
    }

    /// A copy for the staff member writing it: same body and footer, no personal links.
    func test(_ newsletter: Newsletter, list: MailingList, to user: User, language: Language) -> MailMessage {
        let version = newsletter.version(in: language)
        var message = compose(version: version, context: list.title.text(in: version.language), why: why(list, version.language),
                              bodyHTML: Self.styled(NewsletterMarkdown.html(version.markdown)),
                              to: Mailbox(EmailAddress(user.email) ?? config.contactEmail, name: user.name),
                              footerLinks: [(L10n.listPageLink.text(version.language), ListMail(config: config, signing: signing).listURL(list))],
                              messageID: MailMessage.newMessageID(domain: config.mailFrom.domain))
        message.subject = "[" + L10n.newsletterTestPrefix.text(version.language) + "] " + message.subject
        return message
    }

    /// The size of the largest message this newsletter makes in `language`, in bytes.
    func sampleSize(_ newsletter: Newsletter, list: MailingList, language: Language) -> Int {
        let subscription = ListSubscription(listID: list.id ?? UUID(), email: "someone.with.a.long.address@example.org",
                                            name: String(repeating: "N", count: 120), language: language, userID: nil, status: .confirmed, consentBasis: "")
        subscription.id = UUID()
        let preference = MailPreference(email: subscription.email)
        preference.id = UUID()
        let copy = newsletter
        if copy.id == nil { copy.id = UUID() }
        return message(copy, list: list, subscription: subscription, preference: preference).rendered().utf8.count
    }

    static func messageID(newsletter: UUID, subscription: UUID, domain: String) -> String {
        "<nl.\(ListSigning.hex(newsletter)).\(ListSigning.hex(subscription))@\(domain)>"
    }

    /// A stable id for the transport (a folder transport names files by it): the same recipient's
    /// copy of the same newsletter always gets the same one.
    static func deliveryID(newsletter: UUID, subscription: UUID) -> UUID {
        let digest = Array(SHA256.hash(data: Data((newsletter.uuidString + subscription.uuidString).utf8)))
        return UUID(uuid: (digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
                           digest[8], digest[9], digest[10], digest[11], digest[12], digest[13], digest[14], digest[15]))
    }

    private func why(_ list: MailingList, _ language: Language) -> String {
        L10n.emailWhyList.text(language, ["program": config.programName, "url": config.baseURL, "list": list.title.text(in: language)])
    }

    /// The message around a body: `context` under the program's name at the top, `why` the
    /// footer's sentence on why this person receives it.
    func compose(version: (subject: String, markdown: String, language: Language), context: String?, why: String, bodyHTML: String,
                 bodyText: String? = nil, to recipient: Mailbox, footerLinks: [(String, String)], messageID: String) -> MailMessage {
        let language = version.language
        let antiFraud = L10n.emailAntiFraud.text(language, ["program": config.programName, "url": config.baseURL])
        let font = "font-family:Arial,Helvetica,sans-serif;"

        var out = HTMLWriter(capacity: bodyHTML.utf8.count + 3_000)
        out.raw("<!DOCTYPE html>")
        out.element(.html, ["lang": language.rawValue]) { out in
            out.element(.head) { out in
                out.open(.meta, ["charset": "UTF-8"])
                out.open(.meta, ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                out.leaf(.title, text: version.subject)
            }
            out.element(.body, ["style": "margin:0;padding:0;background:#f3f2f1"]) { out in
                out.raw("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f3f2f1\"><tr><td align=\"center\" style=\"padding:16px 8px\">")
                out.raw("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;width:100%;background:#ffffff;border-top:6px solid #1d5fa8\">")
                out.raw("<tr><td style=\"padding:24px;\(font)font-size:16px;line-height:1.5;color:#0b0c0c\">")
                out.leaf(.p, ["style": "margin:0 0 16px;font-size:14px;color:#505a5f"], text: [config.programName, context].compactMap { $0 }.joined(separator: " · "))
                out.raw(bodyHTML)
                out.raw("</td></tr><tr><td style=\"padding:16px 24px;border-top:1px solid #b1b4b6;\(font)font-size:13px;line-height:1.4;color:#505a5f\">")
                out.leaf(.p, ["style": "margin:0 0 8px"], text: antiFraud)
                out.leaf(.p, ["style": "margin:0 0 8px"], text: why)
                out.element(.p, ["style": "margin:0"]) { out in
                    for (index, link) in footerLinks.enumerated() {
                        if index > 0 { out.text(" · ") }
                        out.link(link.1, link.0, ["style": "color:#1d5fa8"])
                    }
                }
                out.raw("</td></tr></table></td></tr></table>")
            }
        }

        var text = [bodyText ?? NewsletterMarkdown.text(version.markdown), "-- ", antiFraud, why]
        text += footerLinks.map { "\($0.0): \($0.1)" }
        var message = MailMessage(from: Mailbox(config.mailFrom, name: config.programName), to: [recipient],
                                  replyTo: Mailbox(config.contactEmail, name: config.programName), subject: version.subject,
                                  text: text.joined(separator: "\n\n") + "\n", html: out.html, messageID: messageID, date: Date())
        message.headers.append((name: "Content-Language", value: language.rawValue))
        return message
    }

    /// Inline styles on the tags the Markdown makes: Gmail drops `<style>` blocks in some views.
    /// Only real tags match; text the writer typed is escaped (`&lt;h1&gt;`).
    static func styled(_ html: String) -> String {
        var out = html
        for (tag, style) in [("<h1>", "font-size:26px;line-height:1.25;margin:0 0 16px"), ("<h2>", "font-size:21px;line-height:1.3;margin:24px 0 12px"),
                             ("<h3>", "font-size:18px;margin:20px 0 8px"), ("<p>", "margin:0 0 16px"),
                             ("<ul>", "margin:0 0 16px;padding-left:24px"), ("<ol>", "margin:0 0 16px;padding-left:24px"),
                             ("<blockquote>", "margin:0 0 16px;padding-left:12px;border-left:4px solid #b1b4b6")] {
            out = out.replacingOccurrences(of: tag, with: String(tag.dropLast()) + " style=\"\(style)\">")
        }
        return out
    }
}
