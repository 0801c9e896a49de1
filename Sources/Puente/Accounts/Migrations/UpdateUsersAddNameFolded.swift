// People's names without accents or case, so the admin list finds "José" when "jose" is typed
// and lists Álvaro with the A's. Existing accounts are filled here; `UserFolding` keeps it after.

import Fluent
import Foundation
import SQLKit

struct UpdateUsersAddNameFolded: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema).field("name_folded", .string, .required, .sql(.default(""))).update()
        try await Self.fill(on: database)
        try await database.createIndex(named: "users_name_folded", on: User.schema, columns: ["name_folded", "email"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "users_name_folded").run()
        try await database.schema(User.schema).deleteField("name_folded").update()
    }

    /// Folds every account's name in Swift (neither engine folds accents in SQL). A program has
    /// thousands of accounts, not millions, so they are read at once and written a thousand per
    /// transaction. The folding rule is written here as it was that day, not called from
    /// `TextFolding`: a later change to the rule needs a migration (or command) of its own.
    static func fill(on database: any Database) async throws {
        let rows = try await database.sql.select().columns("id", "name").from(User.schema).all()
        let names = try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) }
        for start in stride(from: 0, to: names.count, by: 1000) {
            try await database.transaction { db in
                for (id, name) in names[start..<min(start + 1000, names.count)] {
                    try await db.sql.update(User.schema).set("name_folded", to: Self.fold(name)).where("id", .equal, id).run()
                }
            }
        }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
