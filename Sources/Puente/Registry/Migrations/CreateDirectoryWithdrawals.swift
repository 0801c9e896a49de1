// People who left the directory, for FHIR mirrors (_history).

import Fluent
import Foundation
import SQLKit

struct CreateDirectoryWithdrawals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("""
            CREATE TABLE directory_withdrawals (
                entry_id \(sql.engine.uuidColumn) PRIMARY KEY REFERENCES registry_entries(id) ON DELETE CASCADE,
                registry_number TEXT NOT NULL,
                withdrawn_at \(sql.engine.timestampColumn) NOT NULL)
            """).run()
        try await sql.raw("CREATE INDEX directory_withdrawals_when ON directory_withdrawals (withdrawn_at)").run()
        // `_history` reads entries newest change first, alongside these rows.
        try await sql.raw("CREATE INDEX registry_entries_updated ON registry_entries (updated_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX IF EXISTS registry_entries_updated").run()
        try await database.sql.raw("DROP TABLE IF EXISTS directory_withdrawals").run()
    }
}
