// A member's private calendar feed.

import Fluent
import Foundation
import PuenteCore

/// A member's private calendar feed of the events they registered for; the token is the secret.
final class EventFeed: Model, @unchecked Sendable {
    static let schema = "event_feeds"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token") var token: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
