// Writes the program's emails: one frame (greeting, paragraphs, link, signature,
// anti-fraud notice) in the recipient's language, as text and as HTML.

import Foundation
import Plot
import PuenteCore

struct Mailer: Sendable {
    let config: AppConfig

    struct Content: Sendable {
        var subject: String
        var paragraphs: [String]
        var link: (label: String, url: String)?
        /// When false the greeting is left out (for messages to staff).
        var greetingName: String?
    }

    func compose(to recipient: Mailbox, language: Language, _ content: Content, replyTo: Mailbox? = nil) -> MailMessage {
        let values = ["program": config.programName, "url": config.baseURL]
        let greeting = content.greetingName.map { L10n.emailGreeting.text(language, ["name": $0]) }
        let signature = L10n.emailSignature.text(language, values)
        let antiFraud = L10n.emailAntiFraud.text(language, values)
        let why = L10n.emailWhyReceived.text(language, values)

        var text = [String]()
        if let greeting { text.append(greeting) }
        text += content.paragraphs
        if let link = content.link { text.append("\(link.label)\n\(link.url)") }
        text += [signature, "--", antiFraud, why]

        let html = HTML(
            .lang(language == .es ? .spanish : .english),
            // Plot's `.title` also writes og:title and twitter:title attributes unescaped: a subject
            // holding a quote broke out of them, so the head is just an escaped <title>.
            .head(.encoding(.utf8), .raw(Tag.leaf(.title, text: content.subject))),
            .body {
                if let greeting { Paragraph(greeting) }
                for paragraph in content.paragraphs { Paragraph(paragraph) }
                if let link = content.link {
                    Paragraph { Tag.a(link.url, link.label) }
                    Paragraph(link.url)
                }
                Paragraph(signature)
                Node<HTML.BodyContext>.hr()
                Paragraph(antiFraud)
                Paragraph(why)
            }
        ).render()

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
