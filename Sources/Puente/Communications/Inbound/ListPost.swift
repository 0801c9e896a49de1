// Relaying a post to a discussion list: each member's copy is the author's message with the
// list's headers (their own one-click link among them), From rewritten to the list when the
// author's domain publishes a DMARC policy that would otherwise have it rejected (Mailman's
// mitigation, with Reply-To the author), and a footer naming the list's page: never a personal
// link, because replies quote footers.

import Fluent
import Foundation
import PuenteCore

struct ListPost {
    let config: AppConfig
    let signing: ListSigning

    /// Fields the list writes itself, or that no longer hold once the list has changed the message.
    private static let replaced: Set<String> = [
        "from", "reply-to", "subject", "mime-version", "content-type", "content-transfer-encoding", "dkim-signature",
        "return-path", "list-id", "list-unsubscribe", "list-unsubscribe-post", "list-post", "list-help", "list-archive",
        "precedence", "sender", "delivered-to", "x-original-to", "bcc", "errors-to",
    ]

    func copy(of mail: ParsedMail, list: MailingList, to subscription: ListSubscription, rewriteFrom: Bool) -> String {
        let author = mail.from
        let listAddress = "\(list.slug)@\(config.listDomain)"
        let links = ListMail(config: config, signing: signing)
        var lines: [String] = []
        for field in mail.fields where !Self.replaced.contains(field.name.lowercased()) {
            lines.append("\(field.name): \(field.value)")
        }
        if rewriteFrom, let author {
            let display = "\(author.name ?? author.address) via \(list.name)"
            lines.append("From: \(Mailbox(EmailAddress(listAddress) ?? config.mailFrom, name: display).headerValue)")
            lines.append("Reply-To: \(mail.field("From") ?? author.address)")
        } else {
            lines.append("From: \(mail.field("From") ?? listAddress)")
            if let replyTo = mail.field("Reply-To") { lines.append("Reply-To: \(replyTo)") }
        }
        let subject = mail.field("Subject") ?? ""
        let tag = "[\(list.slug)]"
        lines.append("Subject: \(subject.contains(tag) ? subject : "\(tag) \(subject)")")
        lines.append("Sender: \(Bounces.returnPath(list: list, subscription: subscription, config: config))")
        for header in links.bulkHeaders(list, subscription) { lines.append("\(header.name): \(header.value)") }
        lines.append("List-Post: <mailto:\(listAddress)>")
        lines.append("MIME-Version: 1.0")

        // The author's body, untouched, as the first part; the footer as the second.
        let boundary = "=_puente_list_\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
        lines.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        var original = ["Content-Type: \(mail.field("Content-Type") ?? "text/plain; charset=us-ascii")"]
        if let encoding = mail.field("Content-Transfer-Encoding") { original.append("Content-Transfer-Encoding: \(encoding)") }
        let language = subscription.preferredLanguage
        let footer = "--\n\(list.title.text(in: language))\n\(links.listURL(list))\n"
        let body = [
            "--\(boundary)", original.joined(separator: "\r\n"), "", mail.body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"),
            "--\(boundary)", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "Content-Disposition: inline", "",
            Data(footer.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]),
            "--\(boundary)--", "",
        ]
        return (lines + [""] + body).joined(separator: "\r\n")
    }

    /// Every other confirmed member's copy, into the outbox in the caller's transaction. People
    /// who switched bulk mail off, or whose address is held for bounces, get none.
    func deliver(_ mail: ParsedMail, list: MailingList, rewriteFrom: Bool, on db: any Database) async throws -> Int {
        let author = mail.from?.address
        let members = try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$status == .confirmed).all()
        let stopped = Set(try await MailPreference.query(on: db).filter(\.$email ~~ members.map(\.email)).all()
            .filter { $0.noBulk || $0.heldAt != nil }.map(\.email))
        let messageID = mail.field("Message-ID") ?? MailMessage.newMessageID(domain: config.listDomain)
        let drafts = members.filter { $0.email != author && !stopped.contains($0.email) }.map { member in
            Outbox.Draft(recipient: member.email, sender: Bounces.returnPath(list: list, subscription: member, config: config),
                         subject: mail.field("Subject") ?? "", raw: copy(of: mail, list: list, to: member, rewriteFrom: rewriteFrom), messageID: messageID)
        }
        try await Outbox.enqueue(drafts, on: db)
        return drafts.count
    }
}
