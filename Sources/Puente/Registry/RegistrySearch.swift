// The staff search of the whole registry (every status, email included): a query the staff page,
// the API, the CSV export, messages to a segment and tests share, as `Directory.search` is for
// the public directory.

import Fluent
import Foundation
import PuenteCore
import Vapor

/// What staff filter the registry by: text, status, county, language and worker type. Unlike
/// the public directory's filters these see every entry and every field, shown or not.
struct RegistryStaffFilter: Sendable, Equatable, Codable {
    var search = ""
    var status: RegistryEntry.Status?
    var county: String?
    var language: String?
    var type: WorkerType?

    /// Reads `q`, `status`, `county`, `language` and `type`; a value not on the program's lists
    /// filters nothing rather than everything (the selects offer only known values).
    init(search: String = "", status: RegistryEntry.Status? = nil, county: String? = nil, language: String? = nil, type: WorkerType? = nil) {
        self.search = search
        self.status = status
        self.county = county
        self.language = language
        self.type = type
    }

    init(_ values: [String: String], counties: CountyList) {
        search = String((values["q"] ?? "").trimmingCharacters(in: .whitespaces).prefix(200))
        status = values["status"].flatMap(RegistryEntry.Status.init(rawValue:))
        county = values["county"].flatMap { counties.find($0)?.fips }
        language = values["language"].flatMap { SpokenLanguages.named($0)?.code }
        type = values["type"].flatMap(WorkerType.init(rawValue:))
    }

    init(query req: Request) {
        self.init(req.queryParameters.values(["q", "status", "county", "language", "type"]), counties: req.config.counties)
    }

    var isEmpty: Bool { self == RegistryStaffFilter() }

    /// The query string that reproduces the filter (pages, the export link, "write to these people").
    var queryItems: [String: String] {
        var items: [String: String] = [:]
        if !search.isEmpty { items["q"] = search }
        if let status { items["status"] = status.rawValue }
        if let county { items["county"] = county }
        if let language { items["language"] = language }
        if let type { items["type"] = type.rawValue }
        return items
    }
}

enum RegistrySearch {
    static let pageSize = 50

    /// The staff search: every entry, by name, registry number or email, and the filters.
    static func page(_ filter: RegistryStaffFilter, page: Int, on db: any Database) async throws -> Page<RegistryEntry> {
        try await query(filter, on: db).paginateToLastPage(page, per: pageSize)
    }

    /// Names are matched and ordered folded, as the directory does: "alvarez" typed on a phone
    /// finds "Álvarez", who is listed with the A's (the raw columns put Á after every Z).
    static func query(_ filter: RegistryStaffFilter, on db: any Database) -> QueryBuilder<RegistryEntry> {
        let query = RegistryEntry.query(on: db).sort(\.$familyNameFolded).sort(\.$givenNameFolded)
            .sort(\.$familyName).sort(\.$givenName).sort(\.$registryNumber)
        let term = filter.search.trimmingCharacters(in: .whitespaces)
        if !term.isEmpty {
            let folded = TextFolding.fold(term)
            query.group(.or) { group in
                group.filter(\.$familyNameFolded, contains: folded)
                group.filter(\.$givenNameFolded, contains: folded)
                group.filter(\.$registryNumber, contains: term)
                group.filter(\.$email, contains: term)
            }
        }
        if let status = filter.status { query.filter(\.$status == status) }
        if let type = filter.type { query.filter(\.$workerType == type) }
        // (entry, value) is unique in both tables, so a join adds no duplicate rows.
        if let county = filter.county {
            query.join(RegistryEntryCounty.self, on: \RegistryEntryCounty.$entry.$id == \RegistryEntry.$id)
                .filter(RegistryEntryCounty.self, \.$fips == county)
        }
        if let language = filter.language {
            query.join(RegistryEntryLanguage.self, on: \RegistryEntryLanguage.$entry.$id == \RegistryEntry.$id)
                .filter(RegistryEntryLanguage.self, \.$code == language)
        }
        return query
    }
}
