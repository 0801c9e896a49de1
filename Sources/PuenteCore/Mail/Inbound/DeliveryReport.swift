// A delivery status notification (RFC 3464): which recipients failed, and whether for good
// (a 5.x.x status) or for now (4.x.x, or "delayed").

import Foundation

public struct DeliveryReport: Sendable, Equatable {
    public enum Severity: Sendable, Equatable { case hard, soft }

    public struct Recipient: Sendable, Equatable {
        public let address: String
        public let action: String
        public let status: String
        public var severity: Severity? {
            if action == "failed" || status.hasPrefix("5.") { return status.hasPrefix("4.") ? .soft : .hard }
            if action == "delayed" || status.hasPrefix("4.") { return .soft }
            return nil
        }
    }

    public let recipients: [Recipient]
    /// The Message-ID of the message that bounced, from the returned headers (`text/rfc822-headers`
    /// or `message/rfc822`) when the report carries them; it names the exact copy that failed.
    public let originalMessageID: String?

    /// Nil when the message is not a delivery report.
    public init?(_ mail: ParsedMail) {
        guard let report = mail.leaves.first(where: { $0.contentType.type == "message/delivery-status" }) else { return nil }
        var recipients: [Recipient] = []
        // Per-message fields, then one block per recipient, blocks separated by blank lines.
        for block in report.text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n") {
            var fields: [String: String] = [:]
            for line in block.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            guard let action = fields["action"]?.lowercased(),
                  let recipient = fields["final-recipient"] ?? fields["original-recipient"] else { continue }
            // "rfc822; someone@example.org"
            let address = recipient.split(separator: ";").last.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            recipients.append(Recipient(address: address, action: action, status: fields["status"]?.split(separator: " ").first.map(String.init) ?? ""))
        }
        guard !recipients.isEmpty else { return nil }
        self.recipients = recipients
        let returned = mail.leaves.first { ["text/rfc822-headers", "message/rfc822"].contains($0.contentType.type) }
        originalMessageID = returned.flatMap { Self.messageID(inHeaders: $0.text) }
    }

    /// The first `Message-ID` field of a header block (folded onto a second line or not).
    static func messageID(inHeaders text: String) -> String? {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            if line.isEmpty { return nil } // the end of the headers
            guard line.lowercased().hasPrefix("message-id:") else { continue }
            var value = String(line.dropFirst("message-id:".count)).trimmingCharacters(in: .whitespaces)
            if value.isEmpty, index + 1 < lines.count { value = lines[index + 1].trimmingCharacters(in: .whitespaces) }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
