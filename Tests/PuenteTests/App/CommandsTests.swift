// The command-line verbs' effects: create-admin upserts, seed-demo is idempotent, rebuild-directory
// fills the directory's index.

import Fluent
import SQLKit
import Testing
import VaporTesting
@testable import Puente

@Suite struct CommandsTests {
    @Test func createAdminCreatesThenResetsWithoutDuplicating() async throws {
        try await withPuente { app in
            let created = try await AdminAccounts.upsertAdmin(email: .init("boss@example.org")!, password: "first password 1",
                                                              name: "Boss", app: app)
            #expect(created)
            let again = try await AdminAccounts.upsertAdmin(email: .init("BOSS@example.org")!, password: "second password 2",
                                                            name: "Boss", app: app)
            #expect(!again)
            #expect(try await User.query(on: app.db).count() == 1)
            let roles = Set(try await UserRole.query(on: app.db).all().map(\.role))
            #expect(roles == ["admin", "member"])
            #expect(try await Browser(app).signIn("boss@example.org", "first password 1").status == .unauthorized)
            #expect(try await Browser(app).signIn("boss@example.org", "second password 2").status == .seeOther)
        }
    }

    @Test func createAdminRunsFromTheCommandLine() async throws {
        try await withPuente { app in
            var context = CommandContext(console: app.console, input: CommandInput(arguments: [
                "puente", "create-admin", "--email", "cli@example.org", "--password", "from the cli 1",
            ]))
            context.application = app
            try await app.asyncCommands.group().run(using: &context)
            let user = try await User.query(on: app.db).filter(\.$email == "cli@example.org").first()
            #expect(user?.emailVerifiedAt != nil)
        }
    }

    @Test func rebuildDirectoryListsTheRegistryAgain() async throws {
        try await withPuente { app in
            #expect(try await RegistryDemo.seed(app: app, count: 30) == 30)
            let listed = try await Directory.search(DirectoryFilter(), on: app.db).total
            #expect(listed > 0)
            try await app.db.sql.raw("DELETE FROM directory_terms").run()
            try await app.db.sql.raw("DELETE FROM directory_listings").run()
            #expect(try await Directory.search(DirectoryFilter(), on: app.db).total == 0)

            var context = CommandContext(console: app.console, input: CommandInput(arguments: ["puente", "rebuild-directory"]))
            context.application = app
            try await app.asyncCommands.group().run(using: &context)
            #expect(try await Directory.search(DirectoryFilter(), on: app.db).total == listed)
        }
    }

    @Test func demoRegistryIsRealisticAndIdempotent() async throws {
        try await withPuente { app in
            #expect(try await RegistryDemo.seed(app: app, count: 60) == 60)
            #expect(try await RegistryDemo.seed(app: app, count: 60) == 0)
            #expect(try await RegistryEntry.query(on: app.db).count() == 60)
            #expect(try await Credential.query(on: app.db).count() > 5)
            // Verification has three answers and the demo shows each: valid, expired and revoked.
            let today = app.config.dateFormatting.isoDay(Date())
            let statuses = Set(try await Credential.query(on: app.db).all().map { $0.status(today: today) })
            #expect(statuses == [.valid, .expired, .revoked])
            let spanish = try await Directory.search(.init(language: "es"), on: app.db)
            #expect(spanish.total > 0)
        }
    }

    @Test func seedDemoTwiceChangesNothingTheSecondTime() async throws {
        try await withPuente { app in
            let first = try await DemoData.seed(app: app, password: "demo password 1")
            let count = try await User.query(on: app.db).count()
            let second = try await DemoData.seed(app: app, password: "demo password 1")
            #expect(first == DemoData.people.count)
            #expect(second == 0)
            #expect(try await User.query(on: app.db).count() == count)
            #expect(try await Browser(app).signIn(DemoData.people[0].email, "demo password 1").status == .seeOther)
        }
    }
}
