// Sign in. No database work, so no query: the model is what the form shows again.

import PuenteCore

enum SignInPage {
    static func view(_ ctx: PageContext, email: String = "", next: String?, failure: L10n? = nil,
                     status: HTTPStatusCode = .ok) -> PageView {
        var out = HTMLWriter(capacity: 2048)
        out.element(.div) { out in
            out.leaf(.h1, text: ctx.t(.signInTitle))
            if let failure {
                out.element(.div, ["class": "error-summary", "role": "alert"]) { $0.leaf(.p, text: ctx.t(failure)) }
            }
            out.form(ctx, action: SiteURL.login.path(query: ["next": next ?? ""])) { out in
                out.field(ctx, name: "email", label: .emailLabel, type: "email", value: email, errors: .init(), autocomplete: "username")
                out.field(ctx, name: "password", label: .passwordLabel, type: "password", errors: .init(),
                          autocomplete: "current-password")
                out.submit(ctx.t(.signInSubmit))
            }
            out.element(.p) { $0.link(SiteURL.forgotPassword.path, ctx.t(.forgotPassword)) }
            out.element(.p) { $0.link(SiteURL.signup.path, ctx.t(.noAccountYet)) }
        }
        return PageView(title: ctx.t(.signInTitle), html: out.html, status: status)
    }
}
