// Credential days are text compared as text (`expires_on < today`). Before days had to be exactly
// `YYYY-MM-DD`, a typed `2026-9-1` was accepted and sorted after `2026-12-02`, so an expired
// certificate verified as valid. This rewrites such days zero-padded; it leaves anything it cannot
// read as a day alone (there should be none).

import Fluent
import Foundation
import PuenteCore
import SQLKit

struct PadCredentialDays: AsyncMigration {
    /// Plain SQL on the `credentials` columns of its day, not the model, which may since have grown.
    func prepare(on database: any Database) async throws {
        try await database.transaction { db in
            let loose = try await db.sql.raw("""
                SELECT id, issued_on, expires_on FROM credentials WHERE length(issued_on) <> 10 OR length(expires_on) <> 10
                """).all()
            for row in loose {
                let id = try row.decode(column: "id", as: UUID.self)
                let issuedOn = try row.decode(column: "issued_on", as: String.self)
                let expiresOn = try row.decode(column: "expires_on", as: String?.self)
                let issued = Self.padded(issuedOn), expires = expiresOn.map(Self.padded)
                guard issued != issuedOn || expires != expiresOn else { continue }
                try await db.sql.update("credentials").set("issued_on", to: issued).set("expires_on", to: expires)
                    .where("id", .equal, id).run()
            }
        }
    }

    func revert(on database: any Database) async throws {}

    /// `2026-9-1` → `2026-09-01`; anything else unchanged.
    static func padded(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count != 10, parts.count == 3, parts.allSatisfy({ (1...4).contains($0.count) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let parsed = Day(year: year, month: month, day: day) else { return text }
        return parsed.description
    }
}
