// Account rules that pages, the API and commands share. Each change, its audit record and
// its email commit in one transaction.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct SignUpInput: Sendable {
    var email: String
    var name: String
    var password: String
    var passwordConfirmation: String
    var language: Language

    /// Problems per field; an empty result means the input may be saved.
    func validate() -> (FormErrors, EmailAddress?) {
        var errors = FormErrors()
        let address = errors.checkEmail(email)
        errors.checkName(name.trimmingCharacters(in: .whitespacesAndNewlines))
        errors.checkNewPassword(password, confirmation: passwordConfirmation)
        return (errors, address)
    }
}

struct AccountService {
    let db: any Database
    let config: AppConfig
    let passwords: AsyncPasswordHasher
    let actor: AuditActor

    enum Failure: Error { case emailTaken }

    var mailer: Mailer { Mailer(config: config) }

    /// Creates a member account and queues the verification email.
    func signUp(email: EmailAddress, name: String, password: String, language: Language) async throws -> User {
        if try await User.query(on: db).filter(\.$email == email.value).first() != nil { throw Failure.emailTaken }
        let hash = try await passwords.hash(password).get()
        let user = User(email: email, passwordHash: hash, name: name.trimmingCharacters(in: .whitespacesAndNewlines),
                        preferredLanguage: language)
        do {
            try await db.transaction { db in
                try await user.create(on: db)
                try await UserRole(userID: user.id!, role: .member).create(on: db)
                try await Audit.record(.userCreate, entityType: .user, entityID: user.id!.uuidString,
                                       summary: "account created for \(email.value)",
                                       by: AuditActor(id: actor.id ?? user.id, email: actor.email ?? email.value, ip: actor.ip),
                                       on: db)
                try await sendVerification(to: user, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two sign-ups raced past the check above; the unique index decided.
            throw Failure.emailTaken
        }
        return user
    }

    /// Issues a fresh verification link and queues it, inside the caller's transaction.
    func sendVerification(to user: User, on db: any Database) async throws {
        let secret = try await issueToken(for: user, purpose: .verifyEmail, on: db)
        let language = user.language
        let link = SiteURL.verifyEmail.absolute(config, query: ["token": secret])
        let message = mailer.compose(
            to: Mailbox(EmailAddress(user.email)!, name: user.name), language: language,
            Mailer.Content(subject: L10n.verifyEmailSubject.text(language, ["program": config.programName]),
                  paragraphs: [L10n.verifyEmailBody.text(language)],
                  link: (L10n.verifyEmailSubject.text(language, ["program": config.programName]), link),
                  greetingName: user.name))
        try await Outbox.enqueue(message, on: db)
    }

    /// Marks the address verified; nil when the link is unknown, used or expired.
    func verifyEmail(secret: String) async throws -> User? {
        try await db.transaction { db in
            guard let token = try await consume(secret, purpose: .verifyEmail, on: db),
                  let user = try await User.find(token.$user.id, on: db) else { return nil }
            if user.emailVerifiedAt == nil {
                user.emailVerifiedAt = Date()
                try await user.save(on: db)
                try await Audit.record(.userVerifyEmail, entityType: .user, entityID: user.id!.uuidString,
                                       summary: "email address confirmed",
                                       by: AuditActor(id: user.id, email: user.email, ip: actor.ip), on: db)
            }
            return user
        }
    }

    /// Queues a reset link when the address has an account; says nothing either way.
    func requestPasswordReset(email: EmailAddress) async throws {
        guard let user = try await User.query(on: db).filter(\.$email == email.value).first() else { return }
        try await db.transaction { db in
            let secret = try await issueToken(for: user, purpose: .resetPassword, on: db)
            let language = user.language
            let link = SiteURL.resetPassword.absolute(config, query: ["token": secret])
            let message = mailer.compose(
                to: Mailbox(email, name: user.name), language: language,
                Mailer.Content(subject: L10n.resetEmailSubject.text(language, ["program": config.programName]),
                      paragraphs: [L10n.resetEmailBody.text(language)],
                      link: (L10n.resetTitle.text(language), link),
                      greetingName: user.name))
            try await Outbox.enqueue(message, on: db)
        }
    }

    /// Whether a reset link can still be used, without using it (for showing the form).
    func isUsable(_ secret: String, purpose: OneTimeToken.Purpose) async throws -> Bool {
        try await OneTimeToken.query(on: db)
            .filter(\.$tokenHash == Secret.hash(secret))
            .filter(\.$purpose == purpose)
            .filter(\.$usedAt == nil)
            .filter(\.$expiresAt > Date())
            .first() != nil
    }

    /// Sets the new password and spends the link; nil when the link is unknown, used or expired.
    func resetPassword(secret: String, newPassword: String) async throws -> User? {
        let hash = try await passwords.hash(newPassword).get()
        return try await db.transaction { db in
            guard let token = try await consume(secret, purpose: .resetPassword, on: db),
                  let user = try await User.find(token.$user.id, on: db) else { return nil }
            user.passwordHash = hash
            // Whoever holds the mailbox has shown it is theirs.
            if user.emailVerifiedAt == nil { user.emailVerifiedAt = Date() }
            try await user.save(on: db)
            try await APIToken.query(on: db).filter(\.$user.$id == user.id!).delete()
            try await BrowserSession.endAll(of: user.id!, on: db) // whoever else was signed in is not any more
            try await Audit.record(.userResetPassword, entityType: .user, entityID: user.id!.uuidString,
                                   summary: "password reset by emailed link",
                                   by: AuditActor(id: user.id, email: user.email, ip: actor.ip), on: db)
            return user
        }
    }

    private func issueToken(for user: User, purpose: OneTimeToken.Purpose, on db: any Database) async throws -> String {
        let secret = Secret.make()
        try await OneTimeToken(userID: user.id!, purpose: purpose, tokenHash: Secret.hash(secret),
                               expiresAt: Date().addingTimeInterval(purpose.lifetime)).create(on: db)
        return secret
    }

    /// Spends a token exactly once: the conditional UPDATE lets only one of two racing requests win.
    private func consume(_ secret: String, purpose: OneTimeToken.Purpose, on db: any Database) async throws -> OneTimeToken? {
        guard let token = try await OneTimeToken.query(on: db)
            .filter(\.$tokenHash == Secret.hash(secret))
            .filter(\.$purpose == purpose)
            .first(),
            token.usedAt == nil, token.expiresAt > Date() else { return nil }
        let spent = try await db.sql.raw("""
            UPDATE one_time_tokens SET used_at = \(bind: Date()) WHERE id = \(bind: token.id!) AND used_at IS NULL RETURNING id
            """).all()
        return spent.isEmpty ? nil : token
    }
}

extension Request {
    var accounts: AccountService {
        AccountService(db: db, config: config, passwords: password.async, actor: auditActor)
    }
}
