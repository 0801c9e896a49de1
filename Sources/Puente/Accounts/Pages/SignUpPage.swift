// Create an account.

import PuenteCore
import Foundation

enum SignUpPage {
    static func page(_ ctx: PageContext, email: String = "", name: String = "", language: Language,
                     errors: FormErrors = .init()) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.signUpTitle))
        out.leaf(.p, text: ctx.t(.signUpLead))
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.signup.path) { out in
            out.field(ctx, name: "name", label: .nameLabel, value: name, errors: errors, autocomplete: "name")
            out.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: errors, autocomplete: "email")
            out.field(ctx, name: "password", label: .passwordLabel, type: "password", errors: errors, hint: .passwordHint,
                      autocomplete: "new-password")
            out.field(ctx, name: "password_confirmation", label: .passwordConfirmLabel, type: "password", errors: errors,
                      autocomplete: "new-password")
            out.languageSelect(ctx, name: "language", selected: language)
            out.submit(ctx.t(.signUpSubmit))
        }
        out.element(.p) { $0.link(SiteURL.login.path, ctx.t(.alreadyHaveAccount)) }
        return PageView(title: ctx.t(.signUpTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
