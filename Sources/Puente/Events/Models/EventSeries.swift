// Several events under one title: a webinar series, or a recurring meeting whose rule made its
// occurrences. Each occurrence is an `Event` row, so it takes registrations, and can be moved or
// cancelled on its own; the series keeps the rule, so feeds can publish it as one RRULE.

import Fluent
import Foundation
import PuenteCore

final class EventSeries: Model, @unchecked Sendable {
    static let schema = "event_series"

    @ID(key: .id) var id: UUID?
    @Field(key: "title") var title: String
    @OptionalField(key: "title_es") var titleEs: String?
    /// Canonical RRULE text (`RecurrenceRule.text`), or nil for a series of separate events.
    @OptionalField(key: "rrule") var rrule: String?
    @Field(key: "time_zone") var timeZone: String
    /// The first occurrence's start and length: DTSTART and DURATION of the rule.
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

extension EventSeries {
    /// The title with its Spanish, for pages and mail in the reader's language.
    var titleText: StaffText { StaffText(title, spanish: titleEs) }
}
