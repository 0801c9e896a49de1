// The languages every UI string exists in, and how a request picks one.

public enum Language: String, CaseIterable, Codable, Sendable {
    case en
    case es

    /// The name of the language written in that language, for the switcher.
    public var endonym: String {
        switch self {
        case .en: "English"
        case .es: "Español"
        }
    }

    /// The locale used to format dates and numbers for readers in the United States.
    public var localeIdentifier: String {
        switch self {
        case .en: "en_US"
        case .es: "es_US"
        }
    }

    /// Accepts `es`, `ES`, `es-MX`, `es_US`: the primary subtag decides.
    public init?(tag: String) {
        let primary = tag.trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        self.init(rawValue: primary)
    }

    /// Picks the supported language the reader prefers most from an
    /// `Accept-Language` header (RFC 9110 §12.5.4), honouring q-values.
    public static func preferred(fromAcceptLanguage header: String) -> Language? {
        var best: (language: Language, quality: Double, position: Int)?
        for (position, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";")
            guard let tag = parts.first, let language = Language(tag: String(tag)) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == "q",
                   let q = Double(pair[1].trimmingCharacters(in: .whitespaces)) {
                    quality = q
                }
            }
            guard quality > 0 else { continue }
            if best == nil || quality > best!.quality {
                best = (language, quality, position)
            }
        }
        return best?.language
    }
}

import Foundation
