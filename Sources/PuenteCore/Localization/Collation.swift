// The order a reader of either language expects in lists of names and labels: accents and case
// do not move a word, so "árabe" sorts with the a's and "Álvarez" before "Beltrán" (plain `<`
// compares code points and puts every accented capital after "Z").

public enum Collation {
    /// Whether `a` comes before `b`: folded text first (as the directory orders names), then the
    /// text as written, so the order is total and the same on every run.
    static func precedes(_ a: (folded: String, text: String), _ b: (folded: String, text: String)) -> Bool {
        a.folded == b.folded ? a.text < b.text : a.folded < b.folded
    }
}

public extension Sequence {
    /// The elements in reading order of the text `name` gives for each (each name folded once).
    func sorted(byCollating name: (Element) -> String) -> [Element] {
        map { element -> ((folded: String, text: String), Element) in
            let text = name(element)
            return ((TextFolding.fold(text), text), element)
        }.sorted { Collation.precedes($0.0, $1.0) }.map(\.1)
    }
}

public extension Sequence where Element == String {
    func sortedByCollation() -> [String] {
        sorted(byCollating: { $0 })
    }
}

/// A fixed vocabulary's codes (languages, counties, communities) in reading order per language,
/// worked out once. Directory cards put each person's few codes in order on every page, where
/// folding names each time would cost hundreds of folds (0.7 µs each) per page.
public struct ReadingOrder: Sendable {
    private let ranks: [Language: [String: Int]]

    public init(codes: [String], name: (String, Language) -> String) {
        ranks = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            let ordered = codes.sorted(byCollating: { name($0, language) })
            return (language, Dictionary(ordered.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }))
        })
    }

    /// `codes` in the reading order of their names in `language`; codes not in the vocabulary
    /// come last, by code.
    public func sorted(_ codes: [String], in language: Language) -> [String] {
        let rank = ranks[language] ?? [:]
        return codes.sorted { a, b in
            switch (rank[a], rank[b]) {
            case let (x?, y?): x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a < b
            }
        }
    }
}
