// Staff browse and filter the audit trail; others cannot.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct AuditLogTests {
    @Test func staffSeeEventsNewestFirstAndCanFilter() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let actor = AuditActor(id: nil, email: "rosa@example.org", ip: "203.0.113.9")
            try await Audit.record(.userUpdate, entityType: .user, entityID: "1", summary: "changed name", by: actor, on: app.db)
            try await Audit.record(.registryExport, entityType: .registryEntry, entityID: nil, summary: "exported 12 rows", by: .system, on: app.db)

            let browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let all = try await browser.get(SiteURL.auditLog.path).body.string
            #expect(all.contains("changed name"))
            #expect(all.contains("203.0.113.9"))
            #expect(all.contains("exported 12 rows"))
            #expect(all.range(of: "exported 12 rows")!.lowerBound < all.range(of: "changed name")!.lowerBound)
            #expect(all.contains("<td>Registry exported<p class=\"hint\">registry.export</p></td>")) // words, and the code to filter by
            let spanish = try await browser.get(SiteURL.auditLog.path(query: ["lang": "es"])).body.string
            #expect(spanish.contains("Perfil modificado"))

            let filtered = try await browser.get(SiteURL.auditLog.path + "?actor=ROSA&action=user.").body.string
            #expect(filtered.contains("changed name"))
            #expect(!filtered.contains("exported 12 rows"))
        }
    }

    @Test func dateFilterUsesWholeDaysInTheProgramZone() async throws {
        try await withPuente { app in
            let old = AuditEvent(actorID: nil, actorEmail: nil, action: Audit.Action.userUpdate.rawValue, entityType: Audit.Entity.user.rawValue, entityID: nil,
                                 summary: "long ago", ip: nil, occurredAt: Date(timeIntervalSince1970: 1_700_000_000))
            try await old.create(on: app.db)
            try await Audit.record(.userUpdate, entityType: .user, entityID: nil, summary: "today", by: .system, on: app.db)
            let dates = app.config.dateFormatting
            let page = try await AuditController.events(.init(from: dates.isoDay(Date())), dates: dates, on: app.db)
            #expect(page.items.map(\.summary) == ["today"])
            let before = try await AuditController.events(.init(to: "2023-11-15"), dates: dates, on: app.db)
            #expect(before.items.map(\.summary) == ["long ago"])
        }
    }

    @Test func membersCannotReadTheAuditLog() async throws {
        try await withPuente { app in
            try await app.makeUser("chw@example.org")
            let browser = Browser(app)
            try await browser.signIn("chw@example.org")
            #expect(try await browser.get(SiteURL.auditLog.path).status == .forbidden)
        }
    }
}
