// Staff create an event, or a series of them.

import Foundation
import Plot
import PuenteCore

enum EventFormPage {
    static func page(_ ctx: PageContext, _ form: EventForm, errors: FormErrors, action: String, creating: Bool,
                     status: HTTPStatusCode = .ok) -> PageView {
        PageView(title: ctx.t(creating ? .eventNew : .eventEdit), content: Div {
            H1(ctx.t(creating ? .eventNew : .eventEdit))
            EventFormFields.fields(ctx, form, errors: errors, action: action, creating: creating)
        }, status: status)
    }
}
