// The public list of events: upcoming or past, by kind or series.

import Fluent
import Foundation
import PuenteCore
import Vapor

enum EventListPage {
    struct Model {
        let events: [Event]
        let past: Bool
        let kind: Event.Kind?
        /// When the list is one series' dates.
        let series: EventSeries?
        let counts: EventCounts
    }

    /// One card: an event on its own, or a series folded into its next date and how many follow.
    enum Card {
        case event(Event)
        case series(EventSeries, next: Event, dates: Int)
    }

    /// Up to 100 events the viewer's audiences may see, soonest upcoming or latest past first.
    static func query(on db: any Database, access: EventAccess, past: Bool, kind: Event.Kind?,
                      seriesID: UUID?) async throws -> Model {
        var series: EventSeries?
        if let seriesID { series = try await EventSeries.find(seriesID, on: db) }
        var query = access.restrict(Event.query(on: db)).with(\.$series)
        query = past ? query.filter(\.$endsAt < Date()).sort(\.$startsAt, .descending) : query.filter(\.$endsAt >= Date()).sort(\.$startsAt)
        if let kind { query = query.filter(\.$kind == kind) }
        if let series { query = query.filter(\.$series.$id == series.id!) }
        let events = try await query.limit(100).all()
        return Model(events: events, past: past, kind: kind, series: series, counts: try await EventCounts.load(events.compactMap(\.id), on: db))
    }

    /// Upcoming dates of one series fold into a single card at its next date, so twelve committee
    /// meetings are one card, not twelve; past events and a series' own page list every date.
    static func cards(_ model: Model) -> [Card] {
        guard !model.past, model.series == nil else { return model.events.map(Card.event) }
        var cards: [Card] = [], seen: [UUID: Int] = [:]
        for event in model.events {
            guard let series = event.series, let id = series.id else { cards.append(.event(event)); continue }
            if let index = seen[id], case .series(let series, let next, let dates) = cards[index] {
                cards[index] = .series(series, next: next, dates: dates + 1)
            } else {
                seen[id] = cards.count
                cards.append(.series(series, next: event, dates: 1))
            }
        }
        return cards
    }

    static func page(_ ctx: PageContext, _ model: Model) -> PageView {
        let past = model.past, kind = model.kind, series = model.series
        func link(past: Bool, kind: Event.Kind?) -> String {
            SiteURL.events.path(query: ["when": past ? "past" : "", "kind": kind?.rawValue ?? "", "series": series?.id?.uuidString ?? ""])
        }
        let title = series.map { ctx.content($0.title, spanish: $0.titleEs) } ?? ctx.t(.eventsTitle)
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: title)
        out.element(.nav, ["aria-label": ctx.t(.eventsTitle)]) { out in
            out.element(.p) { out in
                out.link(link(past: false, kind: kind), ctx.t(.eventsUpcoming), past ? [:] : ["aria-current": "page"])
                out.text(" · ")
                out.link(link(past: true, kind: kind), ctx.t(.eventsPast), past ? ["aria-current": "page"] : [:])
                out.text(" · ")
                out.link(SiteURL.publicCalendar.path, ctx.t(.eventsCalendarFeed))
                if ctx.user != nil {
                    out.text(" · ")
                    out.link(SiteURL.myEvents.path, ctx.t(.myEventsTitle))
                }
            }
            out.element(.p) { out in
                out.link(link(past: past, kind: nil), ctx.t(.eventKindAll), kind == nil ? ["aria-current": "page"] : [:])
                for option in Event.Kind.allCases {
                    out.text(" · ")
                    out.link(link(past: past, kind: option), ctx.t(option.label), kind == option ? ["aria-current": "page"] : [:])
                }
            }
        }
        if model.events.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        for card in cards(model) {
            switch card {
            case .event(let event): self.card(ctx, event, model, &out)
            case .series(let series, let next, let dates): self.card(ctx, next, model, folded: (series, dates), &out)
            }
        }
        return PageView(title: title, html: out.html)
    }

    private static func card(_ ctx: PageContext, _ event: Event, _ model: Model, folded: (EventSeries, Int)? = nil,
                             _ out: inout HTMLWriter) {
        out.element(.article, ["class": "card"]) { out in
            out.dateBadge(ctx, event.startsAt, timeZone: TimeZone(identifier: event.timeZone))
            out.element(.h2) { out in
                if let (series, _) = folded {
                    out.link(SiteURL.events.path(query: ["series": series.id!.uuidString]), ctx.content(series.title, spanish: series.titleEs))
                } else {
                    out.link(SiteURL.event(.value(event.id!)).path, EventText.title(ctx, event))
                }
            }
            out.element(.p) { out in
                out.tag(ctx, EventState(event, confirmed: model.counts.confirmed[event.id!] ?? 0))
                out.text(" ")
                out.tag(ctx.t(event.kind.label), tone: .neutral)
                if event.onlineLink != nil { out.text(" "); out.tag(ctx.t(.trainingOnline), tone: .info) }
                if event.place != nil { out.text(" "); out.tag(ctx.t(.trainingInPerson), tone: .neutral) }
            }
            if let (series, dates) = folded {
                if let rule = series.rrule.flatMap({ try? RecurrenceRule(parsing: $0) }),
                   let words = rule.words(in: ctx.language, startWeekday: EventText.weekday(event)) {
                    out.leaf(.p, text: words)
                }
                out.element(.p) { out in
                    out.text(ctx.t(.eventSeriesNext, ["count": "\(dates)"]) + " ")
                    out.link(SiteURL.event(.value(event.id!)).path, EventText.when(ctx, event))
                }
            } else {
                out.leaf(.p, text: EventText.when(ctx, event))
                if let place = event.place { out.leaf(.p, text: place) }
                if let partOf = event.series, model.series == nil {
                    out.element(.p) { $0.link(SiteURL.events.path(query: ["series": partOf.id!.uuidString]), ctx.t(.eventSeriesAll, ["series": ctx.content(partOf.title, spanish: partOf.titleEs)])) }
                }
            }
        }
    }
}
