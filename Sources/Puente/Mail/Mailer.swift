// Writes the program's emails: one frame (greeting, paragraphs, link, signature,
// anti-fraud notice) in the recipient's language, as text and as HTML.

import Foundation
import PuenteCore

struct Mailer: Sendable {
    let config: AppConfig

    struct Content: Sendable {
        var subject: String
        var paragraphs: [String]
        var link: (label: String, url: String)?
        /// When false the greeting is left out (for messages to staff).
        var greetingName: String?
        /// Why this person gets it, in the footer: many recipients have no account.
        var reason: Reason = .account
    }

    /// The footer's "why you got this": a visitor who registered for an event has no account,
    /// and staff reading the contact form's message are not its subject.
    enum Reason: Sendable {
        case account, eventRegistration, registryEntry, contactForm, listConfirmation, coalition

        var text: L10n {
            switch self {
            case .account: .emailWhyReceived
            case .eventRegistration: .emailWhyEventRegistration
            case .registryEntry: .emailWhyRegistryEntry
            case .contactForm: .emailWhyContactForm
            case .listConfirmation: .emailWhyListConfirmation
            case .coalition: .emailWhyCoalition
            }
        }
    }

    func compose(to recipient: Mailbox, language: Language, _ content: Content, replyTo: Mailbox? = nil) -> MailMessage {
        let values = ["program": config.programName, "url": config.baseURL]
        let greeting = content.greetingName.map { L10n.emailGreeting.text(language, ["name": $0]) }
        let signature = L10n.emailSignature.text(language, values)
        let antiFraud = L10n.emailAntiFraud.text(language, values)
        let why = content.reason.text.text(language, values)

        var text = [String]()
        if let greeting { text.append(greeting) }
        text += content.paragraphs
        if let link = content.link { text.append("\(link.label)\n\(link.url)") }
        text += [signature, "--", antiFraud, why]

        // The head is only an escaped <title>: Plot's `.title` once wrote the subject unescaped
        // into og:title and twitter:title attributes, and a quote broke out of them.
        var out = HTMLWriter(capacity: 2048)
        out.raw("<!DOCTYPE html>")
        out.element(.html, ["lang": language.rawValue]) { out in
            out.element(.head) { out in
                out.open(.meta, ["charset": "UTF-8"])
                out.leaf(.title, text: content.subject)
            }
            out.element(.body) { out in
                if let greeting { out.leaf(.p, text: greeting) }
                for paragraph in content.paragraphs { out.leaf(.p, text: paragraph) }
                if let link = content.link {
                    out.element(.p) { $0.link(link.url, link.label) }
                    out.leaf(.p, text: link.url)
                }
                out.leaf(.p, text: signature)
                out.open(.hr)
                out.leaf(.p, text: antiFraud)
                out.leaf(.p, text: why)
            }
        }
        let html = out.html

        var message = MailMessage(
            from: Mailbox(config.mailFrom, name: config.programName),
            to: [recipient],
            replyTo: replyTo ?? Mailbox(config.contactEmail, name: config.programName),
            subject: content.subject,
            text: text.joined(separator: "\n\n") + "\n",
            html: html,
            messageID: MailMessage.newMessageID(domain: config.mailFrom.domain),
            date: Date()
        )
        message.headers.append((name: "Content-Language", value: language.rawValue))
        return message
    }
}
