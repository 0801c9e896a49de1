// Staff: every upcoming or past event with its registration counts.

import Fluent
import Foundation
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
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.navEventsStaff))
        out.buttonGroup { $0.linkButton(SiteURL.staffEventNew.path, ctx.t(.eventNew)) }
        out.element(.p) { out in
            out.link(SiteURL.staffEvents.path, ctx.t(.eventsUpcoming), model.past ? [:] : ["aria-current": "page"])
            out.text(" · ")
            out.link(SiteURL.staffEvents.path(query: ["when": "past"]), ctx.t(.eventsPast), model.past ? ["aria-current": "page"] : [:])
        }
        guard !model.events.isEmpty else {
            out.leaf(.p, text: ctx.t(.noResults))
            return PageView(title: ctx.t(.navEventsStaff), html: out.html)
        }
        // A table with a header row: staff scan dates and fill, not read cards.
        out.table(label: ctx.t(.navEventsStaff)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.eventDayLabel, .eventTitleLabel, .trainingStatus, .eventRegistrants] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for event in model.events { row(ctx, event, model.counts, &out) }
            }
        }
        return PageView(title: ctx.t(.navEventsStaff), html: out.html)
    }

    private static func row(_ ctx: PageContext, _ event: Event, _ counts: EventCounts, _ out: inout HTMLWriter) {
        let confirmed = counts.confirmed[event.id!] ?? 0, waitlisted = counts.waitlisted[event.id!] ?? 0
        out.element(.tr) { out in
            out.leaf(.td, text: EventText.when(ctx, event))
            out.element(.td) { out in
                out.link(SiteURL.staffEvent(.value(event.id!)).path, event.title)
                out.leaf(.p, ["class": "hint"], text: ctx.t(event.kind.label))
            }
            out.element(.td) { $0.tag(ctx, EventState(event, confirmed: confirmed)) }
            out.element(.td) { out in
                if let capacity = event.capacity {
                    out.progressBar(id: "fill-\(event.id!)", label: ctx.t(.eventRegistrants), value: Double(confirmed),
                                    required: Double(max(capacity, 1)), text: EventText.counts(ctx, event, confirmed: confirmed, waitlisted: waitlisted))
                } else {
                    out.text(EventText.counts(ctx, event, confirmed: confirmed, waitlisted: waitlisted))
                }
            }
        }
    }
}
