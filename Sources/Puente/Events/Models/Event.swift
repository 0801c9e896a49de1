// A meeting, webinar, summit or training people register for.

import Fluent
import Foundation
import PuenteCore

final class Event: Model, @unchecked Sendable {
    static let schema = "events"

    enum Kind: String, Codable, Sendable, CaseIterable { case meeting, webinar, summit, training, other }
    enum Audience: String, Codable, Sendable, CaseIterable {
        case everyone = "public"
        case members
        case organizationRepresentatives = "organization_representatives"
        /// A coalition group's meetings (issue 22): the representatives of its member
        /// organizations only, or its members, their representatives and invited guests. Who
        /// that is gets judged when someone reads, from the group's current seats.
        case representatives
        case group

        /// Whether the event needs a coalition group to say who is in the audience.
        var needsGroup: Bool { self == .representatives || self == .group }
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
    /// The coalition group whose meeting this is, if any.
    @OptionalField(key: "group_id") var groupID: UUID?
    /// For an occurrence of a recurring series: the start the rule gave it (RECURRENCE-ID),
    /// which stays the same when this one occurrence is moved.
    @OptionalField(key: "recurrence_id") var recurrenceID: Date?
    /// JSON `[EventQuestion]`: extra questions on the registration form.
    @OptionalField(key: "questions") var questionsJSON: String?
    /// Minutes before the start to email confirmed registrants a reminder; nil: none.
    @OptionalField(key: "reminder_minutes") var reminderMinutes: Int?
    /// JSON `{language code: EventTranslation}`: the title and description in other languages.
    @OptionalField(key: "translations") var translationsJSON: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    /// Confirmed registrants, counted in the transaction that last saved the event (not stored).
    var confirmedCount: Int?

    init() {}

    var questions: [EventQuestion] {
        get { JSONColumn.decode(questionsJSON) ?? [] }
        set { questionsJSON = newValue.isEmpty ? nil : JSONColumn.encode(newValue) }
    }

    var hasEnded: Bool { endsAt < Date() }

    var translations: [String: EventTranslation] {
        get { JSONColumn.decode(translationsJSON) ?? [:] }
        set { translationsJSON = newValue.isEmpty ? nil : JSONColumn.encode(newValue) }
    }

    /// The title in `language` when the organizer wrote one, else the event's own.
    func title(in language: Language) -> String { translations[language.rawValue]?.title ?? title }

    func description(in language: Language) -> String {
        translations[language.rawValue].map { $0.description.isEmpty ? description : $0.description } ?? description
    }
}
