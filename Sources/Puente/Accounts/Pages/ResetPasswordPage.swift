// Choose a new password from a reset link.

import PuenteCore
import Foundation

enum ResetPasswordPage {
    static func page(_ ctx: PageContext, token: String, errors: FormErrors = .init()) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.resetTitle))
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.resetPassword.path) { out in
            out.hidden("token", token)
            out.field(ctx, name: "password", label: .newPasswordLabel, type: "password", errors: errors, hint: .passwordHint,
                      autocomplete: "new-password")
            out.field(ctx, name: "password_confirmation", label: .passwordConfirmLabel, type: "password", errors: errors,
                      autocomplete: "new-password")
            out.submit(ctx.t(.resetSubmit))
        }
        return PageView(title: ctx.t(.resetTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func invalid(_ ctx: PageContext) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.resetTitle))
        out.leaf(.p, ["class": "error-summary"], text: ctx.t(.resetLinkInvalid))
        out.element(.p) { $0.link(SiteURL.forgotPassword.path, ctx.t(.resetRequestTitle)) }
        return PageView(title: ctx.t(.resetTitle), html: out.html, status: .badRequest)
    }
}
