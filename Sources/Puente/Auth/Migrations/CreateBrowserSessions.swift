// Browser sessions, kept in the database so they survive a restart.

import Fluent
import Foundation
import Vapor

struct CreateBrowserSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BrowserSession.schema)
            .field("key_hash", .string, .identifier(auto: false))
            .field("data", .string, .required)
            .field("user_id", .uuid) // no foreign key: a session may outlive the account it named
            .field("expires_at", .datetime, .required)
            .create()
        try await database.createIndex(named: "browser_sessions_by_user", on: BrowserSession.schema, columns: ["user_id"])
        try await database.createIndex(named: "browser_sessions_by_expiry", on: BrowserSession.schema, columns: ["expires_at"])
        // Sessions in Fluent's table are not carried over: everyone signs in once more.
        try await database.schema(SessionRecord.schema).delete()
    }

    func revert(on database: any Database) async throws {
        try await SessionRecord.migration.prepare(on: database).get()
        try await database.schema(BrowserSession.schema).delete()
    }
}
