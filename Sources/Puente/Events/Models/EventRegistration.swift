// One person's place at an event: registered, waitlisted or cancelled, with their answers.

import Fluent
import Foundation
import PuenteCore

final class EventRegistration: Model, @unchecked Sendable {
    static let schema = "event_registrations"

    enum Status: String, Codable, Sendable { case confirmed, waitlisted, cancelled }

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: Event
    @OptionalParent(key: "user_id") var user: User?
    @Field(key: "name") var name: String
    /// Lower-cased; one registration per address per event.
    @Field(key: "email") var email: String
    @Enum(key: "status") var status: Status
    /// Order on the waitlist: taken while the event's registrations are locked, so it never ties.
    @Field(key: "queue_number") var queueNumber: Int
    /// The secret in the person's own link to view or cancel.
    @Field(key: "token") var token: String
    @OptionalField(key: "promoted_at") var promotedAt: Date?
    /// JSON `{question id: answer}` for the event's questions.
    @OptionalField(key: "answers") var answersJSON: String?
    /// Set at the door by staff.
    @OptionalField(key: "checked_in_at") var checkedInAt: Date?
    /// The person's choice; reminders go only to those who keep it on.
    @Field(key: "wants_reminders") var wantsReminders: Bool
    /// Set in the same transaction that queues the reminder, so it goes once.
    @OptionalField(key: "reminded_at") var remindedAt: Date?
    /// The language the person registered in: every later email (update, reminder) is in it.
    @Field(key: "language") var languageCode: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var language: Language { Language(rawValue: languageCode) ?? .en }

    var answers: [String: String] {
        get { JSONColumn.decode(answersJSON) ?? [:] }
        set { answersJSON = newValue.isEmpty ? nil : JSONColumn.encode(newValue) }
    }
}
