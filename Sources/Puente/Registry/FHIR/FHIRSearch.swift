// FHIR search parameters: parsing (name, modifier, value), strings with :exact and :contains,
// dates with gt/lt/ge/le/eq, paging. Unknown parameters are an error, not silently ignored.

import Fluent
import PuenteCore
import Foundation

struct FHIRSearchError: Error {
    let message: String
}

struct FHIRParameter: Sendable {
    let name: String
    let modifier: String?
    let values: [String]

    /// Whether a resource without this property matches: only for `:missing=true`.
    var matchesWhenAbsent: Bool { modifier == "missing" && values == ["true"] }
}

/// A token search value: `code`, `system|code`, or `|code` for a code without a system.
struct FHIRToken {
    let system: String?
    let code: String

    init(_ value: String) {
        if let bar = value.firstIndex(of: "|") {
            system = String(value[..<bar])
            code = String(value[value.index(after: bar)...])
        } else {
            system = nil
            code = value
        }
    }

    func matches(system wantedSystem: String, code wantedCode: String) -> Bool {
        code == wantedCode && (system == nil || system == wantedSystem)
    }

    /// The id in a reference value: `Location/06`, `06` or a full URL ending in `/Location/06`.
    static func referencedID(_ value: String) -> String {
        String(value.split(separator: "/").last ?? "")
    }
}

struct FHIRSearchRequest: Sendable {
    static let defaultCount = 20
    static let maximumCount = 100
    /// Far beyond any registry, and far enough below `Int.max` that `offset + count` cannot trap.
    static let maximumOffset = 1_000_000_000
    static let controlParameters: Set<String> = ["_count", "_offset", "_format", "_include"]

    var parameters: [FHIRParameter] = []
    var count = defaultCount
    var offset = 0
    var includes: [String] = []
    /// The query as received, to build paging links from.
    var pairs: [(String, String)] = []

    init(pairs: [(String, String)], allowed: Set<String>) throws {
        self.pairs = pairs
        for (key, value) in pairs {
            // Empty pieces kept: `?:=x` split to nothing and indexing it trapped.
            let parts = key.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            switch name {
            case "_count":
                guard let number = Int(value), number >= 0 else { throw FHIRSearchError(message: "_count must be a whole number") }
                count = min(number, Self.maximumCount)
            case "_offset":
                guard let number = Int(value), (0...Self.maximumOffset).contains(number) else {
                    throw FHIRSearchError(message: "_offset must be a whole number from 0 to \(Self.maximumOffset)")
                }
                offset = number
            case "_format":
                continue
            case "_include":
                guard allowed.contains("_include:\(value)") else { throw FHIRSearchError(message: "unsupported _include \(value)") }
                includes.append(value)
            default:
                guard allowed.contains(name) else { throw FHIRSearchError(message: "unknown search parameter \(name)") }
                let modifier = parts.count > 1 ? parts[1] : nil
                if let modifier, !["exact", "contains", "missing"].contains(modifier) {
                    throw FHIRSearchError(message: "unsupported modifier :\(modifier) on \(name)")
                }
                parameters.append(FHIRParameter(name: name, modifier: modifier, values: Self.values(value)))
            }
        }
    }

    func all(_ name: String) -> [FHIRParameter] { parameters.filter { $0.name == name } }

    /// `true` or `false`, the only values of a FHIR token search on a boolean.
    static func flag(_ parameter: FHIRParameter) throws -> Bool {
        guard let flag = parameter.values.first, parameter.values.count == 1, flag == "true" || flag == "false" else {
            throw FHIRSearchError(message: "\(parameter.name) must be true or false")
        }
        return flag == "true"
    }

    /// A parameter's values: a comma means "or", and FHIR escapes a literal one as `\,` (with `\$`,
    /// `\|` and `\\` likewise). The value arrives percent-decoded already, so it is not decoded again.
    static func values(_ value: String) -> [String] {
        var values: [String] = [], current = "", escaping = false
        for character in value {
            if escaping {
                if !",$|\\".contains(character) { current.append("\\") } // not an escape: keep the backslash
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," {
                values.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaping { current.append("\\") }
        values.append(current)
        return values.filter { !$0.isEmpty }
    }

    /// A link to the same search at another offset.
    func link(base: String, offset newOffset: Int) -> String {
        var items = pairs.filter { $0.0 != "_offset" && $0.0 != "_count" }
        items.append(("_count", "\(count)"))
        items.append(("_offset", "\(newOffset)"))
        return base + "?" + QueryString.encode(items, keepingEmpty: true)
    }
}

extension QueryBuilder {
    /// FHIR string search: starts-with by default and `:contains` anywhere, both ignoring case and
    /// accents (on the folded columns); `:exact` compares the original text exactly.
    @discardableResult
    func fhirString(_ parameter: FHIRParameter, fields: [(original: KeyPath<Model, FieldProperty<Model, String>>,
                                                         folded: KeyPath<Model, FieldProperty<Model, String>>)]) throws -> Self {
        group(.or) { group in
            for value in parameter.values {
                let folded = TextFolding.fold(value)
                for field in fields {
                    switch parameter.modifier {
                    case "exact": group.filter(field.original, .equal, value)
                    case "contains": group.filter(field.folded, contains: folded)
                    default: group.filter(field.folded, startsWith: folded)
                    }
                }
            }
        }
        return self
    }

    /// `_lastUpdated=gt2026-01-01` and friends, on a timestamp.
    @discardableResult
    func fhirDate(_ parameter: FHIRParameter, field: KeyPath<Model, TimestampProperty<Model, DefaultTimestampFormat>>) throws -> Self {
        for value in parameter.values {
            let prefixes = ["gt", "lt", "ge", "le", "eq"]
            let prefix = prefixes.first { value.hasPrefix($0) } ?? "eq"
            let text = prefixes.contains(String(value.prefix(2))) ? String(value.dropFirst(2)) : value
            guard let date = FHIRDate.parse(text) else { throw FHIRSearchError(message: "not a date: \(value)") }
            let dayOnly = text.count == 10
            switch prefix {
            case "gt": filter(field, .greaterThan, dayOnly ? date.addingTimeInterval(86_400) : date)
            case "ge": filter(field, .greaterThanOrEqual, date)
            case "lt": filter(field, .lessThan, date)
            case "le":
                if dayOnly { filter(field, .lessThan, date.addingTimeInterval(86_400)) } else { filter(field, .lessThanOrEqual, date) }
            default:
                filter(field, .greaterThanOrEqual, date)
                filter(field, .lessThan, date.addingTimeInterval(dayOnly ? 86_400 : 1))
            }
        }
        return self
    }
}
