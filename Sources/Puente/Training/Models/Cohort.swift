// One run of a program: dates, place and/or link, master trainers, capacity, class sessions.

import Fluent
import Foundation
import PuenteCore

final class Cohort: Model, @unchecked Sendable {
    static let schema = "cohorts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: TrainingProgram
    @Field(key: "name") var name: String
    @OptionalField(key: "name_es") var nameEs: String?
    /// Days (`YYYY-MM-DD`) in the program's zone.
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @OptionalField(key: "place") var place: String?
    /// Shown only to accepted trainees and trainers.
    @OptionalField(key: "online_link") var onlineLink: String?
    @Field(key: "capacity") var capacity: Int
    /// The last day applications are taken; nil means the day the cohort starts.
    @OptionalField(key: "applications_close_on") var applicationsCloseOn: String?
    /// Secret for the trainers' schedule feed.
    @Field(key: "calendar_token") var calendarToken: String
    @Children(for: \.$cohort) var sessions: [TrainingSession]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var startDay: Day { Day(startsOn)! }
    var endDay: Day { Day(endsOn)! }
    var applicationsCloseDay: Day { applicationsCloseOn.flatMap(Day.init) ?? startDay }

    func takesApplications(on day: Day) -> Bool { day <= applicationsCloseDay && day <= endDay }
}

extension Cohort {
    /// The name with its Spanish, for pages and mail in the reader's language.
    var nameText: StaffText { StaffText(name, spanish: nameEs) }
}
