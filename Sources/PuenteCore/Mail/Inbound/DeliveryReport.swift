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
    }
}
