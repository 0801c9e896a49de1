// Ask for a password-reset link.

import Plot
import PuenteCore
import Foundation

enum ForgotPasswordPage {
    static func page(_ ctx: PageContext, email: String = "", errors: FormErrors = .init()) -> PageView {
        PageView(title: ctx.t(.resetRequestTitle), content: Div {
            H1(ctx.t(.resetRequestTitle))
            Paragraph(ctx.t(.resetRequestLead))
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.forgotPassword.path) {
                UI.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: errors, autocomplete: "email")
                UI.submit(ctx.t(.resetRequestSubmit))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
