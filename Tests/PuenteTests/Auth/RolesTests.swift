// Admins assign roles; the permission gate decides who sees what.

import Fluent
import Testing
import VaporTesting
@testable import Puente

@Suite struct RolesTests {
    @Test func adminAssignsSeveralRolesAndTheChangeIsAudited() async throws {
        try await withPuente { app in
            try await app.makeUser("admin@example.org", roles: [.admin])
            let person = try await app.makeUser("lupe@example.org", name: "Lupe")
            let browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let list = try await browser.get(SiteURL.adminPeople.path + "?q=LUPE")
            #expect(list.status == .ok)
            #expect(list.body.string.contains("lupe@example.org"))
            #expect(!list.body.string.contains("admin@example.org"))

            let response = try await browser.post(SiteURL.adminPersonRoles(.value(person.id!)).path,
                                                   [("roles[]", "supervisor"), ("roles[]", "trainer"), ("roles[]", "member")])
            #expect(response.status == .seeOther)
            let roles = Set(try await UserRole.query(on: app.db).filter(\.$user.$id == person.id!).all().map(\.role))
            #expect(roles == ["supervisor", "trainer", "member"])
            let events = try await app.auditEvents(.userRolesUpdate)
            #expect(events.count == 1)
            #expect(events[0].summary.contains("[member] → [member,supervisor,trainer]"))
            #expect(events[0].actorEmail == "admin@example.org")
        }
    }

    @Test func peopleAreFoundAndListedWithoutMindingAccents() async throws {
        try await withPuente { app in
            // setup
            for (email, name) in [("z@example.org", "Zoila Zamora"), ("a@example.org", "Álvaro Ruiz"), ("j@example.org", "José Beltrán")] {
                try await app.makeUser(email, name: name)
            }

            // act
            let everyone = try await AdminPeopleController.people(matching: "", page: 1, on: app.db).items.map(\.name)
            let typed = try await AdminPeopleController.people(matching: "jose beltran", page: 1, on: app.db).items.map(\.name)

            // check
            #expect(everyone == ["Álvaro Ruiz", "José Beltrán", "Zoila Zamora"])
            #expect(typed == ["José Beltrán"], "typed without accents, as on a phone")
        }
    }

    @Test func theUpgradeFoldsTheNamesOfExistingAccounts() async throws {
        try await withPuente { app in
            // setup: accounts as an earlier build left them, before the column was filled
            let person = try await app.makeUser("lupe@example.org", name: "María Lupe Núñez")
            try await app.db.sql.raw("UPDATE users SET name_folded = ''").run()

            // act
            try await UpdateUsersAddNameFolded.fill(on: app.db)

            // check
            #expect(try await User.find(person.id, on: app.db)?.nameFolded == "maria lupe nunez")
        }
    }

    @Test func adminCannotRemoveTheirOwnAdminRole() async throws {
        try await withPuente { app in
            let admin = try await app.makeUser("admin@example.org", roles: [.admin])
            let browser = Browser(app)
            try await browser.signIn("admin@example.org")
            try await browser.post(SiteURL.adminPersonRoles(.value(admin.id!)).path, [("roles[]", "member")])
            let roles = try await UserRole.query(on: app.db).filter(\.$user.$id == admin.id!).all().map(\.role)
            #expect(roles == ["admin"])
        }
    }

    @Test func nonAdminsAreForbiddenAndVisitorsAreSentToSignIn() async throws {
        try await withPuente { app in
            let person = try await app.makeUser("staff@example.org", roles: [.staff])
            let visitor = Browser(app)
            let redirect = try await visitor.get(SiteURL.adminPeople.path)
            #expect(redirect.status == .seeOther)
            #expect(redirect.location?.hasPrefix("/login") == true)

            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.get(SiteURL.adminPeople.path).status == .forbidden)
            let post = try await staff.post(SiteURL.adminPersonRoles(.value(person.id!)).path, [("roles[]", "admin")])
            #expect(post.status == .forbidden)
            let roles = try await UserRole.query(on: app.db).filter(\.$user.$id == person.id!).all().map(\.role)
            #expect(roles == ["staff"])
        }
    }

    @Test func gateTableMatchesTheDesign() {
        #expect(PermissionGate.allows([.admin], .manageRoles))
        #expect(!PermissionGate.allows([.staff], .manageRoles))
        #expect(PermissionGate.allows([.staff], .readAuditLog))
        #expect(!PermissionGate.allows([.member, .trainer, .supervisor, .organizationRepresentative], .readAuditLog))
        #expect(!PermissionGate.allows([], .readAuditLog))
        #expect(PermissionGate.allows([.staff], .manageRegistry))
        #expect(!PermissionGate.allows([.member, .trainer, .supervisor, .organizationRepresentative], .manageRegistry))
    }
}
