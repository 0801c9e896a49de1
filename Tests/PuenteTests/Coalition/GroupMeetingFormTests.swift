// Staff make a group's meeting from the event form by picking the group from a list of the
// coalition's groups by name; a group audience without a group, or a group that
// does not exist, saves nothing and says why.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct GroupMeetingFormTests {
    private func fields(audience: String, group: String) -> [(String, String)] {
        let day = Day(Date().addingTimeInterval(20 * 86400), in: TimeZone(identifier: "America/Los_Angeles")!).description
        return [("kind", "meeting"), ("title", "Policy committee — organizations"), ("day", day), ("startTime", "14:30"),
                ("endTime", "16:00"), ("timeZone", "America/Los_Angeles"), ("audience", audience), ("group", group),
                ("reminderMinutes", "1440"), ("repeat", "none")]
    }

    @Test func staffPickTheGroupFromTheCoalitionsGroups() async throws {
        try await withPuente { app in
            let fixture = try await CoalitionFixture.make(app)
            let before = try await Event.query(on: app.db).count()
            let staff = try await CoalitionFixture.browser(app, "staff@example.org")

            // The form lists the groups by name, with "none" first.
            let form = try await staff.get(SiteURL.staffEventNew.path).body.string
            #expect(form.contains("<select id=\"field-group\" name=\"group\"><option value=\"\">\(L10n.eventGroupNone.text(.en))</option>"))
            #expect(form.contains("<option value=\"policy-committee\">Policy committee</option>"))
            #expect(!form.contains("id=\"field-group\" name=\"group\" value="), "no longer a text box to type a slug into")

            // A group audience needs a group, and the group must exist: nothing is saved.
            let none = try await staff.post(SiteURL.staffEventNew.path, fields(audience: "representatives", group: ""))
            #expect(none.status == .unprocessableEntity)
            #expect(none.body.string.contains(Escape.text(L10n.eventGroupRequired.text(.en))))
            let unknown = try await staff.post(SiteURL.staffEventNew.path, fields(audience: "group", group: "finance-committee"))
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains(Escape.text(L10n.eventGroupUnknown.text(.en))))
            #expect(unknown.body.string.contains("<option value=\"finance-committee\" selected>"), "what was sent stays shown")
            #expect(try await Event.query(on: app.db).count() == before)

            // Picked from the list: the meeting belongs to the group, and its manage page shows it picked.
            #expect(try await staff.post(SiteURL.staffEventNew.path, fields(audience: "representatives", group: "policy-committee")).status
                    == .seeOther)
            let made = try #require(try await Event.query(on: app.db).filter(\.$title == "Policy committee — organizations").first())
            #expect(made.groupID == fixture.group.id && made.audience == .representatives)
            let manage = try await staff.get(SiteURL.staffEvent(.value(made.id!)).path).body.string
            #expect(manage.contains("<option value=\"policy-committee\" selected>Policy committee</option>"))
        }
    }
}
