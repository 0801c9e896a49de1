// A person with an account. Holds the minimum: no payment, bank, tax or SSN fields, ever.

import Fluent
import Foundation
import PuenteCore
import Vapor

public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// Normalized (see `EmailAddress`); unique.
    @Field(key: "email") public var email: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "name") public var name: String
    /// `name` without accents or case, kept by `UserFolding`: how staff lists find and order people.
    @Field(key: "name_folded") public var nameFolded: String
    @Field(key: "preferred_language") public var preferredLanguage: String
    @OptionalField(key: "email_verified_at") public var emailVerifiedAt: Date?
    @Children(for: \.$user) public var roles: [UserRole]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID? = nil, email: EmailAddress, passwordHash: String, name: String, preferredLanguage: Language) {
        self.id = id
        self.email = email.value
        self.passwordHash = passwordHash
        self.name = name
        self.preferredLanguage = preferredLanguage.rawValue
    }

    var language: Language { Language(rawValue: preferredLanguage) ?? .en }
    var isEmailVerified: Bool { emailVerifiedAt != nil }
}

extension User: ModelSessionAuthenticatable {}

/// Keeps `name_folded` right on every create and update, whoever saves.
struct UserFolding: AsyncModelMiddleware {
    func create(model: User, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        model.nameFolded = TextFolding.fold(model.name)
        try await next.create(model, on: db)
    }

    func update(model: User, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        model.nameFolded = TextFolding.fold(model.name)
        try await next.update(model, on: db)
    }
}

public final class UserRole: Model, @unchecked Sendable {
    public static let schema = "user_roles"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Field(key: "role") public var role: String

    public init() {}

    public init(userID: UUID, role: Role) {
        self.$user.id = userID
        self.role = role.rawValue
    }
}
