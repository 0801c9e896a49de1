// A community a registered person serves.

import Fluent
import Foundation
import PuenteCore

public final class RegistryEntryCommunity: Model, @unchecked Sendable {
    public static let schema = "registry_entry_communities"
    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: RegistryEntry
    @Field(key: "code") public var code: String
    public init() {}
    init(entryID: UUID, code: String) { self.$entry.id = entryID; self.code = code }
}
