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

    /// Names, in the reader's language, for the codes on a public record.
    init(_ record: PublicEntryDTO, language: Language, counties list: CountyList, communities known: CommunityList) {
        name = record.name
        if let title = record.title {
            self.title = WorkerType(rawValue: title).map { $0 == .other ? title : $0.name(in: language) } ?? title
        }
        // In reading order by rank, worked out once per vocabulary (a card is built twenty times a page).
        languages = SpokenLanguages.readingOrder.sorted(record.languages ?? [], in: language)
            .compactMap { SpokenLanguages.named($0)?.name(in: language) }
        counties = list.readingOrder.sorted(record.counties ?? [], in: language).compactMap { list.county(fips: $0)?.name }
        communities = known.readingOrder.sorted(record.communities ?? [], in: language).compactMap { known.named($0)?.name(in: language) }
        organizations = record.organizations ?? []
        email = record.email
        phone = record.phone
    }
}

struct DirectoryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.directory.pathComponents, use: index)
    }

    func index(req: Request) async throws -> Response {
        let (filter, errors) = DirectoryFilter.parse(req)
        guard errors.isEmpty else {
            return try await req.render { DirectoryView.page($0, filter: filter, errors: errors, counties: req.config.counties,
                                                             communities: req.config.communities) }
        }
        let page = try await Directory.search(filter, on: req.db)
        let cards = page.items.map { DirectoryCard($0, language: req.language, counties: req.config.counties,
                                                   communities: req.config.communities) }
        return try await req.render {
            DirectoryView.page($0, filter: filter, counties: req.config.counties, communities: req.config.communities, cards: cards,
                               total: page.total, isCapped: page.isCapped, page: page.page, pages: page.pages)
        }
    }
}
