// The public list of events: upcoming or past, by kind or series.

import Fluent
import Foundation
import Plot
import PuenteCore
import Vapor

enum EventListPage {
    struct Model {
        let events: [Event]
        let past: Bool
        let kind: Event.Kind?
        /// When the list is one series' dates.
        let series: EventSeries?
    }

    /// Up to 100 events the viewer's audiences may see, soonest upcoming or latest past first.
    static func query(on db: any Database, audiences: [Event.Audience], past: Bool, kind: Event.Kind?,
                      seriesID: UUID?) async throws -> Model {
        var series: EventSeries?
        if let seriesID { series = try await EventSeries.find(seriesID, on: db) }
        var query = Event.query(on: db).filter(\.$audience ~~ audiences).with(\.$series)
        query = past ? query.filter(\.$endsAt < Date()).sort(\.$startsAt, .descending) : query.filter(\.$endsAt >= Date()).sort(\.$startsAt)
        if let kind { query = query.filter(\.$kind == kind) }
        if let series { query = query.filter(\.$series.$id == series.id!) }
        return Model(events: try await query.limit(100).all(), past: past, kind: kind, series: series)
    }

    static func page(_ ctx: PageContext, _ model: Model) -> PageView {
        let events = model.events, past = model.past, kind = model.kind, series = model.series
        func link(past: Bool, kind: Event.Kind?) -> String {
            SiteURL.events.path(query: ["when": past ? "past" : "", "kind": kind?.rawValue ?? "", "series": series?.id?.uuidString ?? ""])
        }
        return PageView(title: series?.title ?? ctx.t(.eventsTitle), content: Div {
            H1(series?.title ?? ctx.t(.eventsTitle))
            Tag.element(.nav, ["aria-label": ctx.t(.eventsTitle)]) {
                Paragraph {
                    Tag.a(link(past: false, kind: kind), ctx.t(.eventsUpcoming), past ? [:] : ["aria-current": "page"])
                    Text(" · ")
                    Tag.a(link(past: true, kind: kind), ctx.t(.eventsPast), past ? ["aria-current": "page"] : [:])
                    Text(" · ")
                    Tag.a(SiteURL.publicCalendar.path, ctx.t(.eventsCalendarFeed))
                    if ctx.user != nil {
                        Text(" · ")
                        Tag.a(SiteURL.myEvents.path, ctx.t(.myEventsTitle))
                    }
                }
                Paragraph {
                    Tag.a(link(past: past, kind: nil), ctx.t(.eventKindAll), kind == nil ? ["aria-current": "page"] : [:])
                    for option in Event.Kind.allCases {
                        Text(" · ")
                        Tag.a(link(past: past, kind: option), ctx.t(option.label), kind == option ? ["aria-current": "page"] : [:])
                    }
                }
            }
            if events.isEmpty { Paragraph(ctx.t(.noResults)) }
            for event in events {
                Tag.element(.article, ["class": "card"]) {
                    Tag.element(.h2) { Tag.a(SiteURL.event(.value(event.id!)).path, event.title(in: ctx.language)) }
                    Paragraph(ctx.t(event.kind.label) + " · " + EventText.when(ctx,
                                                                               event) + (event.status == .cancelled ? " — " + ctx.t(.eventCancelled) : ""))
                    if let place = event.place { Paragraph(place) }
                    if let partOf = event.series, series == nil {
                        Paragraph { Tag.a(SiteURL.events.path(query: ["series": partOf.id!.uuidString]), ctx.t(.eventSeriesAll, ["series": partOf.title])) }
                    }
                }
            }
        })
    }
}
