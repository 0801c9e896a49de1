// `puente rebuild-directory`: fills the public directory's index from the registry. Every write
// keeps the index current; this is for a database restored from before the index had its cards
// (`CreateDirectoryListings` once filled it with the code of the day, which a migration must not
// run), or one whose index was damaged by hand.

import Fluent
import SQLKit
import Vapor

struct RebuildDirectoryCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }
    var help: String { "Rebuilds the public directory's index from the registry." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let db = context.application.db
        try await DirectoryIndex.rebuild(on: db)
        let listed = try await db.sql.count(rowsIn: DirectoryIndex.listings)
        context.console.print("The directory lists \(listed) people.")
    }
}
