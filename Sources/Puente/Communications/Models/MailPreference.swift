// Per address, across every list: the program-wide "no bulk email" switch and the bounce score
// that holds delivery to an address that keeps bouncing.

import Fluent
import Foundation

final class MailPreference: Model, @unchecked Sendable {
    static let schema = "mail_preferences"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    /// No newsletters, list mail, reminders or other non-transactional mail at all.
    @Field(key: "no_bulk") var noBulk: Bool
    @Field(key: "bounce_score") var bounceScore: Double
    @OptionalField(key: "last_bounce_at") var lastBounceAt: Date?
    /// Set once the bounce score passes the threshold; the preferences page says why.
    @OptionalField(key: "held_at") var heldAt: Date?
    @OptionalField(key: "held_reason") var heldReason: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// Bulk mail may go to the address: the person has not switched it off and it is not held.
    var acceptsBulk: Bool { !noBulk && heldAt == nil }

    init(email: String) {
        self.email = email
        self.noBulk = false
        self.bounceScore = 0
    }
}
