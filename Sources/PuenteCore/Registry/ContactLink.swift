// The contact details a person made public, as links a phone acts on: `mailto:` opens the mail
// app and `tel:` (RFC 3966) dials. A phone written so that no number can be read stays text.

import Foundation

public struct ContactLink: Equatable, Sendable {
    public let text: String
    /// Nil when the text cannot be dialled or mailed as written.
    public let href: String?

    public init(text: String, href: String?) {
        self.text = text
        self.href = href
    }

    public static func links(email: String?, phone: String?) -> [ContactLink] {
        var links: [ContactLink] = []
        if let email = email.map(trimmed), !email.isEmpty {
            links.append(ContactLink(text: email, href: mailto(email)))
        }
        if let phone = phone.map(trimmed), !phone.isEmpty {
            links.append(ContactLink(text: phone, href: tel(phone)))
        }
        return links
    }

    /// Forms store these trimmed already; Foundation trims only the rare one that is not.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last, first <= 0x20 || last <= 0x20 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Runs on every directory card with a public address, so it reads bytes rather than
    /// calling Foundation (which cost 12 µs a card for both links).
    static func mailto(_ address: String) -> String? {
        let bytes = Array(address.utf8)
        guard bytes.contains(UInt8(ascii: "@")), !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return nil }
        var href = "mailto:"
        href.reserveCapacity(7 + bytes.count)
        for byte in bytes {
            if isAlphanumeric(byte) || "@.-_+".utf8.contains(byte) {
                href.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                href += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return href
    }

    /// `+1 (601) 555-0100 ext. 12` dials as `tel:+16015550100;ext=12`; punctuation is dropped,
    /// letters other than an extension marker (`x`, `ext`, `extension`, `#`) mean the number is
    /// not one we can dial.
    static func tel(_ phone: String) -> String? {
        let bytes = Array(phone.utf8)
        var digits: [UInt8] = [], extensionDigits: [UInt8] = []
        var inExtension = false, index = 0
        let plus = bytes.first { $0 != UInt8(ascii: " ") } == UInt8(ascii: "+")
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if (0x30...0x39).contains(byte) {
                if inExtension { extensionDigits.append(byte) } else { digits.append(byte) }
            } else if byte == UInt8(ascii: "#") || isLetter(byte) {
                guard !inExtension, let marker = extensionMarker(bytes, at: index) else { return nil }
                inExtension = true
                index += marker
                continue
            }
            index += 1
        }
        guard (3...15).contains(digits.count), extensionDigits.count <= 10 else { return nil }
        return "tel:" + (plus ? "+" : "") + String(decoding: digits, as: UTF8.self)
            + (extensionDigits.isEmpty ? "" : ";ext=" + String(decoding: extensionDigits, as: UTF8.self))
    }

    /// The length of the extension marker starting at `index`, if one does.
    private static func extensionMarker(_ bytes: [UInt8], at index: Int) -> Int? {
        for marker in ["extension", "ext", "x", "#"] where bytes.count - index >= marker.utf8.count {
            if zip(bytes[index...], marker.utf8).allSatisfy({ $0 | 0x20 == $1 || $0 == $1 }) { return marker.utf8.count }
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || (0x30...0x39).contains(byte) }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
