// Joining the coalition: a person at once, with the listserv on the consent they gave; an
// organization after staff approve it, which makes the applicant its representative. Joining
// twice is a clear error that saves nothing.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct MembershipTests {
    @Test func aPersonJoinsOnceAndTheListserveRecordsTheConsentBasis() async throws {
        try await withPuente { app in
            _ = try await app.makeList("coalition", kind: "discussion", visibility: "members")
            try await app.makeUser("maria@example.org", name: "María Cruz", language: .es)
            let maria = try await CoalitionFixture.browser(app, "maria@example.org")
            let form = try await maria.get(SiteURL.coalitionJoin.path).body.string
            #expect(form.contains("name=\"subscribe\""))
            #expect(try await maria.post(SiteURL.coalitionJoin.path, [("kind", "person"), ("subscribe", "on")]).status == .seeOther)
            let membership = try #require(try await CoalitionMembership.query(on: app.db).first())
            #expect(membership.kind == .person && membership.status == .member)
            #expect(try await MembershipChange.query(on: app.db).count() == 1)
            let subscription = try #require(try await ListSubscription.query(on: app.db).filter(\.$email == "maria@example.org").first())
            #expect(subscription.status == .confirmed && subscription.consentBasis == "coalition membership")
            #expect(try await app.auditEvents(.coalitionJoin).count == 1)

            // Again, with the same address: a clear error, and nothing new.
            let again = try await maria.post(SiteURL.coalitionJoin.path, [("kind", "person"), ("subscribe", "on")])
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains(L10n.coalitionAlreadyMember.text(.es)))
            #expect(try await CoalitionMembership.query(on: app.db).count() == 1)
            #expect(try await ConsentRecord.query(on: app.db).filter(\.$email == "maria@example.org").count() == 1)
        }
    }

    @Test func anOrganizationWaitsForStaffAndItsApplicantBecomesItsRepresentative() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let applicant = try await app.makeUser("lena@example.org", name: "Lena Ortiz")
            let lena = try await CoalitionFixture.browser(app, "lena@example.org")
            #expect(try await lena.post(SiteURL.coalitionJoin.path, [("kind", "organization"), ("organizationName", "Sierra Promotores"),
                                                                     ("organizationKind", "cbo")]).status == .seeOther)
            let membership = try #require(try await CoalitionMembership.query(on: app.db).first())
            #expect(membership.status == .applied && membership.kind == .organization)
            #expect(try await lena.get(SiteURL.coalitionMyOrganization.path).status == .notFound, "not a representative yet")

            // The same organization again, in other letters: refused, nothing saved.
            let twice = try await lena.post(SiteURL.coalitionJoin.path, [("kind", "organization"), ("organizationName", "SIERRA promotores"),
                                                                         ("organizationKind", "cbo")])
            #expect(twice.status == .unprocessableEntity)
            #expect(try await CoalitionMembership.query(on: app.db).count() == 1)
            #expect(try await Organization.query(on: app.db).count() == 1)
            // No name for an organization: refused.
            #expect(try await lena.post(SiteURL.coalitionJoin.path, [("kind", "organization"), ("organizationName", ""),
                                                                     ("organizationKind", "cbo")]).status == .unprocessableEntity)

            let staff = try await CoalitionFixture.browser(app, "staff@example.org")
            #expect(try await staff.get(SiteURL.staffCoalition.path).body.string.contains("Sierra Promotores"))
            let decide = SiteURL.staffCoalitionMembership(.value(membership.id!)).path
            #expect(try await staff.post(decide, [("status", "member")]).status == .seeOther)
            #expect(try await CoalitionMembership.find(membership.id, on: app.db)?.status == .member)
            #expect(try await OrganizationRepresentative.query(on: app.db).filter(\.$user.$id == applicant.id!).count() == 1)
            #expect(try await UserRole.query(on: app.db).filter(\.$user.$id == applicant.id!)
                .filter(\.$role == Role.organizationRepresentative.rawValue).count() == 1)
            // Approving twice changes nothing.
            try await staff.post(decide, [("status", "member")])
            #expect(try await MembershipChange.query(on: app.db).count() == 2)
            #expect(try await staff.get(SiteURL.staffCoalition.path).body.string.contains(L10n.coalitionDecisionUnchanged.text(.en)))
            #expect(try await lena.get(SiteURL.coalitionMyOrganization.path).status == .ok)
            // A member cannot decide.
            #expect(try await lena.post(decide, [("status", "inactive")]).status == .forbidden)
        }
    }

    @Test func anUnverifiedAddressIsAskedToConfirmFirst() async throws {
        try await withPuente { app in
            try await app.makeUser("new@example.org", verified: false)
            let browser = try await CoalitionFixture.browser(app, "new@example.org")
            #expect(try await browser.get(SiteURL.coalitionJoin.path).body.string.contains(L10n.coalitionVerifyFirst.text(.en)))
            #expect(try await browser.post(SiteURL.coalitionJoin.path, [("kind", "person")]).status == .forbidden)
            #expect(try await CoalitionMembership.query(on: app.db).count() == 0)
            #expect(try await Browser(app).get(SiteURL.coalitionJoin.path).status == .seeOther, "signed out: sent to sign in")
        }
    }
}
