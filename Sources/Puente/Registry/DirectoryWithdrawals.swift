// People who were in the public directory and left it (consent withdrawn, suspended, made
// inactive). A mirror that synced them, such as a state or national directory pulling FHIR
// `_history`, must be told to drop them; without a record of the leaving it would keep them
// for ever. Only people who were public get a row, so the table reveals no one who never was.

import Fluent
import Foundation
import SQLKit

enum DirectoryWithdrawals {
    static let table = "directory_withdrawals"

    /// Called when `entryID` has just left the directory.
    static func record(_ entryID: UUID, registryNumber: String, on sql: any SQLDatabase) async throws {
        try await forget(entryID, on: sql)
        try await sql.insert(into: table).columns("entry_id", "registry_number", "withdrawn_at")
            .values(SQLBind(entryID), SQLBind(registryNumber), SQLBind(Date())).run()
    }

    /// Called when `entryID` is listed again: the mirror gets it back as an update.
    static func forget(_ entryID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: table).where("entry_id", .equal, entryID).run()
    }
}
