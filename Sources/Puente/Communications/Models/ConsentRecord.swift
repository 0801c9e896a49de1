// What a person said about mail from us, and when: every subscribe, confirm, approval, import,
// unsubscribe and the program-wide switch. Kept when the list is deleted (the slug is copied).

import Fluent
import Foundation

final class ConsentRecord: Model, @unchecked Sendable {
    static let schema = "consent_records"

    enum Action: String, Codable, Sendable {
        case subscribe, confirm, approve, unsubscribe, `import`, staffAdd = "staff_add"
        case noBulkOn = "no_bulk_on", noBulkOff = "no_bulk_off", held
    }

    @ID(key: .id) var id: UUID?
    /// Nil for the program-wide "no bulk email" switch.
    @OptionalField(key: "list_id") var listID: UUID?
    @OptionalField(key: "list_slug") var listSlug: String?
    @Field(key: "email") var email: String
    @Enum(key: "action") var action: Action
    /// How it happened: "one-click", "preferences page", "signed in", "imported: …".
    @Field(key: "method") var method: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @OptionalField(key: "ip") var ip: String?
    @Timestamp(key: "occurred_at", on: .create) var occurredAt: Date?

    init() {}

    init(list: MailingList?, email: String, action: Action, method: String, actorID: UUID? = nil, ip: String? = nil) {
        self.listID = list?.id
        self.listSlug = list?.slug
        self.email = email
        self.action = action
        self.method = String(method.prefix(300))
        self.actorID = actorID
        self.ip = ip
    }
}
