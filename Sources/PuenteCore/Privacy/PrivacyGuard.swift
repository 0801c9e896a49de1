// Refuses free text that looks like a Social Security number, a tax id or a payment card.
// Puente never has a field for these; this stops them arriving through notes and bios.

import Foundation

public enum SensitiveData: Sendable, Equatable {
    /// `123-45-6789`, `123 45 6789`, or nine digits alone (SSN and ITIN share the shape).
    case socialSecurityNumber
    /// An employer identification number, `12-3456789`.
    case taxID
    /// 13 to 19 digits, spaces or dashes allowed, that pass the Luhn check.
    case paymentCard
}

public enum PrivacyGuard {
    // Digits must not continue on either side, so a 10-digit phone number is not an SSN.
    private static let ssn = try! NSRegularExpression(pattern: #"(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])"#)
    private static let ein = try! NSRegularExpression(pattern: #"(?<![\d-])\d{2}-\d{7}(?![\d-])"#)
    private static let card = try! NSRegularExpression(pattern: #"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])"#)

    /// The first sensitive-looking thing in `text`, or nil.
    public static func scan(_ text: String) -> SensitiveData? {
        // Every pattern needs at least nine digits; most text (names, titles) has none.
        var digits = 0
        for scalar in text.unicodeScalars where scalar.properties.numericType == .decimal {
            digits += 1
            if digits >= 9 { break }
        }
        guard digits >= 9 else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        if ssn.firstMatch(in: text, range: range) != nil { return .socialSecurityNumber }
        if ein.firstMatch(in: text, range: range) != nil { return .taxID }
        for match in card.matches(in: text, range: range) {
            guard let matched = Range(match.range, in: text) else { continue }
            let digits = text[matched].compactMap(\.wholeNumberValue)
            if luhn(digits) { return .paymentCard }
        }
        return nil
    }

    static func luhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            let value = index % 2 == 1 ? digit * 2 : digit
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }
}
