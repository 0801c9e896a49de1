// The policy a domain publishes in its `_dmarc` TXT record (RFC 7489): a list that relays a
// message From such a domain must rewrite From, or receivers will quarantine or reject it.

import Foundation

public enum DMARCPolicy: String, Sendable, Equatable {
    case none, quarantine, reject

    /// `v=DMARC1; p=reject; ...` → reject. Nil when the text is not a DMARC record.
    public init?(record: String) {
        let tags = record.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard tags.first?.replacingOccurrences(of: " ", with: "").uppercased() == "V=DMARC1" else { return nil }
        for tag in tags.dropFirst() {
            let pair = tag.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if pair.count == 2, pair[0] == "p", let policy = DMARCPolicy(rawValue: pair[1]) {
                self = policy
                return
            }
        }
        return nil
    }

    /// Whether a list must put its own address in From for mail from this domain.
    public var needsRewrite: Bool { self != .none }

    /// Where to look: the domain itself, then its organizational domain (the last two labels,
    /// a simplification of the public suffix list that holds for the domains lists see most).
    public static func lookupNames(for domain: String) -> [String] {
        let labels = domain.lowercased().split(separator: ".")
        var names = ["_dmarc.\(labels.joined(separator: "."))"]
        if labels.count > 2 { names.append("_dmarc.\(labels.suffix(2).joined(separator: "."))") }
        return names
    }
}
