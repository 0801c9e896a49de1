// The query string as flat name → value pairs, read once per request. Vapor's decoder parses the
// whole query string again for each `req.query[_, at:]`; the language middleware asks on every
// request and the directory for seven names (together 7% of a directory page, profiled).

import Vapor

struct QueryParameters: Sendable, Equatable {
    private var values: [String: String] = [:]

    /// Form-urlencoded pairs: `+` is a space, percent escapes are UTF-8. The first value of a
    /// repeated name wins; a pair whose escapes are not valid UTF-8 is left out.
    init(_ query: String?) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty,
                  let value = parts.count > 1 ? Self.decode(parts[1]) : "" else { continue }
            if values[name] == nil { values[name] = value }
        }
    }

    subscript(name: String) -> String? { values[name] }

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
