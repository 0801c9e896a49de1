// One UI string in every language; the catalog's switch makes a missing one a compile error.

import Foundation

public struct Translation: Sendable, Equatable, Codable {
    public let en: String
    public let es: String

    public init(en: String, es: String) {
        self.en = en
        self.es = es
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .es: es
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
    func text(_ language: Language, _ values: [String: String] = [:]) -> String {
        var result = translation.text(in: language)
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }
}
