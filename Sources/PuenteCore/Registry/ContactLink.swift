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
        if let email = email?.trimmingCharacters(in: .whitespaces), !email.isEmpty {
            links.append(ContactLink(text: email, href: mailto(email)))
        }
        if let phone = phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            links.append(ContactLink(text: phone, href: tel(phone)))
        }
        return links
    }

    static func mailto(_ address: String) -> String? {
        guard address.contains("@"), !address.contains(where: \.isWhitespace) else { return nil }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "@.-_+")
        return address.addingPercentEncoding(withAllowedCharacters: allowed).map { "mailto:" + $0 }
    }

    /// `+1 (601) 555-0100 ext. 12` dials as `tel:+16015550100;ext=12`; punctuation is dropped,
    /// letters other than an extension marker mean the number is not one we can dial.
    static func tel(_ phone: String) -> String? {
        let lower = phone.lowercased()
        let marker = ["extension", "ext.", "ext", "x", "#"].lazy.compactMap { lower.range(of: $0) }.first
        let main = marker.map { String(lower[..<$0.lowerBound]) } ?? lower
        let extensionPart = marker.map { String(lower[$0.upperBound...]) } ?? ""
        guard !main.contains(where: \.isLetter), !extensionPart.contains(where: \.isLetter) else { return nil }
        let digits = main.filter(\.isASCIIDigitCharacter)
        let extensionDigits = extensionPart.filter(\.isASCIIDigitCharacter)
        guard digits.count >= 3, digits.count <= 15, extensionDigits.count <= 10 else { return nil }
        let plus = main.trimmingCharacters(in: .whitespaces).hasPrefix("+") ? "+" : ""
        return "tel:" + plus + digits + (extensionDigits.isEmpty ? "" : ";ext=" + extensionDigits)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
