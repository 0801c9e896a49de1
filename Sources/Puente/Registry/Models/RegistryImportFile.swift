// An uploaded registry import file, kept between the dry run and the commit.

import Fluent
import Foundation
import PuenteCore
import Vapor

final class RegistryImportFile: Model, @unchecked Sendable {
    static let schema = "registry_imports"
    @ID(key: .id) var id: UUID?
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: String
    @OptionalField(key: "created_by") var createdBy: String?
    @OptionalField(key: "committed_at") var committedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    init() {}
}
