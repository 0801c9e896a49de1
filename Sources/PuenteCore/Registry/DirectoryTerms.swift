// What the public directory can find a person by, as index terms: the words of their public
// name and title, and one term per consented filter value. Keeping both kinds in one ordered
// index lets every search walk it in name order and stop after a page (see decision 0008).

import Foundation

public enum DirectoryTerms {
    /// Every listed person carries this term, so browsing without filters is a term search too.
    public static let everyone = ":all"

    // Filter terms start with ":" and words never do, so a typed prefix cannot reach a filter.
    public static func language(_ code: String) -> String { ":language:\(code)" }
    public static func county(_ fips: String) -> String { ":county:\(fips)" }
    public static func workerType(_ type: WorkerType) -> String { ":type:\(type.rawValue)" }
    public static func community(_ code: String) -> String { ":community:\(code)" }

    /// Above every term that starts with a given prefix, for range scans `[prefix, prefix + end)`.
    public static let prefixEnd = "\u{10FFFF}"

    /// Lower-cased words without accents, so "Hernandez" finds "Hernández". At most eight.
    public static func words(_ text: String) -> [String] {
        Array(TextFolding.fold(text)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
            .prefix(8))
    }

    /// Sorts by family name, then given name, accents ignored; the registry number makes it unique.
    /// A space sorts below letters and digits, so "Garcia Ana" comes before "Garciaa".
    public static func nameKey(givenName: String, familyName: String, number: String) -> String {
        "\(TextFolding.fold(familyName)) \(TextFolding.fold(givenName)) \(number)"
    }

    /// Sorts newest first: milliseconds before the year 2286, zero-padded, then the number.
    public static func newestKey(createdAt: Date, number: String) -> String {
        let millis = max(0, Int64(createdAt.timeIntervalSince1970 * 1000))
        let remaining = String(max(0, 9_999_999_999_999 - millis))
        return String(repeating: "0", count: max(0, 13 - remaining.count)) + remaining + " " + number
    }

    /// The public side of one entry, already reduced to what its holder chose to show.
    public struct Listing: Sendable, Equatable {
        public var givenName: String
        public var familyName: String
        public var workerType: WorkerType?
        public var otherTitle: String?
        public var languages: [String]
        public var counties: [String]
        public var communities: [String]
        public var organizations: [String]

        public init(givenName: String, familyName: String, workerType: WorkerType?, otherTitle: String?,
                    languages: [String], counties: [String], communities: [String], organizations: [String]) {
            self.givenName = givenName
            self.familyName = familyName
            self.workerType = workerType
            self.otherTitle = otherTitle
            self.languages = languages
            self.counties = counties
            self.communities = communities
            self.organizations = organizations
        }

        /// Every term the listing can be found by, without repeats.
        public var terms: Set<String> {
            var terms: Set<String> = [DirectoryTerms.everyone]
            var text = [givenName, familyName]
            if let workerType {
                terms.insert(DirectoryTerms.workerType(workerType))
                if workerType == .other, let otherTitle { text.append(otherTitle) }
            }
            text += organizations
            for phrase in text { terms.formUnion(DirectoryTerms.words(phrase)) }
            terms.formUnion(languages.map(DirectoryTerms.language))
            terms.formUnion(counties.map(DirectoryTerms.county))
            terms.formUnion(communities.map(DirectoryTerms.community))
            return terms
        }

        /// The filter terms alone, as `" :a :b "`: stored on each of the person's term rows, so a
        /// search checks a filter on the row it is already reading (does it hold `" :a "`) instead of
        /// looking up another row per candidate.
        public var facets: String {
            DirectoryTerms.facets(terms)
        }
    }

    /// The facets text of a set of terms: every filter term but `:all`, sorted, space-delimited.
    public static func facets(_ terms: Set<String>) -> String {
        " " + terms.filter { $0.hasPrefix(":") && $0 != everyone }.sorted().map { $0 + " " }.joined()
    }

    /// What a facets text holds when it carries `term`: the term with its delimiting spaces.
    public static func facetNeedle(_ term: String) -> String {
        " \(term) "
    }
}

/// Lower case without accents: how names are compared for search on both engines.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
