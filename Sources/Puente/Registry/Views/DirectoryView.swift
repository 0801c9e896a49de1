// The directory: a search form that works without JavaScript, results as cards, pagination.

import Foundation
import Plot
import PuenteCore

enum DirectoryView {
    /// Written with `HTMLWriter`, not Plot components: this is the busiest public page.
    static func page(_ ctx: PageContext, filter: DirectoryFilter, errors: FormErrors = .init(), counties: CountyList,
                     cards: [DirectoryCard] = [], total: Int = 0, isCapped: Bool = false,
                     page: Int = 1, pages: Int = 1) -> PageView {
        var out = HTMLWriter(capacity: 12_288)
        out.open("div")
        out.leaf("h1", text: ctx.t(.directoryTitle))
        out.leaf("p", text: ctx.t(.directoryLead))
        out.raw(UI.errorSummaryHTML(ctx, errors))
        out.raw(form(ctx, filter, errors, counties))
        if errors.isEmpty {
            out.leaf("p", ["role": "status"], text: ctx.t(isCapped ? .directoryResultCountCapped : .directoryResultCount, ["count": "\(total)"]))
            if cards.isEmpty { out.leaf("p", text: ctx.t(.noResults)) }
            for card in cards { self.card(ctx, card, &out) }
            out.raw(UI.paginationHTML(ctx, page: page, pages: pages) { number in
                SiteURL.directory.path + "?" + AdminPeopleView.query(filter.queryItems(page: number))
            })
        }
        out.leaf("p", ["class": "hint"], text: ctx.t(.directoryPrivacyNote))
        out.close("div")
        return PageView(title: ctx.t(.directoryTitle), content: Tag.raw(out.html), status: errors.isEmpty ? .ok : .badRequest)
    }

    private static func form(_ ctx: PageContext, _ filter: DirectoryFilter, _ errors: FormErrors, _ counties: CountyList) -> String {
        var out = HTMLWriter(capacity: 8192)
        out.element("form", ["method": "get", "action": SiteURL.directory.path, "role": "search"]) { out in
            out.raw(UI.fieldHTML(ctx, name: "q", label: .directorySearchLabel, type: "search", value: filter.text, errors: errors, required: false))
            out.raw(select(ctx, name: "language", label: .directoryLanguageLabel, selected: filter.language, errors: errors,
                           options: languageOptions(ctx.language)))
            out.raw(select(ctx, name: "county", label: .directoryCountyLabel, selected: filter.county, errors: errors,
                           options: counties.counties.map { ($0.fips, $0.name) }))
            out.raw(select(ctx, name: "type", label: .directoryTypeLabel, selected: filter.type?.rawValue, errors: errors,
                           options: WorkerType.allCases.filter { $0 != .other }.map { ($0.rawValue, $0.name(in: ctx.language)) }))
            out.raw(select(ctx, name: "community", label: .directoryCommunityLabel, selected: filter.community, errors: errors,
                           options: Communities.defaults.map { ($0.code, $0.name(in: ctx.language)) }))
            out.raw(select(ctx, name: "sort", label: .directorySortLabel, selected: filter.sort.rawValue, errors: errors, includeAny: false,
                           options: [("name", ctx.t(.directorySortName)), ("newest", ctx.t(.directorySortNewest))]))
            out.raw(UI.submitHTML(ctx.t(.directorySearchSubmit)))
        }
        return out.html
    }

    /// Spoken languages by name in the reader's language; sorted once per language, not per page.
    private static let sortedLanguages: [Language: [(String, String)]] = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
        (language, SpokenLanguages.all.map { ($0.code, $0.name(in: language)) }.sorted { $0.1 < $1.1 })
    })

    private static func languageOptions(_ language: Language) -> [(String, String)] {
        sortedLanguages[language] ?? []
    }

    private static func select(_ ctx: PageContext, name: String, label: L10n, selected: String?, errors: FormErrors,
                               includeAny: Bool = true, options: [(String, String)]) -> String {
        UI.selectHTML(ctx, name: name, label: label, options: options, selected: selected, errors: errors,
                      anyOption: includeAny ? ctx.t(.directoryAny) : nil)
    }

    private static func card(_ ctx: PageContext, _ card: DirectoryCard, _ out: inout HTMLWriter) {
        out.element("article", ["class": "card"]) { out in
            out.leaf("h2", text: card.name)
            if let title = card.title { out.leaf("p", text: title) }
            out.element("dl") { out in
                for (term, values) in [(ctx.t(.directoryLanguages), card.languages), (ctx.t(.directoryCounties), card.counties),
                                       (ctx.t(.directoryCommunities), card.communities), (ctx.t(.directoryOrganizations), card.organizations),
                                       (ctx.t(.directoryContact), [card.email, card.phone].compactMap { $0 })] where !values.isEmpty {
                    out.leaf("dt", text: term)
                    out.leaf("dd", text: values.joined(separator: ", "))
                }
            }
        }
    }
}
