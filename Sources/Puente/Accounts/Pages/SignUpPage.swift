// Create an account.

import Plot
import PuenteCore
import Foundation

enum SignUpPage {
    static func page(_ ctx: PageContext, email: String = "", name: String = "", language: Language,
                     errors: FormErrors = .init()) -> PageView {
        PageView(title: ctx.t(.signUpTitle), content: Div {
            H1(ctx.t(.signUpTitle))
            Paragraph(ctx.t(.signUpLead))
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.signup.path) {
                UI.field(ctx, name: "name", label: .nameLabel, value: name, errors: errors, autocomplete: "name")
                UI.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: errors, autocomplete: "email")
                UI.field(ctx, name: "password", label: .passwordLabel, type: "password", errors: errors, hint: .passwordHint,
                         autocomplete: "new-password")
                UI.field(ctx, name: "password_confirmation", label: .passwordConfirmLabel, type: "password", errors: errors,
                         autocomplete: "new-password")
                UI.languageSelect(ctx, name: "language", selected: language)
                UI.submit(ctx.t(.signUpSubmit))
            }
            Paragraph { Tag.a(SiteURL.login.path, ctx.t(.alreadyHaveAccount)) }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
