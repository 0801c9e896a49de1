// Human-friendly random identifiers (registry and certificate numbers): Crockford base32,
// no I, L, O or U, grouped by four, e.g. `CHW-7K3M-9QXD`. Random, so they cannot be guessed
// from one another; a unique index makes sure one is never issued twice.

public struct ReadableCode: Hashable, Sendable, Codable, CustomStringConvertible {
    public static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public let value: String
    public var description: String { value }

    /// `groups` of four characters after the prefix: 2 groups ≈ 10¹² values, 3 ≈ 10¹⁸.
    public static func random(prefix: String, groups: Int) -> ReadableCode {
        let body = (0..<groups).map { _ in String((0..<4).map { _ in alphabet.randomElement()! }) }
        return ReadableCode(value: ([prefix] + body).joined(separator: "-"))
    }

    private init(value: String) { self.value = value }

    /// Reads what a person typed: any case, spaces for dashes, O for 0, I or L for 1.
    public init?(typed: String, prefix: String, groups: Int) {
        var cleaned = typed.uppercased().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: " ", with: "-")
        guard cleaned.hasPrefix(prefix + "-") else { return nil }
        cleaned = String(cleaned.dropFirst(prefix.count + 1))
        let characters = cleaned.filter { $0 != "-" }.map { character -> Character in
            switch character {
            case "O": "0"
            case "I", "L": "1"
            default: character
            }
        }
        guard characters.count == groups * 4, characters.allSatisfy(Self.alphabet.contains) else { return nil }
        let body = stride(from: 0, to: characters.count, by: 4).map { String(characters[$0..<$0 + 4]) }
        self.value = ([prefix] + body).joined(separator: "-")
    }
}

import Foundation
