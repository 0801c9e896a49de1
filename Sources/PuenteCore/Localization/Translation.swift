// One UI string in every language; the catalog's switch makes a missing one a compile error.

import Foundation

public struct Translation: Sendable, Equatable, Codable {
    public let en: String
    public let es: String
    /// The CLDR "one" forms ("1 seat left", "Queda 1 lugar"), for texts with a `{count}`; the
    /// forms above are "other". Both languages' rules pick "one" only for exactly 1.
    public let enOne: String?
    public let esOne: String?

    public init(en: String, es: String, enOne: String? = nil, esOne: String? = nil) {
        self.en = en
        self.es = es
        self.enOne = enOne
        self.esOne = esOne
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .es: es
        }
    }

    /// The form CLDR's plural rules choose for `count` (a whole number, as text) in `language`.
    public func text(in language: Language, count: String) -> String {
        guard PluralCategory(count, language) == .one else { return text(in: language) }
        switch language {
        case .en: return enOne ?? en
        case .es: return esOne ?? es
        }
    }

    /// Placeholder names written as `{name}` in the text.
    public static func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"),
              let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

public extension L10n {
    /// The text for `language`, with `{placeholder}`s filled from `values`.
    /// One pass over the text, so a value that itself holds `{x}` is never filled again; an
    /// unknown placeholder stays as written. (Every page fills dozens: Foundation's
    /// `replacingOccurrences` per value was 6% of a directory page's CPU.)
    func text(_ language: Language, _ values: [String: String] = [:]) -> String {
        let template = values["count"].map { translation.text(in: language, count: $0) } ?? translation.text(in: language)
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}

/// CLDR plural categories for the languages Puente speaks, for whole numbers: English and
/// Spanish both say "one" for exactly 1 and "other" for everything else (0 included).
/// (Spanish's "many" applies only to compact millions, which Puente does not write.)
public enum PluralCategory: Equatable, Sendable {
    case one, other

    public init(_ count: String, _ language: Language) {
        switch language {
        case .en, .es: self = count.trimmingCharacters(in: .whitespaces) == "1" ? .one : .other
        }
    }
}
