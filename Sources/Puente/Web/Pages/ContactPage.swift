// The contact form, also where people report someone pretending to be the program.

import PuenteCore

enum ContactPage {
    static func page(_ ctx: PageContext, name: String, email: String, message: String = "", errors: FormErrors = .init()) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.contactTitle))
        out.leaf(.p, text: ctx.t(.contactLead))
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.contact.path) { out in
            out.field(ctx, name: "name", label: .nameLabel, value: name, errors: errors, autocomplete: "name")
            out.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: errors, autocomplete: "email")
            out.textArea(ctx, name: "message", label: .contactMessageLabel, value: message, errors: errors)
            out.submit(ctx.t(.contactSubmit))
        }
        return PageView(title: ctx.t(.contactTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
