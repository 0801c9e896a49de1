// A meeting, webinar, summit or training people register for, and their registrations.

import Fluent
import Foundation

final class Event: Model, @unchecked Sendable {
    static let schema = "events"

    enum Kind: String, Codable, Sendable, CaseIterable { case meeting, webinar, summit, training, other }
    enum Audience: String, Codable, Sendable, CaseIterable {
        case everyone = "public"
        case members
        case organizationRepresentatives = "organization_representatives"
    }
    enum Status: String, Codable, Sendable { case scheduled, cancelled }

    @ID(key: .id) var id: UUID?
    @Enum(key: "kind") var kind: Kind
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    /// IANA zone the event is planned in; invites carry it so calendars keep the wall-clock time.
    @Field(key: "time_zone") var timeZone: String
    @OptionalField(key: "place") var place: String?
    /// Shown only to confirmed registrants, never in public pages or feeds.
    @OptionalField(key: "online_link") var onlineLink: String?
    @Enum(key: "audience") var audience: Audience
    /// Nil: no limit.
    @OptionalField(key: "capacity") var capacity: Int?
    @OptionalField(key: "registration_opens_at") var registrationOpensAt: Date?
    /// Nil: registration closes when the event starts.
    @OptionalField(key: "registration_closes_at") var registrationClosesAt: Date?
    @Enum(key: "status") var status: Status
    /// Raised on every change, as iCalendar SEQUENCE.
    @Field(key: "sequence") var sequence: Int
    @Field(key: "organizer_name") var organizerName: String
    @Field(key: "organizer_email") var organizerEmail: String
    @OptionalParent(key: "series_id") var series: EventSeries?
    /// For an occurrence of a recurring series: the start the rule gave it (RECURRENCE-ID),
    /// which stays the same when this one occurrence is moved.
    @OptionalField(key: "recurrence_id") var recurrenceID: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

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
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
