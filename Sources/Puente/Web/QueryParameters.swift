// Query strings as name → value pairs: the language switch and the directory read the first value
// of a name, parsed once per request; FHIR search reads every pair. Vapor's decoder parses the
// whole query string again for each `req.query[_, at:]`; the language middleware asks on every
// request and the directory for seven names (together 7% of a directory page, profiled).

import Vapor

struct QueryParameters: Sendable, Equatable {
    private var values: [String: String] = [:]

    /// The first value of each name.
    init(_ query: String?) {
        for (name, value) in Self.pairs(query) where values[name] == nil { values[name] = value }
    }

    subscript(name: String) -> String? { values[name] }

    /// The named values that are present, for code that reads a form's fields from a link.
    func values(_ names: [String]) -> [String: String] {
        values.filter { names.contains($0.key) }
    }

    /// Form-urlencoded pairs in order, repeated names kept (FHIR search reads them all): `+` is a
    /// space and percent escapes are UTF-8. A name that does not decode is left out; a value that
    /// does not decode is kept as typed, so validation reports it instead of it vanishing.
    static func pairs(_ query: String?) -> [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), !name.isEmpty else { return nil }
            let value = parts.count > 1 ? parts[1] : ""
            return (name, decode(value) ?? String(value))
        }
    }

    private static func decode(_ raw: Substring) -> String? {
        guard raw.contains(where: { $0 == "+" || $0 == "%" }) else { return String(raw) }
        return raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

extension Request {
    private struct QueryParametersKey: StorageKey { typealias Value = QueryParameters }

    var queryParameters: QueryParameters {
        if let parsed = storage[QueryParametersKey.self] { return parsed }
        let parsed = QueryParameters(url.query)
        storage[QueryParametersKey.self] = parsed
        return parsed
    }
}
