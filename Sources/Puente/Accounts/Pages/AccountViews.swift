// Pages for creating an account, signing in and out, and resetting a password.

import Plot
import PuenteCore

enum SignUpView {
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

enum SignInView {
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

enum SignOutView {
    static func page(_ ctx: PageContext) -> PageView {
        PageView(title: ctx.t(.navSignOut), content: Div {
            H1(ctx.t(.navSignOut))
            UI.form(ctx, action: SiteURL.logout.path) { UI.submit(ctx.t(.navSignOut)) }
        })
    }
}

enum ForgotPasswordView {
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

enum ResetPasswordView {
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

enum MessagePageView {
    static func page(_ ctx: PageContext, title: L10n, message: L10n, status: HTTPStatusCode) -> PageView {
        PageView(title: ctx.t(title), content: Div {
            H1(ctx.t(title))
            Paragraph(ctx.t(message))
        }, status: status)
    }
}

import Foundation
