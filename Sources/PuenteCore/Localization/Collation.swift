// The order a reader of either language expects in lists of names and labels: accents and case
// do not move a word, so "árabe" sorts with the a's and "Álvarez" before "Beltrán" (plain `<`
// compares code points and puts every accented capital after "Z").

public enum Collation {
    /// Whether `a` comes before `b`: folded text first (as the directory orders names), then the
    /// text as written, so the order is total and the same on every run.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let (foldedA, foldedB) = (TextFolding.fold(a), TextFolding.fold(b))
        return foldedA == foldedB ? a < b : foldedA < foldedB
    }
}

public extension Sequence {
    /// The elements in reading order of the text `name` gives for each.
    func sorted(byCollating name: (Element) -> String) -> [Element] {
        map { (name($0), $0) }.sorted { Collation.precedes($0.0, $1.0) }.map(\.1)
    }
}

public extension Sequence where Element == String {
    func sortedByCollation() -> [String] {
        sorted(byCollating: { $0 })
    }
}
