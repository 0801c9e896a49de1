// The public directory query: active, listed entries, filtered only through fields each person
// chose to show (the index holds nothing else), so a filter can never reveal what the page would not.

import Fluent
import FluentSQL
import Foundation
import PuenteCore
import Vapor

struct DirectoryFilter: Sendable, Hashable {
    enum Sort: String, Sendable { case name, newest }

    var text = ""
    var language: String?
    var county: String?
    var type: WorkerType?
    var community: String?
    var sort: Sort = .name
    var page = 1

    static let pageSize = 20
    /// Matches counted per search; pages stop there too (refine the search to see further).
    static let countLimit = 200

    /// Reads the query string (stable contract: `q`, `language`, `county`, `type`), reporting
    /// values that are not on the program's lists.
    static func parse(q: String?, language: String?, county: String?, type: String?, community: String?,
                      sort: String?, page: Int?, counties: CountyList,
                      communities: CommunityList = .shipped) -> (DirectoryFilter, FormErrors) {
        var filter = DirectoryFilter()
        var errors = FormErrors()
        filter.text = String((q ?? "").prefix(200))
        if let language = language?.nonEmpty {
            if let known = SpokenLanguages.named(language) { filter.language = known.code } else { errors.add("language", .directoryUnknownLanguage) }
        }
        if let county = county?.nonEmpty {
            if let known = counties.find(county) { filter.county = known.fips } else { errors.add("county", .directoryUnknownCounty) }
        }
        if let type = type?.nonEmpty {
            if let known = WorkerType(rawValue: type.lowercased()) { filter.type = known } else { errors.add("type", .directoryUnknownType) }
        }
        if let community = community?.nonEmpty {
            if communities.named(community) != nil { filter.community = community } else { errors.add("community", .directoryUnknownCommunity) }
        }
        filter.sort = sort.flatMap(Sort.init(rawValue:)) ?? .name
        filter.page = min(max(page ?? 1, 1), countLimit / pageSize)
        return (filter, errors)
    }

    /// The stable-contract query parameters of a request.
    static func parse(_ req: Request) -> (DirectoryFilter, FormErrors) {
        let query = req.queryParameters
        return parse(q: query["q"], language: query["language"], county: query["county"], type: query["type"],
                     community: query["community"], sort: query["sort"], page: query["page"].flatMap { Int($0) },
                     counties: req.config.counties, communities: req.config.communities)
    }

    /// The query string that reproduces this search, for shareable links and pagination.
    func queryItems(page: Int? = nil) -> [String: String] {
        var items: [String: String] = [:]
        if !text.isEmpty { items["q"] = text }
        if let language { items["language"] = language }
        if let county { items["county"] = county }
        if let type { items["type"] = type.rawValue }
        if let community { items["community"] = community }
        if sort != .name { items["sort"] = sort.rawValue }
        if let page, page > 1 { items["page"] = "\(page)" }
        return items
    }
}

/// One page of directory results. Matches are counted only up to `DirectoryFilter.countLimit`:
/// past that the page says "more than" instead of counting a million rows on every request.
struct DirectoryResults: Sendable {
    let items: [PublicEntryDTO]
    let page: Int
    let total: Int
    let isCapped: Bool
    var pages: Int { max(1, (total + DirectoryFilter.pageSize - 1) / DirectoryFilter.pageSize) }
}

enum Directory {
    /// The query the page runs; tests and benchmarks call it directly.
    static func search(_ filter: DirectoryFilter, on db: any Database) async throws -> DirectoryResults {
        let empty = DirectoryResults(items: [], page: filter.page, total: 0, isCapped: false)
        guard let plan = try await DirectoryPlan.make(filter, on: db.sql) else { return empty }
        let offset = (filter.page - 1) * DirectoryFilter.pageSize
        let rows = try await db.sql.raw(plan.pageAndCount(sort: filter.sort, limit: DirectoryFilter.pageSize, offset: offset,
                                                          countLimit: DirectoryFilter.countLimit + 1)).all()
        let items = try rows.compactMap { row -> PublicEntryDTO? in
            guard let card = try row.decodeNil(column: "card") ? nil : row.decode(column: "card", as: String.self) else { return nil }
            return try PublicEntryDTO(storedCard: card)
        }
        let counted = try rows.first?.decode(column: "n", as: Int.self) ?? 0
        return DirectoryResults(items: items, page: filter.page,
                             total: min(counted, DirectoryFilter.countLimit), isCapped: counted > DirectoryFilter.countLimit)
    }
}

/// How one search walks the term index: the driving condition is read in sort order, the others
/// are checked per person by primary-key lookup, so a page costs about one page of rows.
struct DirectoryPlan {
    enum Condition {
        case term(String)
        /// Words that start with a typed prefix; used when a prefix names more than one word.
        case prefix(String)
        /// A filter term, checked on the row being read (its `facets`), never by another lookup.
        case facet(String)
    }

    let driver: Condition
    let checks: [Condition]
    /// The facet check and the page statement differ per engine, as measured on each.
    let engine: DatabaseEngine

    static func make(_ filter: DirectoryFilter, on sql: any SQLDatabase) async throws -> DirectoryPlan? {
        var words: [Condition] = []
        for word in DirectoryTerms.words(filter.text) {
            let found = try await termsStarting(with: word, on: sql)
            switch found.count {
            case 0: return nil // nobody listed has such a word
            case 1: words.append(.term(found[0]))
            default: words.append(.prefix(word))
            }
        }
        // The driver is the rarest exact term: a name word, else county, community, language, type.
        // Other words are looked up; other filters are checked on the driver's own row.
        let exactWords = words.filter { if case .term = $0 { true } else { false } }
        let prefixes = words.filter { if case .prefix = $0 { true } else { false } }
        var filters: [String] = []
        if let county = filter.county { filters.append(DirectoryTerms.county(county)) }
        if let community = filter.community { filters.append(DirectoryTerms.community(community)) }
        if let language = filter.language { filters.append(DirectoryTerms.language(language)) }
        if let type = filter.type { filters.append(DirectoryTerms.workerType(type)) }
        let driver: Condition
        var checks: [Condition]
        if let word = exactWords.first {
            driver = word
            checks = Array(exactWords.dropFirst()) + prefixes
        } else if let first = filters.first {
            driver = .term(first)
            filters.removeFirst()
            checks = prefixes
        } else if let prefix = prefixes.first {
            driver = prefix
            checks = Array(prefixes.dropFirst())
        } else {
            driver = .term(DirectoryTerms.everyone)
            checks = []
        }
        return DirectoryPlan(driver: driver, checks: filters.map(Condition.facet) + checks, engine: sql.engine)
    }

    /// Up to two distinct index words starting with `prefix`, in one statement of two index seeks:
    /// whether a typed word names one indexed word (an exact term) or several (a prefix range).
    static func termsStarting(with prefix: String, on sql: any SQLDatabase) async throws -> [String] {
        let end = prefix + DirectoryTerms.prefixEnd
        let row = try await sql.raw("""
            SELECT lowest.term AS first_term, (SELECT term FROM directory_terms WHERE term > lowest.term AND term < \(bind: end)
                                               ORDER BY term LIMIT 1) AS second_term
            FROM (SELECT term FROM directory_terms WHERE term >= \(bind: prefix) AND term < \(bind: end) ORDER BY term LIMIT 1) AS lowest
            """).first()
        guard let row else { return [] }
        let second = try row.decodeNil(column: "second_term") ? nil : row.decode(column: "second_term", as: String.self)
        return [try row.decode(column: "first_term", as: String.self)] + (second.map { [$0] } ?? [])
    }

    /// The page's public cards in order, each row also carrying how many matched (up to
    /// `countLimit`). With no match, one row with no card. On SQLite the count and the page are two
    /// short walks of the index, up to a third faster than keeping the matches in a temporary table
    /// for both; on PostgreSQL that form was 3–4× slower for filtered searches (measured A/B,
    /// docs/benchmarks.md fifth round), so there the matches are kept once and read twice.
    func pageAndCount(sort: DirectoryFilter.Sort, limit: Int, offset: Int, countLimit: Int) -> SQLQueryString {
        let key: SQLQueryString = sort == .name ? "t0.name_key" : "t0.newest_key"
        guard engine != .postgres else {
            return """
                WITH matches AS (SELECT \(distinct)t0.entry_id, \(key) AS sort_key FROM \(body) ORDER BY \(key) LIMIT \(literal: countLimit))
                SELECT counted.n AS n, l.card AS card
                FROM (SELECT count(*) AS n FROM matches) AS counted
                LEFT JOIN (SELECT entry_id, sort_key FROM matches ORDER BY sort_key LIMIT \(literal: limit) OFFSET \(literal: offset)) AS page ON 1 = 1
                LEFT JOIN directory_listings l ON l.entry_id = page.entry_id
                ORDER BY page.sort_key
                """
        }
        return """
            SELECT counted.n AS n, l.card AS card
            FROM (SELECT count(*) AS n FROM (SELECT \(distinct)t0.entry_id FROM \(body) LIMIT \(literal: countLimit)) AS found) AS counted
            LEFT JOIN (SELECT \(distinct)t0.entry_id, \(key) AS sort_key FROM \(body)
                       ORDER BY \(key) LIMIT \(literal: limit) OFFSET \(literal: offset)) AS page ON 1 = 1
            LEFT JOIN directory_listings l ON l.entry_id = page.entry_id
            ORDER BY page.sort_key
            """
    }

    /// One person can hold several words of a prefix; only then are rows de-duplicated.
    private var distinct: SQLQueryString {
        if case .prefix = driver { "DISTINCT " } else { "" }
    }

    private var body: SQLQueryString {
        var body: SQLQueryString = "directory_terms t0 WHERE \(match(driver, in: "t0"))"
        for (index, check) in checks.enumerated() {
            if case .facet = check {
                body += " AND \(match(check, in: "t0"))"
                continue
            }
            let alias = "t\(index + 1)"
            body += " AND EXISTS (SELECT 1 FROM directory_terms \(unsafeRaw: alias) WHERE \(unsafeRaw: alias).name_key = t0.name_key AND \(match(check, in: alias)))"
        }
        return body
    }

    private func match(_ condition: Condition, in alias: String) -> SQLQueryString {
        switch condition {
        case .term(let term): "\(unsafeRaw: alias).term = \(bind: term)"
        case .prefix(let prefix): "\(unsafeRaw: alias).term >= \(bind: prefix) AND \(unsafeRaw: alias).term < \(bind: prefix + DirectoryTerms.prefixEnd)"
        case .facet(let term):
            // Filter codes come from the program's lists (letters, digits, ":" and "-"), never LIKE's `%` or `_`.
            engine.contains("\(unsafeRaw: alias).facets", DirectoryTerms.facetNeedle(term))
        }
    }
}

extension PublicEntryDTO {
    /// A card as `DirectoryIndex` stored it: read by `FlatJSON`, or by `JSONDecoder` should it
    /// ever hold something else.
    init(storedCard card: String) throws {
        if let object = FlatJSON.object(card), let dto = Self(object) {
            self = dto
        } else {
            self = try JSONDecoder().decode(Self.self, from: Data(card.utf8))
        }
    }

    init(registryNumber: String, name: String, title: String?, languages: [String]?, counties: [String]?,
         communities: [String]?, organizations: [String]?, email: String?, phone: String?) {
        self.registryNumber = registryNumber
        self.name = name
        self.title = title
        self.languages = languages
        self.counties = counties
        self.communities = communities
        self.organizations = organizations
        self.email = email
        self.phone = phone
    }

    private init?(_ object: [String: FlatJSON.Value]) {
        func string(_ key: String) -> String?? {
            switch object[key] {
            case .string(let value): value
            case .null, nil: .some(nil)
            default: nil
            }
        }
        func strings(_ key: String) -> [String]?? {
            switch object[key] {
            case .strings(let value): value
            case .null, nil: .some(nil)
            default: nil
            }
        }
        guard case .string(let number) = object["registryNumber"], case .string(let name) = object["name"],
              let title = string("title"), let languages = strings("languages"), let counties = strings("counties"),
              let communities = strings("communities"), let organizations = strings("organizations"),
              let email = string("email"), let phone = string("phone") else { return nil }
        self.init(registryNumber: number, name: name, title: title, languages: languages, counties: counties,
                  communities: communities, organizations: organizations, email: email, phone: phone)
    }
}

extension String {
    var nonEmpty: String? {
        let trimmed = trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
