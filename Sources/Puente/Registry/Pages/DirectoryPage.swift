// The directory: a search form that works without JavaScript, results as cards, pagination.

import Foundation
import Plot
import PuenteCore

enum DirectoryView {
    /// Written with `HTMLWriter`, not Plot components: this is the busiest public page.
    static func page(_ ctx: PageContext, filter: DirectoryFilter, errors: FormErrors = .init(), counties: CountyList,
                     communities: CommunityList, cards: [DirectoryCard] = [], total: Int = 0, isCapped: Bool = false,
                     page: Int = 1, pages: Int = 1) -> PageView {
        var out = HTMLWriter(capacity: 12_288)
        out.open(.div)
        out.leaf(.h1, text: ctx.t(.directoryTitle))
        out.leaf(.p, text: ctx.t(.directoryLead))
        out.raw(UI.errorSummaryHTML(ctx, errors))
        out.raw(form(ctx, filter, errors, counties, communities))
        if errors.isEmpty {
            // The form and its paging links land here, so on a phone the results are on screen
            // after a search instead of below the whole form.
            out.element(.section, ["id": resultsAnchor, "aria-label": ctx.t(.directoryResults)]) { out in
                out.leaf(.p, ["role": "status"], text: ctx.t(isCapped ? .directoryResultCountCapped : .directoryResultCount,
                                                              ["count": "\(total)"]))
                if cards.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
                for card in cards { self.card(ctx, card, &out) }
                out.raw(UI.paginationHTML(ctx, page: page, pages: pages) { number in
                    SiteURL.directory.path(query: filter.queryItems(page: number)) + "#" + resultsAnchor
                })
            }
        }
        out.leaf(.p, ["class": "hint"], text: ctx.t(.directoryPrivacyNote))
        out.close(.div)
        return PageView(title: ctx.t(.directoryTitle), content: Tag.raw(out.html), status: errors.isEmpty ? .ok : .badRequest)
    }

    static let resultsAnchor = "results"

    private static func form(_ ctx: PageContext, _ filter: DirectoryFilter, _ errors: FormErrors, _ counties: CountyList,
                             _ communities: CommunityList) -> String {
        var out = HTMLWriter(capacity: 8192)
        out.element(.form, ["method": "get", "action": SiteURL.directory.path + "#" + resultsAnchor, "role": "search"]) { out in
            out.raw(UI.fieldHTML(ctx, name: "q", label: .directorySearchLabel, type: "search", value: filter.text, errors: errors,
                                 required: false))
            out.raw(select(ctx, name: "language", label: .directoryLanguageLabel, selected: filter.language, errors: errors,
                           options: Options.languages[ctx.language]!))
            out.raw(select(ctx, name: "county", label: .directoryCountyLabel, selected: filter.county, errors: errors,
                           options: Options.counties(counties)))
            out.raw(select(ctx, name: "type", label: .directoryTypeLabel, selected: filter.type?.rawValue, errors: errors,
                           options: Options.types[ctx.language]!))
            out.raw(select(ctx, name: "community", label: .directoryCommunityLabel, selected: filter.community, errors: errors,
                           options: Options.communities(communities, ctx.language)))
            out.raw(select(ctx, name: "sort", label: .directorySortLabel, selected: filter.sort.rawValue, errors: errors, includeAny: false,
                           options: RenderedOptions([("name", ctx.t(.directorySortName)), ("newest", ctx.t(.directorySortNewest))])))
            out.raw(UI.submitHTML(ctx.t(.directorySearchSubmit)))
        }
        return out.html
    }

    /// The filters' option lists, rendered once per language (and county list).
    private enum Options {
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

    private static func select(_ ctx: PageContext, name: String, label: L10n, selected: String?, errors: FormErrors,
                               includeAny: Bool = true, options: RenderedOptions) -> String {
        UI.selectHTML(ctx, name: name, label: label, options: options, selected: selected, errors: errors,
                      anyOption: includeAny ? ctx.t(.directoryAny) : nil)
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
