// The directory: a search form that works without JavaScript, results as cards, pagination.

import Foundation
import Plot
import PuenteCore

enum DirectoryView {
    static func page(_ ctx: PageContext, filter: DirectoryFilter, errors: FormErrors = .init(), counties: CountyList,
                     cards: [DirectoryCard] = [], total: Int = 0, isCapped: Bool = false,
                     page: Int = 1, pages: Int = 1) -> PageView {
        PageView(title: ctx.t(.directoryTitle), content: Div {
            H1(ctx.t(.directoryTitle))
            Paragraph(ctx.t(.directoryLead))
            UI.errorSummary(ctx, errors)
            form(ctx, filter, errors, counties)
            if errors.isEmpty {
                Paragraph(ctx.t(isCapped ? .directoryResultCountCapped : .directoryResultCount, ["count": "\(total)"]))
                    .attributes(["role": "status"])
                if cards.isEmpty { Paragraph(ctx.t(.noResults)) }
                for card in cards { self.card(ctx, card) }
                UI.pagination(ctx, page: page, pages: pages) { number in
                    SiteURL.directory.path + "?" + AdminPeopleView.query(filter.queryItems(page: number))
                }
            }
            Paragraph(ctx.t(.directoryPrivacyNote)).class("hint")
        }, status: errors.isEmpty ? .ok : .badRequest)
    }

    private static func form(_ ctx: PageContext, _ filter: DirectoryFilter, _ errors: FormErrors, _ counties: CountyList) -> Component {
        Tag.element("form", ["method": "get", "action": SiteURL.directory.path, "role": "search"]) {
            UI.field(ctx, name: "q", label: .directorySearchLabel, type: "search", value: filter.text, errors: errors, required: false)
            select(ctx, name: "language", label: .directoryLanguageLabel, selected: filter.language, errors: errors,
                   options: SpokenLanguages.all.map { ($0.code, $0.name(in: ctx.language)) }.sorted { $0.1 < $1.1 })
            select(ctx, name: "county", label: .directoryCountyLabel, selected: filter.county, errors: errors,
                   options: counties.counties.map { ($0.fips, $0.name) })
            select(ctx, name: "type", label: .directoryTypeLabel, selected: filter.type?.rawValue, errors: errors,
                   options: WorkerType.allCases.filter { $0 != .other }.map { ($0.rawValue, $0.name(in: ctx.language)) })
            select(ctx, name: "community", label: .directoryCommunityLabel, selected: filter.community, errors: errors,
                   options: Communities.defaults.map { ($0.code, $0.name(in: ctx.language)) })
            select(ctx, name: "sort", label: .directorySortLabel, selected: filter.sort.rawValue, errors: errors, includeAny: false,
                   options: [("name", ctx.t(.directorySortName)), ("newest", ctx.t(.directorySortNewest))])
            UI.submit(ctx.t(.directorySearchSubmit))
        }
    }

    private static func select(_ ctx: PageContext, name: String, label: L10n, selected: String?, errors: FormErrors,
                               includeAny: Bool = true, options: [(String, String)]) -> Component {
        UI.select(ctx, name: name, label: label, options: options, selected: selected, errors: errors,
                  anyOption: includeAny ? ctx.t(.directoryAny) : nil)
    }

    private static func card(_ ctx: PageContext, _ card: DirectoryCard) -> Component {
        var html = "<article class=\"card\">" + Tag.leaf("h2", text: card.name)
        if let title = card.title { html += Tag.leaf("p", text: title) }
        html += "<dl>"
        for (term, values) in [(ctx.t(.directoryLanguages), card.languages), (ctx.t(.directoryCounties), card.counties),
                               (ctx.t(.directoryCommunities), card.communities), (ctx.t(.directoryOrganizations), card.organizations),
                               (ctx.t(.directoryContact), [card.email, card.phone].compactMap { $0 })] where !values.isEmpty {
            html += Tag.leaf("dt", text: term) + Tag.leaf("dd", text: values.joined(separator: ", "))
        }
        return Tag.raw(html + "</dl></article>")
    }
}
