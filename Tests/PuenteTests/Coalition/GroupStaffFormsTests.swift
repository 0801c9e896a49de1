// Staff make a coalition group on /staff/coalition and change its name and purpose in both
// languages on its staff page; bad input is shown again with its errors and changes nothing.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct GroupStaffFormsTests {
    @Test func staffMakeAGroupAndChangeItsNameAndPurpose() async throws {
        try await withPuente { app in
            _ = try await CoalitionFixture.make(app)
            let staff = try await CoalitionFixture.browser(app, "staff@example.org")
            let member = try await CoalitionFixture.browser(app, "member@example.org")
            let make = SiteURL.staffCoalitionGroups.path
            let fields = [("slug", "finance"), ("kind", "workgroup"), ("name", "Finance work group"),
                          ("nameEs", "Grupo de trabajo de finanzas"), ("purpose", "Follows the money."), ("purposeEs", "")]

            #expect(try await member.post(make, fields).status == .forbidden)
            #expect(try await staff.get(SiteURL.staffCoalition.path).body.string.contains(L10n.coalitionGroupNew.text(.en)))
            let bad = try await staff.post(make, [("slug", "Finance!"), ("kind", "workgroup"), ("name", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains(Escape.text(L10n.coalitionGroupSlugInvalid.text(.en))))
            #expect(bad.body.string.contains("value=\"Finance!\""), "what was typed is shown again")
            let taken = try await staff.post(make, fields.map { $0.0 == "slug" ? ("slug", "policy-committee") : $0 })
            #expect(taken.status == .unprocessableEntity && taken.body.string.contains(Escape.text(L10n.coalitionGroupSlugTaken.text(.en))))
            #expect(try await CoalitionGroup.query(on: app.db).count() == 1)

            let made = try await staff.post(make, fields)
            #expect(made.status == .seeOther && made.headers.first(name: .location) == SiteURL.staffCoalitionGroup(.value("finance")).path)
            let group = try #require(try await CoalitionGroup.query(on: app.db).filter(\.$slug == "finance").first())
            #expect(group.nameEs == "Grupo de trabajo de finanzas" && group.kind == .workgroup)

            // Its page: the name and purpose, changed; an empty name changes nothing.
            let page = SiteURL.staffCoalitionGroup(.value("finance")).path
            #expect(try await staff.get(page).body.string.contains("value=\"Grupo de trabajo de finanzas\""))
            let empty = try await staff.post(page, [("action", "saveGroup"), ("kind", "committee"), ("name", " ")])
            #expect(empty.status == .unprocessableEntity)
            #expect(try await CoalitionGroup.find(group.id, on: app.db)?.kind == .workgroup)
            #expect(try await staff.post(page, [("action", "saveGroup"), ("kind", "committee"), ("name", "Finance committee"),
                                               ("nameEs", "Comité de finanzas"), ("purpose", "Watches the budget."),
                                               ("purposeEs", "Vigila el presupuesto.")]).status == .seeOther)
            let changed = try #require(try await CoalitionGroup.find(group.id, on: app.db))
            #expect(changed.slug == "finance" && changed.kind == .committee && changed.purposeEs == "Vigila el presupuesto.")
            let spanish = try await Browser(app).get(SiteURL.coalitionGroup(.value("finance")).path, headers: ["Accept-Language": "es"])
            #expect(spanish.body.string.contains("Comité de finanzas") && spanish.body.string.contains("Vigila el presupuesto."))
            #expect(try await app.auditEvents(.coalitionGroupSave).count == 2)
        }
    }
}
