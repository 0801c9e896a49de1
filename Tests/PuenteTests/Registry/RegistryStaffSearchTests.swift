// Staff search finds what was typed, literally: `%` and `_` are characters, not wildcards.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct RegistryStaffSearchTests {
    func names(_ search: String, _ app: Application) async throws -> [String] {
        try await RegistrySearch.query(RegistryStaffFilter(search: search), on: app.db).all().map(\.fullName)
    }

    @Test func wildcardCharactersAreMatchedLiterally() async throws {
        try await withPuente { app in
            let underscored = try await app.makeEntry(given: "Ana", family: "Beltrán")
            underscored.email = "ana_b@example.org"
            try await underscored.save(on: app.db)
            let plain = try await app.makeEntry(given: "Anaxb", family: "Cruz")
            plain.email = "anaxb@example.org"
            try await plain.save(on: app.db)

            #expect(try await names("ana_b", app) == ["Ana Beltrán"])
            #expect(try await names("ANA_B@", app) == ["Ana Beltrán"]) // still ignores case
            #expect(try await names("_", app) == ["Ana Beltrán"])
            #expect(try await names("%", app).isEmpty)
            #expect(try await names("\\", app).isEmpty)
            #expect(try await names("anaxb", app) == ["Anaxb Cruz"])
            #expect(try await names("beltrán", app) == ["Ana Beltrán"])
        }
    }

    @Test func namesAreFoundAndListedWithoutMindingAccents() async throws {
        try await withPuente { app in
            // setup
            for (given, family) in [("Zoila", "Zamora"), ("Úrsula", "Ávila"), ("Héctor", "Álvarez"), ("Ana", "Beltrán")] {
                try await app.makeEntry(given: given, family: family)
            }
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")

            // act
            let page = try await staff.get(SiteURL.staffRegistry.path).body.string

            // check
            #expect(try await names("", app) == ["Héctor Álvarez", "Úrsula Ávila", "Ana Beltrán", "Zoila Zamora"])
            #expect(try await names("alvarez", app) == ["Héctor Álvarez"], "typed without the accent, as on a phone")
            #expect(try await names("URSULA", app) == ["Úrsula Ávila"])
            let positions = ["Álvarez", "Ávila", "Beltrán", "Zamora"].compactMap { page.range(of: $0)?.lowerBound }
            #expect(positions.count == 4 && positions == positions.sorted(), "the staff page lists them in that order")
        }
    }

    @Test func theStaffPageAndAuditFilterUseTheSameLiteralMatch() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            try await app.makeEntry(given: "Rosa", family: "Nguyen")
            let browser = Browser(app)
            try await browser.signIn("staff@example.org")
            #expect(try await browser.get(SiteURL.staffRegistry.path + "?q=nguy").body.string.contains("Rosa Nguyen"))
            #expect(!(try await browser.get(SiteURL.staffRegistry.path + "?q=ng%25y").body.string.contains("Rosa Nguyen")))

            let actor = AuditActor(id: nil, email: "rosa_m@example.org", ip: nil)
            try await Audit.record(.userUpdate, entityType: .user, entityID: nil, summary: "underscored", by: actor, on: app.db)
            try await Audit.record(.userUpdate, entityType: .user, entityID: nil, summary: "plain",
                                   by: AuditActor(id: nil, email: "rosaxm@example.org", ip: nil), on: app.db)
            let dates = app.config.dateFormatting
            #expect(try await AuditController.events(.init(actor: "ROSA_M"), dates: dates, on: app.db).items.map(\.summary) == ["underscored"])
            #expect(try await AuditController.events(.init(action: "user_"), dates: dates, on: app.db).items.isEmpty)
            #expect(try await AuditController.events(.init(action: "USER."), dates: dates, on: app.db).items.count == 2)
        }
    }
}
