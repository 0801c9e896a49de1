// A list's owners: staff name a person or an organization; an organization's linked
// representatives then manage the list, and lose it when unlinked or when the role is gone.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct ListOwnersTests {
    @Test func anOwningOrganizationsLinkedRepresentativesManageTheListAndNobodyElse() async throws {
        try await withPuente { app in
            _ = try await app.makeList("policy")
            let organization = Organization(name: "Valley Promotoras Network", kind: .communityBased)
            try await organization.create(on: app.db)
            try await app.makeUser("staff@example.org", roles: [.staff])
            try await app.makeUser("rep@example.org", name: "Rita Rep", roles: [.organizationRepresentative])
            try await app.makeUser("other-rep@example.org", name: "Omar Rep", roles: [.organizationRepresentative])
            try await app.makeUser("member@example.org", name: "Mona Member")
            let staff = Browser(app), rep = Browser(app), otherRep = Browser(app), member = Browser(app)
            try await staff.signIn("staff@example.org")
            try await rep.signIn("rep@example.org")
            try await otherRep.signIn("other-rep@example.org")
            try await member.signIn("member@example.org")
            let listPage = SiteURL.staffList(.value("policy")).path
            #expect(try await rep.get(listPage).status == .forbidden)

            // Staff link the representative; an account without the role, or no account, is refused.
            let links = SiteURL.staffOrganizationRepresentatives(.value(organization.id!)).path
            #expect(try await staff.post(links, [("action", "add"), ("email", "member@example.org")]).status == .seeOther)
            #expect(try await staff.post(links, [("action", "add"), ("email", "nobody@example.org")]).status == .seeOther)
            #expect(try await OrganizationRepresentative.query(on: app.db).count() == 0)
            #expect(try await staff.post(links, [("action", "add"), ("email", "REP@example.org")]).status == .seeOther)
            #expect(try await OrganizationRepresentative.query(on: app.db).count() == 1)
            #expect(try await staff.get(SiteURL.staffOrganization(.value(organization.id!)).path).body.string.contains("Rita Rep"))

            // Staff make the organization an owner; its representative now manages the list.
            let owners = SiteURL.staffListOwners(.value("policy")).path
            #expect(try await staff.post(owners, [("action", "add"), ("email", ""), ("organization", organization.id!.uuidString)]).status == .seeOther)
            #expect(try await staff.post(owners, [("action", "add"), ("email", ""), ("organization", organization.id!.uuidString)]).status == .seeOther)
            #expect(try await MailingListOwner.query(on: app.db).count() == 1, "naming it twice changes nothing")
            #expect(try await rep.get(listPage).status == .ok)
            #expect(try await otherRep.get(listPage).status == .forbidden, "a representative of no owning organization")
            // Owners do not name owners.
            #expect(try await rep.post(owners, [("action", "add"), ("email", "other-rep@example.org")]).status == .forbidden)

            // A person named by their account's address.
            #expect(try await member.get(listPage).status == .forbidden)
            #expect(try await staff.post(owners, [("action", "add"), ("email", "member@example.org")]).status == .seeOther)
            #expect(try await member.get(listPage).status == .ok)
            #expect(try await staff.get(listPage).body.string.contains("Valley Promotoras Network"))

            // Without the role the link gives nothing; unlinked, nothing either.
            let repUser = try #require(try await User.query(on: app.db).filter(\.$email == "rep@example.org").first())
            try await UserRole.query(on: app.db).filter(\.$role == Role.organizationRepresentative.rawValue)
                .filter(\.$user.$id == repUser.id!).delete()
            #expect(try await rep.get(listPage).status == .forbidden)
            try await UserRole(userID: repUser.id!, role: .organizationRepresentative).create(on: app.db)
            #expect(try await rep.get(listPage).status == .ok)
            #expect(try await staff.post(links, [("action", "remove"), ("user", repUser.id!.uuidString)]).status == .seeOther)
            #expect(try await rep.get(listPage).status == .forbidden)

            #expect(try await app.auditEvents(.listOwnerAdd).count == 2)
            #expect(try await app.auditEvents(.organizationRepresentativeAdd).count == 1)
            #expect(try await app.auditEvents(.organizationRepresentativeRemove).count == 1)
        }
    }
}
