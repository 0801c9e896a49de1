// What a group meeting (an event with a group) keeps: its agenda, whose items carry the minutes,
// the minutes' state, action items and invited guests.

import Fluent
import Foundation
import PuenteCore

/// One agenda item; after the meeting it carries that item's minutes.
final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "meeting_agenda_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: Event
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "title_es") var titleEs: String?
    @Field(key: "presenter") var presenter: String
    @Field(key: "minutes_allotted") var minutesAllotted: Int
    @OptionalField(key: "attachment_url") var attachmentURL: String?
    @Field(key: "discussion") var discussion: String
    @Field(key: "decisions") var decisions: String
    /// The other language's version of the discussion and decisions, when someone wrote one.
    @Field(key: "discussion_translated") var discussionTranslated: String
    @Field(key: "decisions_translated") var decisionsTranslated: String

    init() {}

    var heading: StaffText { StaffText(title, spanish: titleEs) }
}

/// The minutes' state for one meeting: draft until the chair or lead approves them, and
/// approved minutes are published to the meeting's own audience.
final class MeetingMinutes: Model, @unchecked Sendable {
    static let schema = "meeting_minutes"

    enum Status: String, Codable, Sendable { case draft, approved }

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: Event
    @Enum(key: "status") var status: Status
    /// The language the minutes were written in; the translation is in the other one.
    @Field(key: "language") var language: String
    @OptionalField(key: "agenda_sent_at") var agendaSentAt: Date?
    @OptionalField(key: "approved_by") var approvedBy: UUID?
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

final class ActionItem: Model, @unchecked Sendable {
    static let schema = "meeting_action_items"

    enum Status: String, Codable, Sendable, CaseIterable { case open, done }

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: Event
    @Field(key: "title") var title: String
    @OptionalField(key: "title_es") var titleEs: String?
    @OptionalParent(key: "owner_user_id") var ownerUser: User?
    @OptionalParent(key: "owner_organization_id") var ownerOrganization: Organization?
    /// `YYYY-MM-DD`.
    @Field(key: "due_on") var dueOn: String
    @Enum(key: "status") var status: Status
    @OptionalField(key: "reminded_at") var remindedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var heading: StaffText { StaffText(title, spanish: titleEs) }
}

/// Someone outside the group asked to one meeting (a state agency, a CBO); the emailed link is
/// the credential, kept only as a hash.
final class MeetingGuest: Model, @unchecked Sendable {
    static let schema = "meeting_guests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: Event
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
