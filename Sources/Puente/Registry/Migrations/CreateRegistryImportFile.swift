// Uploaded import files, kept between the dry run and the commit.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CreateRegistryImportFile: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RegistryImportFile.schema)
            .id()
            .field("file_name", .string, .required)
            .field("content", .string, .required)
            .field("created_by", .string)
            .field("committed_at", .datetime)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegistryImportFile.schema).delete()
    }
}
