// Staff create an event, or a series of them.

import Foundation
import PuenteCore

enum EventFormPage {
    static func page(_ ctx: PageContext, _ form: EventForm, groups: [CoalitionGroup], errors: FormErrors, action: String, creating: Bool,
                     status: HTTPStatusCode = .ok) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(creating ? .eventNew : .eventEdit))
        EventFormFields.fields(&out, ctx, form, groups: groups, errors: errors, action: action, creating: creating)
        return PageView(title: ctx.t(creating ? .eventNew : .eventEdit), html: out.html, status: status)
    }
}
