// The public directory query: active, listed entries, filtered only through fields each person
// chose to show, so a filter can never reveal something the page would not.

import Fluent
import FluentSQL
import Foundation
import PuenteCore
import Vapor

struct DirectoryFilter: Sendable, Equatable {
    enum Sort: String, Sendable { case name, newest }

    var text = ""
    var language: String?
    var county: String?
    var type: WorkerType?
    var community: String?
    var sort: Sort = .name
    var page = 1

    static let pageSize = 20

    /// Reads the query string (stable contract: `q`, `language`, `county`, `type`), reporting
    /// values that are not on the program's lists.
    static func parse(q: String?, language: String?, county: String?, type: String?, community: String?,
                      sort: String?, page: Int?, counties: CountyList) -> (DirectoryFilter, FormErrors) {
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
            if Communities.defaults.contains(where: { $0.code == community }) { filter.community = community } else { errors.add("community", .directoryUnknownCommunity) }
        }
        filter.sort = sort.flatMap(Sort.init(rawValue:)) ?? .name
        filter.page = min(max(page ?? 1, 1), 10_000)
        return (filter, errors)
    }

    /// The stable-contract query parameters of a request.
    static func parse(_ req: Request) -> (DirectoryFilter, FormErrors) {
        parse(q: req.query[String.self, at: "q"], language: req.query[String.self, at: "language"],
              county: req.query[String.self, at: "county"], type: req.query[String.self, at: "type"],
              community: req.query[String.self, at: "community"], sort: req.query[String.self, at: "sort"],
              page: req.query[Int.self, at: "page"], counties: req.config.counties)
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

enum Directory {
    /// The query the page runs; tests and benchmarks call it directly.
    static func search(_ filter: DirectoryFilter, on db: any Database) async throws -> Page<RegistryEntry> {
        let query = RegistryEntry.query(on: db)
            .filter(\.$status == .active)
            .filter(\.$listedInDirectory == true)
        if let language = filter.language {
            query.filter(\.$showLanguages == true)
                .join(RegistryEntryLanguage.self, on: \RegistryEntryLanguage.$entry.$id == \RegistryEntry.$id)
                .filter(RegistryEntryLanguage.self, \.$code == language)
        }
        if let county = filter.county {
            query.filter(\.$showCounties == true)
                .join(RegistryEntryCounty.self, on: \RegistryEntryCounty.$entry.$id == \RegistryEntry.$id)
                .filter(RegistryEntryCounty.self, \.$fips == county)
        }
        if let community = filter.community {
            query.filter(\.$showCommunities == true)
                .join(RegistryEntryCommunity.self, on: \RegistryEntryCommunity.$entry.$id == \RegistryEntry.$id)
                .filter(RegistryEntryCommunity.self, \.$code == community)
        }
        if let type = filter.type {
            query.filter(\.$showWorkerType == true).filter(\.$workerType == type)
        }
        if let clause = db.directorySearch.matching(filter.text) {
            query.filter(.sql(embed: clause))
        }
        switch filter.sort {
        case .name: query.sort(\.$familyName).sort(\.$givenName).sort(\.$registryNumber)
        case .newest: query.sort(\.$createdAt, .descending).sort(\.$registryNumber)
        }
        return try await query
            .with(\.$languages).with(\.$counties).with(\.$communities)
            .with(\.$affiliations) { $0.with(\.$organization) }
            .paginate(PageRequest(page: filter.page, per: DirectoryFilter.pageSize))
    }
}

extension String {
    var nonEmpty: String? {
        let trimmed = trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
