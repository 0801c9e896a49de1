// "My organization": a representative sees the organization's people who agreed to it, with
// their standing, and acts for that organization only. Every view is audited.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct MyOrganizationTests {
    @Test func aRepresentativeSeesOnlyPeopleWhoAgreedAndActsForTheirOwnOrganizationOnly() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let agreed = try await app.makeEntry(given: "Ana", family: "Shares")
            agreed.sharesStanding = true
            try await agreed.save(on: app.db)
            try await app.makeCredential(for: agreed, expiresOn: "2020-01-01")
            let private_ = try await app.makeEntry(given: "Beto", family: "Private")
            let elsewhere = try await app.makeEntry(given: "Cata", family: "Elsewhere")
            elsewhere.sharesStanding = true
            try await elsewhere.save(on: app.db)
            for (entry, organization) in [(agreed, fixture.member), (private_, fixture.member), (elsewhere, fixture.other)] {
                try await Affiliation(entryID: entry.id!, organizationID: organization.id!, title: nil, isEmployer: true).create(on: app.db)
            }
            // An API replace or an import carries no answer to the new consent: it stays as given.
            let untouched = RegistryEntryInput()
            #expect(untouched.sharesStanding == nil)
            #expect(!untouched.apply(to: try #require(try await RegistryEntry.find(agreed.id, on: app.db)), includeNotes: false)
                .contains("shares_standing"))

            let rep = try await CoalitionFixture.browser(app, "rep@example.org")
            let page = try await rep.get(SiteURL.coalitionMyOrganization.path)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Ana Shares") && html.contains(L10n.verifyStatusExpired.text(.en)))
            #expect(!html.contains("Beto Private") && !html.contains("Cata Elsewhere"))
            #expect(html.contains("Policy committee"))
            #expect(try await app.auditEvents(.coalitionStandingView).count == 1)

            // Proposing for another organization: not found, nothing saved.
            let other = try await rep.post(SiteURL.coalitionProposals.path, [("organization", fixture.other.id!.uuidString), ("kind", "practicum_site"),
                                                                             ("name", "Harbor clinic"), ("contact", "Dr. Lee, Long Beach")])
            #expect(other.status == .notFound)
            #expect(try await rep.post(SiteURL.coalitionProposals.path, [("organization", fixture.member.id!.uuidString), ("kind", "practicum_site"),
                                                                         ("name", "Valley clinic"), ("contact", "Ms. Ruiz, Fresno")]).status == .seeOther)
            // A nomination needs a cohort that takes applications.
            #expect(try await rep.post(SiteURL.coalitionProposals.path, [("organization", fixture.member.id!.uuidString), ("kind", "nomination"),
                                                                         ("name", "Ana Shares"), ("contact", "ana@example.org")]).status
                    == .unprocessableEntity)
            #expect(try await OrganizationProposal.query(on: app.db).count() == 1)

            // Someone with no organization to act for: no such page.
            let member = try await CoalitionFixture.browser(app, "member@example.org")
            #expect(try await member.get(SiteURL.coalitionMyOrganization.path).status == .notFound)
        }
    }
}
