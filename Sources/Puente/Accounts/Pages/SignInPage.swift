// Sign in.

import Plot
import PuenteCore
import Foundation

enum SignInPage {
    static func page(_ ctx: PageContext, email: String = "", next: String?, failure: L10n? = nil,
                     status: HTTPStatusCode = .ok) -> PageView {
        let action = SiteURL.login.path(query: ["next": next ?? ""])
        return PageView(title: ctx.t(.signInTitle), content: Div {
            H1(ctx.t(.signInTitle))
            if let failure { Div { Paragraph(ctx.t(failure)) }.class("error-summary").attributes(["role": "alert"]) }
            UI.form(ctx, action: action) {
                UI.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: .init(), autocomplete: "username")
                UI.field(ctx, name: "password", label: .passwordLabel, type: "password", errors: .init(), autocomplete: "current-password")
                UI.submit(ctx.t(.signInSubmit))
            }
            Paragraph { Tag.a(SiteURL.forgotPassword.path, ctx.t(.forgotPassword)) }
            Paragraph { Tag.a(SiteURL.signup.path, ctx.t(.noAccountYet)) }
        }, status: status)
    }
}
