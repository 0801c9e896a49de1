// What `puente receive` does with one message a mail server pipes in: a post to a discussion
// list (relayed, or held for an owner), a bounce to a VERP address (counted), and an answer in
// sysexits terms the server acts on: 0 stored, 65 unreadable, 67 no such list, 75 try later.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct MailReceiver {
    let db: any Database
    let config: AppConfig
    let signing: ListSigning
    /// The DMARC policy of a domain (a DNS lookup; tests give their own).
    let dmarcPolicy: @Sendable (String) async throws -> DMARCPolicy?

    enum Outcome: Equatable {
        case delivered(Int)
        case held(String)
        case kept(String)
        case bounceCounted
        case unknownRecipient
        case unreadable(String)
        case tryLater(String)

        /// sysexits(3): what Postfix or Exim does next (bounce, defer, or done).
        var exitCode: Int32 {
            switch self {
            case .delivered, .held, .kept, .bounceCounted: 0
            case .unreadable: 65
            case .unknownRecipient: 67
            case .tryLater: 75
            }
        }
    }

    func receive(_ data: Data, recipient: String, sender: String?) async -> Outcome {
        do {
            return try await route(data, recipient: recipient.lowercased(), sender: sender)
        } catch let problem as ParsedMail.Problem {
            return .unreadable(problem.description)
        } catch {
            // The database is down or busy: the mail server keeps the message and tries again.
            return .tryLater("\(error)")
        }
    }

    private func route(_ data: Data, recipient: String, sender: String?) async throws -> Outcome {
        guard let at = recipient.lastIndex(of: "@"), recipient[recipient.index(after: at)...] == config.listDomain else { return .unknownRecipient }
        let local = String(recipient[..<at])
        let mail = try ParsedMail(data)
        let raw = String(decoding: data, as: UTF8.self)
        if let (slug, id) = VERP.parse(recipient) {
            // A message to a segment: the token names the address's preferences row.
            if slug == VERP.programSlug {
                let preference = try await MailPreference.find(id, on: db)
                return try await bounce(mail, raw: raw, list: nil, email: preference?.email, verpID: id, recipient: recipient, sender: sender)
            }
            guard let list = try await MailingList.query(on: db).withDeleted().filter(\.$slug == slug).first() else { return .unknownRecipient }
            let subscription = try await ListSubscription.find(id, on: db)
            return try await bounce(mail, raw: raw, list: list, email: subscription?.$list.id == list.id ? subscription?.email : nil,
                                    verpID: id, recipient: recipient, sender: sender)
        }
        guard ListInput.isValidSlug(local), let list = try await MailingList.query(on: db).filter(\.$slug == local).first() else {
            return .unknownRecipient
        }
        return try await post(mail, raw: raw, list: list, recipient: recipient)
    }

    // MARK: - Posts

    private func post(_ mail: ParsedMail, raw: String, list: MailingList, recipient: String) async throws -> Outcome {
        guard let author = mail.from, EmailAddress(author.address) != nil else { throw ParsedMail.Problem.noFrom }
        let subject = mail.field("Subject") ?? ""
        // Why it may not go out on its own, if it may not.
        var reason: String?
        let member = try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$email == author.address).first()
        if mail.field("List-Id")?.contains(list.listID(domain: config.listDomain)) == true { reason = "a copy of this list's own mail (a loop)" }
        else if let auto = mail.field("Auto-Submitted"), auto.lowercased() != "no" { reason = "sent automatically (\(auto))" }
        else if list.kind == .announcement { reason = "an announcement list: staff send from the newsletter page" }
        else if member?.status != .confirmed { reason = "the sender is not a member of the list" }
        else if mail.plainText == nil { reason = "no plain-text part (only HTML or attachments): the list carries text" }
        else if list.moderateFirstPosts, member?.postsModerated == true { reason = "a first post: an owner reads it before it goes out" }

        let held = reason
        let rewrite = held == nil ? try await mustRewriteFrom(author.address, list: list) : false
        return try await db.transaction { db in
            let stored = InboundMessage(listID: list.id, kind: .post, sender: author.address, recipient: recipient, subject: subject,
                                        raw: raw, status: held == nil ? .delivered : .held, reason: held)
            try await stored.create(on: db)
            guard held == nil else { return .held(held!) }
            return .delivered(try await ListPost(config: config, signing: signing).deliver(mail, list: list, rewriteFrom: rewrite, on: db))
        }
    }

    /// The list's own setting, or the author's domain publishing p=quarantine or p=reject. A
    /// lookup that fails rewrites too: a rewritten From is delivered, a rejected message is not.
    func mustRewriteFrom(_ address: String, list: MailingList) async throws -> Bool {
        if list.rewriteFrom { return true }
        let domain = String(address[address.index(after: address.lastIndex(of: "@")!)...])
        do {
            return try await dmarcPolicy(domain)?.needsRewrite ?? false
        } catch {
            return true
        }
    }

    /// An owner lets a held post go: it is relayed now, and the author's next posts go without
    /// waiting. Refused for a post with no plain text, or from someone not on the list.
    static func approve(_ message: InboundMessage, list: MailingList, receiver: MailReceiver, by user: User) async throws -> Int? {
        guard message.status == .held, let mail = try? ParsedMail(message.raw), mail.plainText != nil else { return nil }
        let rewrite = try await receiver.mustRewriteFrom(message.sender, list: list)
        return try await receiver.db.transaction { db in
            message.status = .delivered
            message.decidedBy = user.id
            message.decidedAt = Date()
            try await message.save(on: db)
            if let member = try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$email == message.sender).first() {
                member.postsModerated = false
                try await member.save(on: db)
            }
            return try await ListPost(config: receiver.config, signing: receiver.signing).deliver(mail, list: list, rewriteFrom: rewrite, on: db)
        }
    }

    // MARK: - Bounces

    /// `email` is the address the VERP token (`verpID`) names, nil when it names nobody (on this list).
    private func bounce(_ mail: ParsedMail, raw: String, list: MailingList?, email: String?, verpID: UUID, recipient: String,
                        sender: String?) async throws -> Outcome {
        let from = sender ?? mail.from?.address ?? ""
        guard let email, let report = DeliveryReport(mail) else {
            try await InboundMessage(listID: list?.id, kind: .bounce, sender: from, recipient: recipient, subject: mail.field("Subject") ?? "",
                                     raw: raw, status: .kept, reason: "not a delivery report for a member of this list").create(on: db)
            return .kept("not a delivery report for a member of this list")
        }
        // The report's own recipient line when it names the member; a report about someone else is not theirs.
        let about = report.recipients.filter { $0.address == email || $0.address.isEmpty }
        let severity: DeliveryReport.Severity? = about.contains { $0.severity == .hard } ? .hard : about.contains { $0.severity == .soft } ? .soft : nil
        try await db.transaction { db in
            try await InboundMessage(listID: list?.id, kind: .bounce, sender: from, recipient: recipient, subject: mail.field("Subject") ?? "",
                                     raw: raw, status: .processed, reason: severity.map { "\($0)" } ?? "no failure reported").create(on: db)
            guard let severity else { return }
            try await Bounces.count(severity, for: email, list: list, threshold: config.bounceThreshold, on: db)
            if severity == .hard, let original = report.originalMessageID {
                try await Bounces.markBounced(messageID: original, recipient: verpID, on: db)
            }
        }
        return .bounceCounted
    }
}
