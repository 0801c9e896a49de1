// The contact form, also where people report someone pretending to be the program.

import Plot
import PuenteCore

enum ContactPage {
    static func page(_ ctx: PageContext, name: String, email: String, message: String = "", errors: FormErrors = .init()) -> PageView {
        PageView(title: ctx.t(.contactTitle), content: Div {
            H1(ctx.t(.contactTitle))
            Paragraph(ctx.t(.contactLead))
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.contact.path) {
                UI.field(ctx, name: "name", label: .nameLabel, value: name, errors: errors, autocomplete: "name")
                UI.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: errors, autocomplete: "email")
                UI.textArea(ctx, name: "message", label: .contactMessageLabel, value: message, errors: errors)
                UI.submit(ctx.t(.contactSubmit))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
