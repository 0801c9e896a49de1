// Ask for a password-reset link.

import PuenteCore
import Foundation

enum ForgotPasswordPage {
    static func page(_ ctx: PageContext, email: String = "", errors: FormErrors = .init()) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.resetRequestTitle))
        out.leaf(.p, text: ctx.t(.resetRequestLead))
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.forgotPassword.path) { out in
            out.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: errors, autocomplete: "email")
            out.submit(ctx.t(.resetRequestSubmit))
        }
        return PageView(title: ctx.t(.resetRequestTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
