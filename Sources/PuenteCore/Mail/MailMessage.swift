// An RFC 5322 message with MIME parts (RFC 2045–2047), rendered once when it enters the outbox.
// Layout follows what mail and calendar clients accept: multipart/alternative for the
// readable bodies, wrapped in multipart/mixed when there are attachments.

import Foundation

public struct Mailbox: Sendable, Equatable {
    public var address: EmailAddress
    public var name: String?

    public init(_ address: EmailAddress, name: String? = nil) {
        self.address = address
        self.name = name
    }

    public var headerValue: String {
        guard let name, !name.isEmpty else { return "<\(address.value)>" }
        if name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == ".") }) {
            return "\"\(name)\" <\(address.value)>"
        }
        return "\(MIME.encodedWord(name)) <\(address.value)>"
    }
}

/// One leaf of the message: a body or an attachment.
public struct MIMELeaf: Sendable, Equatable {
    public var contentType: String
    public var body: String
    public var filename: String?

    public init(contentType: String, body: String, filename: String? = nil) {
        self.contentType = contentType
        self.body = body
        self.filename = filename
    }
}

public struct MailMessage: Sendable {
    public var from: Mailbox
    public var to: [Mailbox]
    public var replyTo: Mailbox?
    public var subject: String
    public var text: String
    public var html: String
    /// Further alternatives after text and HTML, such as a `text/calendar; method=REQUEST` part.
    public var extraAlternatives: [MIMELeaf] = []
    public var attachments: [MIMELeaf] = []
    /// Further headers, for example `List-Unsubscribe`; names are written as given.
    public var headers: [(name: String, value: String)] = []
    public var messageID: String
    public var date: Date

    public init(from: Mailbox, to: [Mailbox], replyTo: Mailbox? = nil, subject: String,
                text: String, html: String, messageID: String, date: Date) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.date = date
    }

    /// A fresh `Message-ID` under the sender's domain.
    public static func newMessageID(domain: String) -> String {
        "<\(UUID().uuidString.lowercased())@\(domain)>"
    }

    /// The complete message with CRLF line endings, ready for SMTP `DATA` or an `.eml` file.
    public func rendered() -> String {
        var lines: [String] = []
        lines.append("From: \(from.headerValue)")
        lines.append("To: \(to.map(\.headerValue).joined(separator: ", "))")
        if let replyTo { lines.append("Reply-To: \(replyTo.headerValue)") }
        lines.append("Subject: \(MIME.headerText(subject))")
        lines.append("Date: \(MIME.rfc5322Date(date))")
        lines.append("Message-ID: \(messageID)")
        lines.append("MIME-Version: 1.0")
        for header in headers { lines.append("\(header.name): \(header.value)") }

        let alternatives = [
            MIMELeaf(contentType: "text/plain; charset=utf-8", body: text),
            MIMELeaf(contentType: "text/html; charset=utf-8", body: html),
        ] + extraAlternatives
        let alternativeBoundary = MIME.boundary()
        var body = MIME.multipart(subtype: "alternative", boundary: alternativeBoundary,
                                  parts: alternatives.map(MIME.leaf))
        if !attachments.isEmpty {
            let mixedBoundary = MIME.boundary()
            body = MIME.multipart(subtype: "mixed", boundary: mixedBoundary,
                                  parts: [body] + attachments.map(MIME.leaf))
        }
        return (lines + [body]).joined(separator: "\r\n")
    }
}

public enum MIME {
    static func boundary() -> String { "=_puente_\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))" }

    /// A part: its headers, a blank line, its body. Multipart bodies are parts too.
    static func multipart(subtype: String, boundary: String, parts: [String]) -> String {
        var out = "Content-Type: multipart/\(subtype); boundary=\"\(boundary)\"\r\n\r\n"
        for part in parts {
            out += "--\(boundary)\r\n\(part)\r\n"
        }
        out += "--\(boundary)--"
        return out
    }

    static func leaf(_ leaf: MIMELeaf) -> String {
        var headers = ["Content-Type: \(leaf.contentType)", "Content-Transfer-Encoding: base64"]
        if let filename = leaf.filename {
            headers.append("Content-Disposition: attachment; filename=\"\(filename)\"")
        }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + base64Lines(Data(leaf.body.utf8))
    }

    static func base64Lines(_ data: Data) -> String {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// Header text: as is when plain ASCII, else RFC 2047 encoded words folded onto lines.
    public static func headerText(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.allSatisfy({ $0.isASCII }) && clean.utf8.count <= 900 { return clean }
        return encodedWord(clean)
    }

    /// Encoded words of at most 75 characters, never splitting a character.
    static func encodedWord(_ text: String) -> String {
        var words: [String] = []
        var chunk = ""
        for character in text {
            let candidate = chunk + String(character)
            if Data(candidate.utf8).base64EncodedString().count > 60 {
                words.append(chunk)
                chunk = String(character)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ date: Date) -> String {
        FormatterCache.shared.string(date, key: "rfc5322") {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
            return formatter
        }
    }
}
