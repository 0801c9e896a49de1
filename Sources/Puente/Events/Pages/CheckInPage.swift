// At the door: find a confirmed registrant and mark them arrived.

import Fluent
import Foundation
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
        let event = model.event, search = model.search
        let action = SiteURL.staffEventCheckIn(.value(event.id!)).path
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.eventCheckInTitle))
        out.element(.p) { $0.link(SiteURL.staffEvent(.value(event.id!)).path, event.title) }
        out.leaf(.p, ["role": "status"], text: ctx.t(.eventCheckInCount, ["arrived": "\(model.arrived)", "total": "\(model.total)"]))
        out.element(.form, ["method": "get", "action": action, "role": "search"]) { out in
            out.leaf(.label, ["for": "field-q"], text: ctx.t(.eventCheckInSearch))
            out.open(.input, ["type": "search", "id": "field-q", "name": "q", "value": search, "autocomplete": "off"])
            out.submit(ctx.t(.search), kind: .secondary)
        }
        if model.shown.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        for registration in model.shown {
            out.form(ctx, action: action) { out in
                out.hidden("registration", registration.id!.uuidString)
                out.hidden("q", search)
                out.hidden("arrived", registration.checkedInAt == nil ? "yes" : "no")
                out.element(.div, ["class": "card"]) { out in
                    out.element(.p) { out in
                        out.leaf(.strong, text: registration.name)
                        out.text(" · " + registration.email)
                    }
                    if registration.checkedInAt == nil {
                        out.submit(ctx.t(.eventCheckInButton))
                    } else {
                        out.element(.p) { $0.tag(ctx.t(.eventCheckedIn), tone: .success, icon: Tone.success.icon) }
                        out.submit(ctx.t(.eventCheckInUndo), kind: .secondary)
                    }
                }
            }
        }
        return PageView(title: ctx.t(.eventCheckInTitle), html: out.html)
    }
}
