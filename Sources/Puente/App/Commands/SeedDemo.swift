// `puente seed-demo`: a small, realistic program to explore. Idempotent: people are matched
// by email, so running it again changes nothing. Each capability adds its part here.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct SeedDemoCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }
    var help: String { "Loads demo people and content (safe to run again)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let password = Environment.get("PUENTE_DEMO_PASSWORD") ?? DemoData.defaultPassword
        let created = try await DemoData.seed(app: context.application, password: password)
        let entries = try await RegistryDemo.seed(app: context.application)
        let cohorts = try await TrainingDemo.seed(app: context.application, password: password)
        // The coalition's groups before the events: the committee's meetings are theirs.
        try await CoalitionDemo.seedGroups(app: context.application, password: password)
        let events = try await EventsDemo.seed(app: context.application)
        let lists = try await CommunicationsDemo.seed(app: context.application)
        let meetings = try await CoalitionDemo.seedMeetings(app: context.application)
        context.console.print(created == 0 && entries == 0 && cohorts == 0 && events == 0 && lists == 0 && meetings == 0
            ? "Demo data already present."
            : "Added \(created) demo accounts, \(entries) registry entries, \(cohorts) training cohorts, \(events) events and \(lists) mailing lists. Sign in as \(DemoData.people[0].email) with the demo password.")
    }
}

enum DemoData {
    static let defaultPassword = "puente-demo-2026"

    struct Person {
        let email: String
        let name: String
        let language: Language
        let roles: Set<Role>
    }

    static let people: [Person] = [
        Person(email: "admin@demo.puente.example.org", name: "Teresa Alvarado", language: .en, roles: [.admin, .staff, .member]),
        Person(email: "staff@demo.puente.example.org", name: "Rosa Martínez", language: .es, roles: [.staff, .member]),
        Person(email: "trainer@demo.puente.example.org", name: "Daniel Whitehorse", language: .en, roles: [.trainer, .member]),
        Person(email: "supervisor@demo.puente.example.org", name: "Guadalupe Hernández", language: .es, roles: [.supervisor, .member]),
        Person(email: "orgrep@demo.puente.example.org", name: "Kevin Tran", language: .en, roles: [.organizationRepresentative, .member]),
        Person(email: "promotora@demo.puente.example.org", name: "María Elena Cruz", language: .es, roles: [.member]),
        Person(email: "chw@demo.puente.example.org", name: "Jasmine Carter", language: .en, roles: [.member]),
    ]

    /// A demo account with `roles`, confirmed, unless one has the address already.
    static func account(_ email: String, _ name: String, _ language: Language, roles: Set<Role>, hash: String,
                        on db: any Database) async throws -> User {
        if let user = try await User.query(on: db).filter(\.$email == email).first() { return user }
        let user = User(email: EmailAddress(email)!, passwordHash: hash, name: name, preferredLanguage: language)
        user.emailVerifiedAt = Date()
        try await user.create(on: db)
        for role in roles { try await UserRole(userID: user.id!, role: role).create(on: db) }
        return user
    }

    /// Returns how many accounts were created this time.
    static func seed(app: Application, password: String) async throws -> Int {
        var created = 0
        let hash = try await app.password.async.hash(password).get()
        for person in people {
            let email = EmailAddress(person.email)!
            if try await User.query(on: app.db).filter(\.$email == email.value).first() != nil { continue }
            try await app.db.transaction { db in
                let user = User(email: email, passwordHash: hash, name: person.name, preferredLanguage: person.language)
                user.emailVerifiedAt = Date()
                try await user.create(on: db)
                for role in person.roles { try await UserRole(userID: user.id!, role: role).create(on: db) }
                try await Audit.record(.userCreate, entityType: .user, entityID: user.id!.uuidString,
                                       summary: "demo account", by: .system, on: db)
            }
            created += 1
        }
        return created
    }
}
