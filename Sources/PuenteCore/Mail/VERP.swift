// Variable envelope return paths: each copy of list mail goes out with a return path that names
// its recipient (`{slug}-bounces+{token}@{domain}`), so a bounce says whose address failed
// without anyone parsing the bounce's free text. The token is the subscription id in lower-case
// base32 (26 characters): mail servers may change the case of a local part, never its letters.

import Foundation

public enum VERP {
    public static let marker = "-bounces+"
    /// Mail that is not any list's (messages to a segment) bounces to `bulk-bounces+{token}`,
    /// where the token names the address's preferences row; no list may take this slug.
    public static let programSlug = "bulk"

    public static func address(slug: String, subscription: UUID, domain: String) -> String {
        "\(slug)\(marker)\(token(subscription))@\(domain)"
    }

    /// The list slug and subscription named by a bounce address, or nil for any other address.
    public static func parse(_ address: String) -> (slug: String, subscription: UUID)? {
        let lowered = address.lowercased()
        guard let at = lowered.lastIndex(of: "@") else { return nil }
        let local = lowered[..<at]
        guard let marker = local.range(of: marker, options: .backwards) else { return nil }
        let slug = String(local[..<marker.lowerBound])
        guard !slug.isEmpty, let id = uuid(from: String(local[marker.upperBound...])) else { return nil }
        return (slug, id)
    }

    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")

    static func token(_ id: UUID) -> String {
        let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
        var out = ""
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }

    static func uuid(from token: String) -> UUID? {
        guard token.count == 26 else { return nil }
        var bytes: [UInt8] = []
        var buffer = 0, bits = 0
        for character in token {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                bytes.append(UInt8((buffer >> (bits - 8)) & 0xFF))
                bits -= 8
            }
            buffer &= (1 << bits) - 1
        }
        guard bytes.count == 16 else { return nil }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
