// `GET /directory`: the public, consent-scoped CHW directory.

import Fluent
import Foundation
import PuenteCore
import Vapor

/// What the public may see of one person: built only from fields they chose to show.
struct DirectoryCard: Sendable, Equatable {
    let name: String
    var title: String?
    var languages: [String] = []
    var counties: [String] = []
    var communities: [String] = []
    var organizations: [String] = []
    var email: String?
    var phone: String?

    init(_ entry: RegistryEntry, language: Language, counties list: CountyList) {
        name = entry.fullName
        if entry.showWorkerType {
            title = entry.workerType == .other ? entry.otherTitle : entry.workerType.name(in: language)
        }
        if entry.showLanguages {
            languages = entry.languages.compactMap { SpokenLanguages.named($0.code)?.name(in: language) }.sorted()
        }
        if entry.showCounties {
            counties = entry.counties.compactMap { list.county(fips: $0.fips)?.name }.sorted()
        }
        if entry.showCommunities {
            communities = entry.communities.compactMap { row in
                Communities.defaults.first { $0.code == row.code }?.name(in: language)
            }.sorted()
        }
        if entry.showOrganizations {
            organizations = entry.affiliations.map(\.organization.name).sorted()
        }
        if entry.showContact {
            email = entry.email
            phone = entry.phone
        }
    }
}

struct DirectoryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.directory.pathComponents, use: index)
    }

    func index(req: Request) async throws -> Response {
        let (filter, errors) = DirectoryFilter.parse(req)
        guard errors.isEmpty else {
            return try await req.render { DirectoryView.page($0, filter: filter, errors: errors, counties: req.config.counties) }
        }
        let page = try await Directory.search(filter, on: req.db)
        let cards = page.items.map { DirectoryCard($0, language: req.language, counties: req.config.counties) }
        return try await req.render {
            DirectoryView.page($0, filter: filter, counties: req.config.counties, cards: cards,
                               total: page.total, isCapped: page.isCapped, page: page.page, pages: page.pages)
        }
    }
}
