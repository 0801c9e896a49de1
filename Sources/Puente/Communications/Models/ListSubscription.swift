// One address on one list. Rows are never deleted: an unsubscribe is a state, so an import or a
// group sync can tell "never asked" from "said no".

import Fluent
import Foundation
import PuenteCore

final class ListSubscription: Model, @unchecked Sendable {
    static let schema = "list_subscriptions"

    enum Status: String, Codable, Sendable, CaseIterable {
        /// Asked; waits for the emailed confirmation (double opt-in).
        case pending
        /// Confirmed the address; waits for an owner on an approval list.
        case awaitingApproval = "awaiting_approval"
        case confirmed
        case unsubscribed
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "list_id") var list: MailingList
    /// Lowercased, so one address is one subscription.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "language") var language: String
    @OptionalParent(key: "user_id") var user: User?
    @Enum(key: "status") var status: Status
    @OptionalField(key: "confirm_token_hash") var confirmTokenHash: String?
    @OptionalField(key: "confirm_expires_at") var confirmExpiresAt: Date?
    @OptionalField(key: "confirm_sent_at") var confirmSentAt: Date?
    /// Why we may write to this person: "confirmed by email", "imported: signed paper form", …
    @Field(key: "consent_basis") var consentBasis: String
    /// A discussion list holds first posts for an owner to read.
    @Field(key: "posts_moderated") var postsModerated: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(listID: UUID, email: String, name: String, language: Language, userID: UUID?, status: Status, consentBasis: String) {
        self.$list.id = listID
        self.email = email
        self.name = name
        self.language = language.rawValue
        self.$user.id = userID
        self.status = status
        self.consentBasis = consentBasis
        self.postsModerated = true
    }

    var preferredLanguage: Language { Language(rawValue: language) ?? .en }
}
