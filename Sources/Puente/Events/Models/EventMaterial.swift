// A recording, slides or another link attached to an event.

import Fluent
import Foundation
import PuenteCore

/// A recording, slides or another link attached to an event, shown once it is over.
final class EventMaterial: Model, @unchecked Sendable {
    static let schema = "event_materials"

    enum Kind: String, Codable, Sendable, CaseIterable { case recording, slides, link }

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: Event
    @Enum(key: "kind") var kind: Kind
    @Field(key: "title") var title: String
    @OptionalField(key: "title_es") var titleEs: String?
    @Field(key: "url") var url: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

extension EventMaterial {
    /// The title with its Spanish, for pages and mail in the reader's language.
    var titleText: StaffText { StaffText(title, spanish: titleEs) }
}
