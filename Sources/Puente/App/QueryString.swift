// The one way Puente writes a query string: every link, redirect and pager goes through here, so a
// value is encoded the same everywhere. Only unreserved characters (and `:`, `|`, `/`, which read
// better in FHIR searches and `next=` paths) pass as they are; `&`, `=`, `+`, `#`, `?`, spaces and
// every non-ASCII byte are percent-encoded, so no value can change what the URL means.

import Foundation

enum QueryString {
    static let allowed: CharacterSet = {
        var allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        allowed.insert(charactersIn: "-._~:|/")
        return allowed
    }()

    /// `name=value` pairs in the given order, joined by `&`; pairs with an empty value are left out
    /// unless `keepingEmpty` (a FHIR search repeats its parameters exactly).
    static func encode(_ items: [(String, String)], keepingEmpty: Bool = false) -> String {
        items.filter { keepingEmpty || !$0.1.isEmpty }
            .map { escape($0.0) + "=" + escape($0.1) }
            .joined(separator: "&")
    }

    /// Pairs in the order of their names, so a link is the same whatever order a dictionary keeps.
    static func encode(_ items: [String: String]) -> String {
        encode(items.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// `path` followed by the encoded pairs (after `?`, or `&` when `path` has a query already), or
    /// `path` alone when none has a value.
    static func append(_ items: [String: String], to path: String) -> String {
        let query = encode(items)
        guard !query.isEmpty else { return path }
        return path + (path.contains("?") ? "&" : "?") + query
    }
}
