// A cohort's class meetings.

import Fluent
import Foundation
import PuenteCore

/// One class meeting; its hours are what attendance credits.
final class TrainingSession: Model, @unchecked Sendable {
    static let schema = "training_sessions"
    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: Cohort
    @Field(key: "day") var day: String
    /// `HH:MM` in the program's zone.
    @Field(key: "starts_at") var startsAt: String
    @Field(key: "quarter_hours") var quarterHours: Int
    @Field(key: "topic") var topic: String
    @OptionalField(key: "topic_es") var topicEs: String?
    /// Comma-separated competency codes.
    @Field(key: "competencies") var competencies: String
    init() {}
}

extension TrainingSession {
    /// The topic with its Spanish, for pages and mail in the reader's language.
    var topicText: StaffText { StaffText(topic, spanish: topicEs) }
}
