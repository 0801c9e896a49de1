// Staff: every upcoming or past event with its registration counts.

import Fluent
import Foundation
import Plot
import PuenteCore

enum StaffEventListPage {
    struct Model {
        let events: [Event]
        let counts: EventCounts
        let past: Bool
    }

    /// Up to 200 events, the soonest upcoming first or the latest past first.
    static func query(on db: any Database, past: Bool) async throws -> Model {
        var query = Event.query(on: db)
        query = past ? query.filter(\.$endsAt < Date()).sort(\.$startsAt, .descending) : query.filter(\.$endsAt >= Date()).sort(\.$startsAt)
        let events = try await query.limit(200).all()
        return Model(events: events, counts: try await EventCounts.load(events.compactMap(\.id), on: db), past: past)
    }

    static func page(_ ctx: PageContext, _ model: Model) -> PageView {
        let events = model.events, counts = model.counts, past = model.past
        return PageView(title: ctx.t(.navEventsStaff), content: Div {
            H1(ctx.t(.navEventsStaff))
            Paragraph {
                Tag.a(SiteURL.staffEventNew.path, ctx.t(.eventNew), ["class": "button"])
            }
            Paragraph {
                Tag.a(SiteURL.staffEvents.path, ctx.t(.eventsUpcoming), past ? [:] : ["aria-current": "page"])
                Text(" · ")
                Tag.a(SiteURL.staffEvents.path(query: ["when": "past"]), ctx.t(.eventsPast), past ? ["aria-current": "page"] : [:])
            }
            if events.isEmpty { Paragraph(ctx.t(.noResults)) }
            for event in events {
                Tag.element(.article, ["class": "card"]) {
                    Tag.element(.h2) { Tag.a(SiteURL.staffEvent(.value(event.id!)).path, event.title) }
                    Paragraph(ctx.t(event.kind.label) + " · " + EventText.when(ctx,
                                                                               event) + (event.status == .cancelled ? " — " + ctx.t(.eventCancelled) : ""))
                    Paragraph(ctx.t(.eventCounts, ["confirmed": "\(counts.confirmed[event.id!] ?? 0)",
                                                   "capacity": event.capacity.map(String.init) ?? "∞",
                                                   "waitlisted": "\(counts.waitlisted[event.id!] ?? 0)"]))
                }
            }
        })
    }
}
