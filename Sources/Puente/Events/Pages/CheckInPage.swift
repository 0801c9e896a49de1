// At the door: find a confirmed registrant and mark them arrived.

import Fluent
import Foundation
import Plot
import PuenteCore

enum CheckInPage {
    struct Model {
        let event: Event
        /// The confirmed registrants the search matches, by name.
        let shown: [EventRegistration]
        let search: String
        let arrived: Int
        let total: Int
    }

    /// Matches name or email the way a person reads them (case and accents ignored).
    static func query(on db: any Database, event: Event, search: String) async throws -> Model {
        let confirmed = try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed)
            .sort(\.$name).all()
        let shown = search.isEmpty ? confirmed : confirmed.filter {
            $0.name.localizedStandardContains(search) || $0.email.localizedStandardContains(search)
        }
        return Model(event: event, shown: shown, search: search, arrived: confirmed.filter { $0.checkedInAt != nil }.count,
                     total: confirmed.count)
    }

    static func page(_ ctx: PageContext, _ model: Model) -> PageView {
        let event = model.event, registrations = model.shown, search = model.search, arrived = model.arrived, total = model.total
        return PageView(title: ctx.t(.eventCheckInTitle), content: Div {
            H1(ctx.t(.eventCheckInTitle))
            Paragraph { Tag.a(SiteURL.staffEvent(.value(event.id!)).path, event.title) }
            Paragraph(ctx.t(.eventCheckInCount, ["arrived": "\(arrived)", "total": "\(total)"])).attributes(["role": "status"])
            Tag.element(.form, ["method": "get", "action": SiteURL.staffEventCheckIn(.value(event.id!)).path, "role": "search"]) {
                Tag.element(.label, ["for": "field-q"]) { Text(ctx.t(.eventCheckInSearch)) }
                Tag.void(.input, ["type": "search", "id": "field-q", "name": "q", "value": search, "autocomplete": "off"])
                UI.submit(ctx.t(.search))
            }
            if registrations.isEmpty { Paragraph(ctx.t(.noResults)) }
            for registration in registrations {
                UI.form(ctx, action: SiteURL.staffEventCheckIn(.value(event.id!)).path) {
                    Tag.void(.input, ["type": "hidden", "name": "registration", "value": registration.id!.uuidString])
                    Tag.void(.input, ["type": "hidden", "name": "q", "value": search])
                    Tag.void(.input, ["type": "hidden", "name": "arrived", "value": registration.checkedInAt == nil ? "yes" : "no"])
                    Div {
                        Paragraph { Tag.element(.strong) { Text(registration.name) }; Text(" · " + registration.email) }
                        if registration.checkedInAt == nil {
                            Tag.element(.button, ["type": "submit", "class": "big"]) { Text(ctx.t(.eventCheckInButton)) }
                        } else {
                            Paragraph("✓ " + ctx.t(.eventCheckedIn)).class("notice")
                            Tag.element(.button, ["type": "submit", "class": "secondary"]) { Text(ctx.t(.eventCheckInUndo)) }
                        }
                    }.class("card")
                }
            }
        })
    }
}
