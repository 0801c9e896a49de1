// A language a registered person speaks.

import Fluent
import Foundation
import PuenteCore

public final class RegistryEntryLanguage: Model, @unchecked Sendable {
    public static let schema = "registry_entry_languages"
    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: RegistryEntry
    /// ISO 639 code from `SpokenLanguages`.
    @Field(key: "code") public var code: String
    public init() {}
    init(entryID: UUID, code: String) { self.$entry.id = entryID; self.code = code }
}
