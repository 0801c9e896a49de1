// Choose a new password from a reset link.

import Plot
import PuenteCore
import Foundation

enum ResetPasswordPage {
    static func page(_ ctx: PageContext, token: String, errors: FormErrors = .init()) -> PageView {
        PageView(title: ctx.t(.resetTitle), content: Div {
            H1(ctx.t(.resetTitle))
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.resetPassword.path) {
                Tag.void(.input, ["type": "hidden", "name": "token", "value": token])
                UI.field(ctx, name: "password", label: .newPasswordLabel, type: "password", errors: errors, hint: .passwordHint,
                         autocomplete: "new-password")
                UI.field(ctx, name: "password_confirmation", label: .passwordConfirmLabel, type: "password", errors: errors,
                         autocomplete: "new-password")
                UI.submit(ctx.t(.resetSubmit))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func invalid(_ ctx: PageContext) -> PageView {
        PageView(title: ctx.t(.resetTitle), content: Div {
            H1(ctx.t(.resetTitle))
            Paragraph(ctx.t(.resetLinkInvalid)).class("error-summary")
            Paragraph { Tag.a(SiteURL.forgotPassword.path, ctx.t(.resetRequestTitle)) }
        }, status: .badRequest)
    }
}
