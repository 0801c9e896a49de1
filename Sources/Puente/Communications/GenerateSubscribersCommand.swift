// `puente generate-subscribers --list SLUG --count N`: synthetic confirmed subscribers for the
// newsletter benchmark (scripts/bench-newsletter). Not for real programs: nobody consented.

import Fluent
import Foundation
import SQLKit
import Vapor

struct GenerateSubscribersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "list", help: "The list's slug") var list: String?
        @Option(name: "count", help: "How many (default 10000)") var count: Int?
        init() {}
    }

    var help: String { "Adds N synthetic confirmed subscribers to a list, for benchmarks (not for real programs)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let slug = signature.list, let list = try await MailingList.query(on: app.db).filter(\.$slug == slug).first() else {
            throw AppConfig.ConfigError(description: "--list must name an existing list")
        }
        let count = min(max(signature.count ?? 10_000, 0), 5_000_000)
        let started = Date()
        let stamp = Int(started.timeIntervalSince1970)
        var written = 0
        while written < count {
            let range = written..<(written + min(5_000, count - written))
            try await app.db.transaction { db in
                for chunk in range.chunked(into: 500) {
                    var insert = db.sql.insert(into: ListSubscription.schema)
                        .columns("id", "list_id", "email", "name", "language", "status", "consent_basis", "posts_moderated", "created_at", "updated_at")
                    for index in chunk {
                        insert = insert.values(SQLBind(UUID()), SQLBind(list.id!), SQLBind("reader\(stamp)-\(index)@bench.example.org"),
                                               SQLBind("Reader \(index)"), SQLBind(index % 3 == 0 ? "es" : "en"), SQLBind("confirmed"),
                                               SQLBind("benchmark: synthetic"), SQLBind(true), SQLBind(started), SQLBind(started))
                    }
                    try await insert.run()
                }
            }
            written = range.upperBound
        }
        context.console.print("Generated \(count) subscribers on \(slug) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
    }
}

extension Range where Bound == Int {
    func chunked(into size: Int) -> [ArraySlice<Int>] { Array(self).chunked(into: size) }
}
