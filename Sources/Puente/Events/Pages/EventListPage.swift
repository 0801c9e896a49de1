// The public list of events: upcoming or past, by kind or series.

import Fluent
import Foundation
import Plot
import PuenteCore
import Vapor

enum EventListPage {
    static func page(_ ctx: PageContext, _ events: [Event], past: Bool, kind: Event.Kind?, series: EventSeries?) -> PageView {
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
