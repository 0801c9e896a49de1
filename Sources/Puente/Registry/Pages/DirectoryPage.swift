// `GET /directory`: the search form that works without JavaScript, results as cards, the pager.
// The pattern a page follows (decision 0018): model, query and writer view in one file. This is
// the busiest public page.

import Fluent
import Foundation
import PuenteCore

enum DirectoryPage {
    struct Model {
        let filter: DirectoryFilter
        /// Filters a shared link named that are not on the lists: left out of the search, and said so.
        var ignored: [String] = []
        let counties: CountyList
        let communities: CommunityList
        var cards: [DirectoryCard] = []
        var total = 0
        var isCapped = false
        var page = 1
        var pages = 1
        /// Absent when no shapes ship for the program's state.
        var map: DirectoryMap?
    }

    /// A filter value that is not on its list (an old or mistyped shared link) is left out of the
    /// search, and the page says which; the API, whose callers can fix their request, answers 400.
    static func query(on db: any Database, filter: DirectoryFilter, errors: FormErrors, language: Language,
                      config: AppConfig, mapCounts: DirectoryMapCounts) async throws -> Model {
        var model = Model(filter: filter, counties: config.counties, communities: config.communities)
        model.ignored = errors.fields
        if let shapes = CountyShapes.forState(config.counties.state) {
            model.map = DirectoryMap(shapes: shapes, counties: config.counties, counts: try await mapCounts.counts(on: db.sql),
                                     selected: filter.county)
        }
        let results = try await Directory.search(filter, on: db)
        model.cards = results.items.map { DirectoryCard($0, language: language, counties: config.counties,
                                                        communities: config.communities) }
        model.total = results.total
        model.isCapped = results.isCapped
        model.page = results.page
        model.pages = results.pages
        return model
    }

    static func view(_ ctx: PageContext, _ model: Model) -> PageView {
        var out = HTMLWriter(capacity: 12_288)
        out.element(.div) { out in
            out.leaf(.h1, text: ctx.t(.directoryTitle))
            out.leaf(.p, text: ctx.t(.directoryLead))
            if !model.ignored.isEmpty {
                out.element(.div, ["class": "notice", "role": "status"]) { out in
                    out.leaf(.p, text: ctx.t(.directoryIgnoredFilters))
                    out.element(.ul) { out in for field in model.ignored { out.leaf(.li, text: ctx.t(filterLabel(field))) } }
                }
            }
            form(ctx, model, &out)
            if let map = model.map {
                out.raw(DirectoryMap.rendered(map, language: ctx.language) {
                    var markup = HTMLWriter(capacity: 65_536)
                    map.write(ctx, &markup) { fips in SiteURL.directory.path(query: ["county": fips]) + "#" + resultsAnchor }
                    return markup.html
                })
            }
            // The form and its paging links land here, so on a phone the results are on screen
            // after a search instead of below the whole form.
            out.element(.section, ["id": resultsAnchor, "aria-label": ctx.t(.directoryResults)]) { out in
                out.leaf(.p, ["role": "status"], text: ctx.t(model.isCapped ? .directoryResultCountCapped : .directoryResultCount,
                                                             ["count": "\(model.total)"]))
                if model.cards.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
                for card in model.cards { self.card(ctx, card, &out) }
                out.pagination(ctx, page: model.page, pages: model.pages) { number in
                    SiteURL.directory.path(query: model.filter.queryItems(page: number)) + "#" + resultsAnchor
                }
            }
            out.leaf(.p, ["class": "hint"], text: ctx.t(.directoryPrivacyNote))
        }
        return PageView(title: ctx.t(.directoryTitle), html: out.html)
    }

    static let resultsAnchor = "results"

    private static func filterLabel(_ field: String) -> L10n {
        switch field {
        case "language": .directoryLanguageLabel
        case "county": .directoryCountyLabel
        case "type": .directoryTypeLabel
        default: .directoryCommunityLabel
        }
    }

    private static func form(_ ctx: PageContext, _ model: Model, _ out: inout HTMLWriter) {
        let filter = model.filter, errors = FormErrors()
        out.element(.form, ["method": "get", "action": SiteURL.directory.path + "#" + resultsAnchor, "role": "search"]) { out in
            out.field(ctx, name: "q", label: .directorySearchLabel, type: "search", value: filter.text, errors: errors, required: false)
            let any = ctx.t(.directoryAny)
            out.select(ctx, name: "language", label: .directoryLanguageLabel, options: Options.languages[ctx.language]!,
                       selected: filter.language, errors: errors, anyOption: any)
            out.select(ctx, name: "county", label: .directoryCountyLabel, options: Options.counties(model.counties),
                       selected: filter.county, errors: errors, anyOption: any)
            out.select(ctx, name: "type", label: .directoryTypeLabel, options: Options.types[ctx.language]!,
                       selected: filter.type?.rawValue, errors: errors, anyOption: any)
            out.select(ctx, name: "community", label: .directoryCommunityLabel,
                       options: Options.communities(model.communities, ctx.language), selected: filter.community, errors: errors,
                       anyOption: any)
            out.select(ctx, name: "sort", label: .directorySortLabel,
                       options: RenderedOptions([("name", ctx.t(.directorySortName)), ("newest", ctx.t(.directorySortNewest))]),
                       selected: filter.sort.rawValue, errors: errors)
            out.submit(ctx.t(.directorySearchSubmit))
        }
    }

    /// The filters' option lists, rendered once per language (and county list).
    enum Options {
        static let languages = perLanguage { language in
            SpokenLanguages.choices(in: language)
        }
        static let types = perLanguage { language in
            WorkerType.allCases.filter { $0 != .other }.map { ($0.rawValue, $0.name(in: language)) }
        }
        private static let shippedCommunities = perLanguage { language in rendered(CommunityList.shipped, language) }

        /// The shipped list is rendered once; a program's own list (rarely the busiest part) per request.
        static func communities(_ list: CommunityList, _ language: Language) -> RenderedOptions {
            list.isShipped ? shippedCommunities[language]! : RenderedOptions(rendered(list, language))
        }

        private static func rendered(_ list: CommunityList, _ language: Language) -> [(String, String)] {
            list.all.map { ($0.code, $0.name(in: language)) }
        }
        private static let shippedCounties = Dictionary(uniqueKeysWithValues: ["CA", "MS"].compactMap(CountyList.forState).map {
            ($0.state, rendered($0))
        })

        /// Lists come only from `CountyList.forState`, so the state names the list.
        static func counties(_ list: CountyList) -> RenderedOptions {
            shippedCounties[list.state] ?? rendered(list)
        }

        private static func rendered(_ list: CountyList) -> RenderedOptions {
            RenderedOptions(list.counties.map { ($0.fips, $0.name) })
        }

        private static func perLanguage(_ options: (Language) -> [(String, String)]) -> [Language: RenderedOptions] {
            Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, RenderedOptions(options($0))) })
        }
    }

    private static func card(_ ctx: PageContext, _ card: DirectoryCard, _ out: inout HTMLWriter) {
        out.element(.article, ["class": "card"]) { out in
            out.leaf(.h2, text: card.name)
            if let title = card.title { out.leaf(.p, text: title) }
            out.element(.dl) { out in
                for (term, values) in [(ctx.t(.directoryLanguages), card.languages), (ctx.t(.directoryCounties), card.counties),
                                       (ctx.t(.directoryCommunities), card.communities), (ctx.t(.directoryOrganizations),
                                                                                          card.organizations)]
                    where !values.isEmpty {
                    out.leaf(.dt, text: term)
                    out.leaf(.dd, text: values.joined(separator: ", "))
                }
                let contact = ContactLink.links(email: card.email, phone: card.phone)
                if !contact.isEmpty {
                    out.leaf(.dt, text: ctx.t(.directoryContact))
                    out.element(.dd) { out in
                        for (index, link) in contact.enumerated() {
                            if index > 0 { out.text(", ") }
                            if let href = link.href { out.link(href, link.text) } else { out.text(link.text) }
                        }
                    }
                }
            }
        }
    }
}

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
