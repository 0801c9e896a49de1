// An event's title and description in another language.

import Fluent
import Foundation
import PuenteCore

/// An event's title and description in another language.
struct EventTranslation: Codable, Sendable, Equatable {
    var title: String
    var description: String
}
