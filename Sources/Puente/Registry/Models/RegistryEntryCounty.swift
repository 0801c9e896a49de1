// A county a registered person serves.

import Fluent
import Foundation
import PuenteCore

public final class RegistryEntryCounty: Model, @unchecked Sendable {
    public static let schema = "registry_entry_counties"
    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: RegistryEntry
    /// Five-digit FIPS code from the program's `CountyList`.
    @Field(key: "fips") public var fips: String
    public init() {}
    init(entryID: UUID, fips: String) { self.$entry.id = entryID; self.fips = fips }
}
