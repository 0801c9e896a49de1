// Sign up, sign in and out, email verification, password reset, profile.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct AccountsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.signup.pathComponents, use: signUpForm)
        routes.post(SiteURL.signup.pathComponents, use: signUp)
        routes.get(SiteURL.login.pathComponents, use: signInForm)
        routes.post(SiteURL.login.pathComponents, use: signIn)
        routes.get(SiteURL.logout.pathComponents, use: signOutForm)
        routes.post(SiteURL.logout.pathComponents, use: signOut)
        routes.get(SiteURL.verifyEmail.pathComponents, use: verifyEmail)
        routes.get(SiteURL.forgotPassword.pathComponents, use: forgotPasswordForm)
        routes.post(SiteURL.forgotPassword.pathComponents, use: forgotPassword)
        routes.get(SiteURL.resetPassword.pathComponents, use: resetPasswordForm)
        routes.post(SiteURL.resetPassword.pathComponents, use: resetPassword)

        let signedIn = routes.grouped(Access.signedIn)
        signedIn.post(SiteURL.resendVerification.pathComponents, use: resendVerification)
        signedIn.get(SiteURL.profile.pathComponents, use: profile)
        signedIn.post(SiteURL.profile.pathComponents, use: updateProfile)
    }

    // MARK: Sign up

    func signUpForm(req: Request) async throws -> Response {
        try await req.render { SignUpPage.page($0, language: req.language) }
    }

    func signUp(req: Request) async throws -> Response {
        let input = SignUpInput(email: req.formValue("email"), name: req.formValue("name"),
                                password: req.formValue("password"),
                                passwordConfirmation: req.formValue("password_confirmation"),
                                language: Language(tag: req.formValue("language")) ?? req.language)
        var (errors, address) = input.validate()
        if errors.isEmpty, let address {
            try await req.rateLimiter.check("email-ip:\(req.clientIP)", .emailPerIP)
            do {
                let user = try await req.accounts.signUp(email: address, name: input.name, password: input.password,
                                                         language: input.language)
                try await req.signIn(user)
                req.flash(.success, .signUpDone, ["email": address.value])
                return req.redirect(to: .profile)
            } catch AccountService.Failure.emailTaken {
                errors.add("email", .emailTaken)
            }
        }
        return try await req.render {
            SignUpPage.page($0, email: input.email, name: input.name, language: input.language, errors: errors)
        }
    }

    // MARK: Sign in and out

    func signInForm(req: Request) async throws -> Response {
        try await req.render { SignInPage.view($0, next: req.query[String.self, at: "next"]) }
    }

    func signIn(req: Request) async throws -> Response {
        let email = req.formValue("email")
        let next = req.query[String.self, at: "next"]
        do {
            guard let user = try await SignIn(request: req).authenticate(email: email, password: req.formValue("password")) else {
                return try await req.render { SignInPage.view($0, email: email, next: next, failure: .signInFailed, status: .unauthorized) }
            }
            try await req.signIn(user)
            req.flash(.success, .signedInWelcome, ["name": user.name])
            return req.redirect(to: req.safeNextPath(next), redirectType: .normal)
        } catch is TooManyRequests {
            return try await req.render { SignInPage.view($0, email: email, next: next, failure: .signInThrottled,
                                                          status: .tooManyRequests) }
        }
    }

    func signOutForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return req.redirect(to: .home) }
        return try await req.render { SignOutPage.page($0) }
    }

    func signOut(req: Request) async throws -> Response {
        try await req.signOut()
        req.flash(.success, .signedOut)
        return req.redirect(to: .home)
    }

    // MARK: Email verification

    func verifyEmail(req: Request) async throws -> Response {
        let secret = req.query[String.self, at: "token"] ?? ""
        guard !secret.isEmpty, let user = try await req.accounts.verifyEmail(secret: secret) else {
            return try await req.render { MessagePage.page($0, title: .errorTitle, message: .verifyLinkInvalid, status: .badRequest) }
        }
        if req.currentUser?.id == user.id { req.auth.login(user) }
        req.flash(.success, .verifyEmailDone)
        return req.redirect(to: req.currentUser == nil ? .login : .profile)
    }

    func resendVerification(req: Request) async throws -> Response {
        let user = try req.requireUser()
        try await req.rateLimiter.check("email-ip:\(req.clientIP)", .emailPerIP)
        if !user.isEmailVerified {
            let accounts = req.accounts
            try await req.db.transaction { db in try await accounts.sendVerification(to: user, on: db) }
        }
        req.flash(.success, .verificationSent)
        return req.redirect(to: .profile)
    }

    // MARK: Password reset

    func forgotPasswordForm(req: Request) async throws -> Response {
        try await req.render { ForgotPasswordPage.page($0) }
    }

    func forgotPassword(req: Request) async throws -> Response {
        let raw = req.formValue("email")
        var errors = FormErrors()
        guard let address = errors.checkEmail(raw) else {
            return try await req.render { ForgotPasswordPage.page($0, email: raw, errors: errors) }
        }
        try await req.rateLimiter.check("email-ip:\(req.clientIP)", .emailPerIP)
        try await req.accounts.requestPasswordReset(email: address)
        req.flash(.success, .resetRequestSent)
        return req.redirect(to: .login)
    }

    func resetPasswordForm(req: Request) async throws -> Response {
        let secret = req.query[String.self, at: "token"] ?? ""
        guard !secret.isEmpty, try await req.accounts.isUsable(secret, purpose: .resetPassword) else {
            return try await req.render { ResetPasswordPage.invalid($0) }
        }
        return try await req.render { ResetPasswordPage.page($0, token: secret) }
    }

    func resetPassword(req: Request) async throws -> Response {
        let secret = req.formValue("token")
        let password = req.formValue("password")
        var errors = FormErrors()
        errors.checkNewPassword(password, confirmation: req.formValue("password_confirmation"))
        guard errors.isEmpty else {
            return try await req.render { ResetPasswordPage.page($0, token: secret, errors: errors) }
        }
        guard !secret.isEmpty, try await req.accounts.resetPassword(secret: secret, newPassword: password) != nil else {
            return try await req.render { ResetPasswordPage.invalid($0) }
        }
        try await req.signOut()
        req.flash(.success, .resetDone)
        return req.redirect(to: .login)
    }

    // MARK: Profile

    func profile(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let model = try await profileModel(req, user)
        return try await req.render { ProfilePage.page($0, model) }
    }

    func updateProfile(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let name = req.formValue("name").trimmingCharacters(in: .whitespacesAndNewlines)
        let language = Language(tag: req.formValue("language")) ?? user.language
        var errors = FormErrors()
        errors.checkName(name)
        guard errors.isEmpty else {
            var model = try await profileModel(req, user)
            model = .init(email: model.email, name: name, language: language, isEmailVerified: model.isEmailVerified, roles: model.roles)
            return try await req.render { ProfilePage.page($0, model, errors: errors) }
        }
        try await req.accounts.updateProfile(user, name: name, language: language)
        req.flash(.success, .profileSaved)
        return req.redirect(to: SiteURL.profile.path(query: ["lang": language.rawValue]), redirectType: .normal)
    }

    private func profileModel(_ req: Request, _ user: User) async throws -> ProfilePage.Model {
        let roles = try await req.roles()
        return .init(email: user.email, name: user.name, language: user.language, isEmailVerified: user.isEmailVerified,
                     roles: Role.allCases.filter(roles.contains))
    }
}
