// Staff run an event from their phone: create it with questions and a reminder, see who
// registered and who waits, message them, export the list, check people in at the door,
// attach the recording afterwards. Bad input changes nothing.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct EventStaffPagesTests {
    /// A Day ten days from now in Los Angeles, as the form's date field wants it.
    var futureDay: String { Day(Date().addingTimeInterval(10 * 86400), in: TimeZone(identifier: "America/Los_Angeles")!).description }

    func eventFields(title: String = "Statewide CHW Summit", day: String? = nil, start: String = "09:00", end: String = "16:30",
                     zone: String = "America/Los_Angeles", capacity: String = "2", rrule: String = "") -> [(String, String)] {
        [("kind", "summit"), ("title", title), ("description", "A day together: policy, payment, and peer support."),
         ("day", day ?? futureDay), ("startTime", start), ("endTime", end), ("timeZone", zone), ("place", "Sacramento Convention Center"),
         ("onlineLink", "https://meet.example.org/summit"), ("audience", "public"), ("capacity", capacity), ("reminderMinutes", "1440"),
         ("seriesTitle", ""), ("repeat", rrule.isEmpty ? "none" : "custom"), ("rrule", rrule),
         ("q1_prompt", "Do you need language interpretation?"), ("q1_kind", "yes_no"), ("q1_required", "on"),
         ("q2_prompt", "Which language?"), ("q2_kind", "choice"), ("q2_choices", "Spanish; Vietnamese; Hmong"),
         ("q3_prompt", "Accessibility needs"), ("q3_kind", "text"),
         ("q4_prompt", ""), ("q4_kind", "text")]
    }

    @Test func staffCreateAnEventWithQuestionsAndBadInputWritesNothing() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            try await member.signIn("member@example.org")
            #expect(try await member.get(SiteURL.staffEventNew.path).status == .forbidden)
            #expect(try await member.post(SiteURL.staffEventNew.path, eventFields()).status == .forbidden)

            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.get(SiteURL.staffEventNew.path).body.string.contains("Questions on the registration form"))
            // End before start, an unknown zone, an unsupported rule, a choice question without choices: all refused.
            let backwards = try await staff.post(SiteURL.staffEventNew.path, eventFields(start: "16:00", end: "09:00"))
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.body.string.contains("The end must come after the start."))
            let zone = try await staff.post(SiteURL.staffEventNew.path, eventFields(zone: "Mars/Olympus"))
            #expect(zone.body.string.contains("Use an IANA time zone"))
            let rule = try await staff.post(SiteURL.staffEventNew.path, eventFields(rrule: "FREQ=MONTHLY;BYDAY=2TH,4TH"))
            #expect(rule.status == .unprocessableEntity)
            var noChoices = eventFields()
            noChoices.removeAll { $0.0 == "q2_choices" }
            let choices = try await staff.post(SiteURL.staffEventNew.path, noChoices)
            #expect(choices.body.string.contains("A choice question needs at least two choices"))
            let badDay = try await staff.post(SiteURL.staffEventNew.path, eventFields(day: "2026-02-30"))
            #expect(badDay.status == .unprocessableEntity)
            #expect(try await Event.query(on: app.db).count() == 0)
            #expect(try await EventSeries.query(on: app.db).count() == 0)

            let saved = try await staff.post(SiteURL.staffEventNew.path, eventFields())
            #expect(saved.status == .seeOther)
            let event = try #require(try await Event.query(on: app.db).first())
            // 9:00 wall-clock in Los Angeles on the chosen day, whatever the server's zone.
            let zoneLA = TimeZone(identifier: "America/Los_Angeles")!
            #expect(EventForm.clock(event.startsAt, zoneLA) == "09:00")
            #expect(Day(event.startsAt, in: zoneLA).description == futureDay)
            #expect(event.questions.map(\.kind) == [.yesNo, .choice, .text])
            #expect(event.questions[1].choices == ["Spanish", "Vietnamese", "Hmong"])
            #expect(event.reminderMinutes == 1440)
            #expect(try await app.auditEvents(.eventCreate).count == 1)
        }
    }

    @Test func aRecurringMeetingFromTheFormMakesOneEventPerDate() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let saved = try await staff.post(SiteURL.staffEventNew.path,
                                             eventFields(title: "Policy Committee — open meeting", start: "14:30", end: "16:00", capacity: "",
                                                         rrule: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4;COUNT=6"))
            #expect(saved.status == .seeOther)
            let events = try await Event.query(on: app.db).sort(\.$startsAt).all()
            #expect(events.count == 6)
            #expect(try await EventSeries.query(on: app.db).first()?.rrule == "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4;COUNT=6")
            let zone = TimeZone(identifier: "America/Los_Angeles")!
            #expect(events.allSatisfy { EventForm.clock($0.startsAt, zone) == "14:30" && EventForm.clock($0.endsAt, zone) == "16:00" })
            let list = try await staff.get(SiteURL.staffEvents.path).body.string
            #expect(list.components(separatedBy: "Policy Committee — open meeting").count - 1 == 6)

            // Without typing a rule: "every month on the same weekday" from a day that is a 2nd Thursday.
            var day = Day(Date().addingTimeInterval(10 * 86400), in: zone)
            while !(day.weekday == 4 && (day.day - 1) / 7 == 1) { day = day.adding(days: 1) }
            var fields = eventFields(title: "Policy Committee — organizations meeting", day: day.description, start: "14:30", end: "16:00", capacity: "")
            fields.removeAll { $0.0 == "repeat" }
            let tooMany = try await staff.post(SiteURL.staffEventNew.path, fields + [("repeat", "monthly"), ("repeatCount", "500")])
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.body.string.contains("Choose how many dates: 2 to 52."))
            _ = try await staff.get(SiteURL.staffEventNew.path)
            #expect(try await staff.post(SiteURL.staffEventNew.path, fields + [("repeat", "monthly"), ("repeatCount", "4")]).status == .seeOther)
            let organizations = try await Event.query(on: app.db).filter(\.$title == "Policy Committee — organizations meeting").all()
            #expect(organizations.count == 4)
            #expect(try await EventSeries.query(on: app.db).filter(\.$title == "Policy Committee — organizations meeting").first()?.rrule
                    == "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;COUNT=4")
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            #expect(organizations.allSatisfy { calendar.component(.weekdayOrdinal, from: $0.startsAt) == 2 && calendar.component(.weekday, from: $0.startsAt) == 5 })
        }
    }

    @Test func registrantsAnswerQuestionsAndStaffSeeExportMessageAndCheckIn() async throws {
        try await withPuente { app in
            let staffUser = try await app.makeUser("staff@example.org", roles: [.staff])
            var input = EventInput(title: "Statewide CHW Summit", start: Date().addingTimeInterval(10 * 86400),
                                   end: Date().addingTimeInterval(10 * 86400 + 6 * 3600), timeZone: "America/Los_Angeles")
            input.capacity = 2
            input.questions = [EventQuestion(id: "q1", kind: .yesNo, prompt: "Do you need language interpretation?", required: true),
                               EventQuestion(id: "q2", kind: .choice, prompt: "Which language?", choices: ["Spanish", "Vietnamese"]),
                               EventQuestion(id: "q3", kind: .text, prompt: "Accessibility needs")]
            let event = try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: staffUser)
            let register = SiteURL.eventRegister(.value(event.id!)).path
            let visitor = Browser(app)
            let page = try await visitor.get(SiteURL.event(.value(event.id!)).path).body.string
            #expect(page.contains("Do you need language interpretation?"))
            #expect(page.contains("value=\"Vietnamese\""))

            // A missing required answer, an answer not offered, an SSN in free text: refused, nothing written.
            let missing = try await visitor.post(register, [("name", "Ana Ruiz"), ("email", "ana@example.org")])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("This field is required."))
            let notOffered = try await visitor.post(register, [("name", "Ana Ruiz"), ("email", "ana@example.org"),
                                                               ("answer_q1", "yes"), ("answer_q2", "Klingon")])
            #expect(notOffered.body.string.contains("Choose one of the answers offered."))
            let ssn = try await visitor.post(register, [("name", "Ana Ruiz"), ("email", "ana@example.org"),
                                                        ("answer_q1", "no"), ("answer_q3", "my number is 123-45-6789")])
            #expect(ssn.status == .unprocessableEntity)
            #expect(try await EventRegistration.query(on: app.db).count() == 0)
            #expect(try await app.outbox().isEmpty)

            for (name, email) in [("Ana Ruiz", "ana@example.org"), ("Bao Tran", "bao@example.org"), ("Carmen Díaz", "carmen@example.org")] {
                let done = try await Browser(app).post(register, [("name", name), ("email", email),
                                                                   ("answer_q1", "yes"), ("answer_q2", "Vietnamese"), ("answer_q3", "=HYPERLINK(\"x\")"),
                                                                   ("reminders", "on")])
                #expect(done.status == .seeOther)
            }
            let ana = try #require(try await EventRegistration.query(on: app.db).filter(\.$email == "ana@example.org").first())
            #expect(ana.answers == ["q1": "yes", "q2": "Vietnamese", "q3": "=HYPERLINK(\"x\")"])

            // Members may not see the staff pages.
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            try await member.signIn("member@example.org")
            #expect(try await member.get(SiteURL.staffEventExport(.value(event.id!)).path).status == .forbidden)
            #expect(try await member.get(SiteURL.staffEvent(.value(event.id!)).path).status == .forbidden)

            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let manage = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path).body.string
            #expect(manage.contains("2 registered of 2 seats · 1 waiting"))
            #expect(manage.contains("carmen@example.org"))
            #expect(manage.contains("<strong class=\"tag tag-warning\"><span class=\"icon\" aria-hidden=\"true\">!</span> On the waitlist</strong> #3"))

            let csv = try await staff.get(SiteURL.staffEventExport(.value(event.id!)).path)
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            let rows = try CSVTable.parse(csv.body.string)
            #expect(rows.first?.fields.suffix(3) == ["Do you need language interpretation?", "Which language?", "Accessibility needs"])
            #expect(rows.count == 4)
            #expect(rows[1].fields[1] == "ana@example.org")
            #expect(rows[3].fields[2] == "waitlisted")
            // A formula typed into an answer reaches the spreadsheet as text.
            #expect(rows[1].fields.last == "'=HYPERLINK(\"x\")")
            #expect(try await app.auditEvents(.eventExport).count == 1)

            // A message reaches the confirmed only, unless the waitlist is asked for; an empty one is refused.
            let before = try await app.outbox().count
            let empty = try await staff.post(SiteURL.staffEventMessage(.value(event.id!)).path, [("subject", ""), ("body", "")])
            #expect(empty.status == .unprocessableEntity)
            #expect(try await app.outbox().count == before)
            _ = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path)
            let sent = try await staff.post(SiteURL.staffEventMessage(.value(event.id!)).path, [("subject", "Parking"), ("body", "Use the garage on J Street.\r\n\r\nDoors open at 8.")])
            #expect(sent.status == .seeOther)
            let messages = try await app.outbox().filter { $0.subject == "Statewide CHW Summit: Parking" }
            #expect(Set(messages.map(\.recipient)) == ["ana@example.org", "bao@example.org"])
            // Paragraphs typed in the browser (CRLF) stay paragraphs.
            #expect(ReceivedMail(messages[0].raw).html.contains("<p>Use the garage on J Street.</p><p>Doors open at 8.</p>"))

            // At the door: Ana arrives; the waitlisted Carmen cannot be checked in.
            let door = try await staff.get(SiteURL.staffEventCheckIn(.value(event.id!)).path + "?q=ana").body.string
            #expect(door.contains("Ana Ruiz"))
            #expect(!door.contains("Bao Tran"))
            let arrived = try await staff.post(SiteURL.staffEventCheckIn(.value(event.id!)).path, [("registration", ana.id!.uuidString), ("arrived", "yes")])
            #expect(arrived.status == .seeOther)
            #expect(try await EventRegistration.find(ana.id, on: app.db)?.checkedInAt != nil)
            let carmen = try #require(try await EventRegistration.query(on: app.db).filter(\.$status == .waitlisted).first())
            _ = try await staff.get(SiteURL.staffEventCheckIn(.value(event.id!)).path)
            let refused = try await staff.post(SiteURL.staffEventCheckIn(.value(event.id!)).path, [("registration", carmen.id!.uuidString), ("arrived", "yes")])
            #expect(refused.status == .notFound)
            #expect(try await EventRegistration.find(carmen.id, on: app.db)?.checkedInAt == nil)
            #expect(try await staff.get(SiteURL.staffEventCheckIn(.value(event.id!)).path).body.string.contains("1 of 2 have arrived."))
            #expect(try await app.auditEvents(.eventCheckIn).count == 1)
        }
    }

    @Test func recordingsAppearOnThePastEventAndOnlyHTTPSLinksAreTaken() async throws {
        try await withPuente { app in
            let staffUser = try await app.makeUser("staff@example.org", roles: [.staff])
            var input = EventInput(title: "Webinar 1: Outreach that works", start: Date().addingTimeInterval(-3 * 86400),
                                   end: Date().addingTimeInterval(-3 * 86400 + 3600), timeZone: "America/Chicago")
            input.kind = "webinar"
            input.seriesTitle = "Outreach webinar series"
            let service = EventService(db: app.db, config: app.config, actor: .system)
            let past = try await service.create(input, organizer: staffUser)
            input.title = "Webinar 2: Follow-up visits"
            input.start = Date().addingTimeInterval(4 * 86400)
            input.end = input.start.addingTimeInterval(3600)
            let next = try await service.create(input, organizer: staffUser)
            #expect(past.$series.id != nil && past.$series.id == next.$series.id)

            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            _ = try await staff.get(SiteURL.staffEvent(.value(past.id!)).path)
            let plain = try await staff.post(SiteURL.staffEventMaterials(.value(past.id!)).path,
                                             [("materialKind", "recording"), ("materialTitle", "Recording"), ("materialURL", "http://video.example.org/1")])
            #expect(plain.status == .unprocessableEntity)
            #expect(try await EventMaterial.query(on: app.db).count() == 0)
            _ = try await staff.get(SiteURL.staffEvent(.value(past.id!)).path)
            let added = try await staff.post(SiteURL.staffEventMaterials(.value(past.id!)).path,
                                             [("materialKind", "recording"), ("materialTitle", "Recording (English and Spanish)"),
                                              ("materialURL", "https://video.example.org/outreach-1")])
            #expect(added.status == .seeOther)

            let visitor = Browser(app)
            let page = try await visitor.get(SiteURL.event(.value(past.id!)).path).body.string
            #expect(page.contains("https://video.example.org/outreach-1"))
            #expect(page.contains("Part of: Outreach webinar series"))
            // The series page lists both parts; the kind filter keeps webinars only.
            let seriesList = try await visitor.get(SiteURL.events.path + "?when=past&series=\(past.$series.id!.uuidString)").body.string
            #expect(seriesList.contains("Webinar 1: Outreach that works"))
            #expect(try await visitor.get(SiteURL.events.path + "?series=\(past.$series.id!.uuidString)").body.string.contains("Webinar 2"))
            #expect(!(try await visitor.get(SiteURL.events.path + "?kind=summit").body.string.contains("Webinar 2")))
            // The upcoming list folds the series into one card under its own title.
            let webinars = try await visitor.get(SiteURL.events.path + "?kind=webinar").body.string
            #expect(webinars.contains("Outreach webinar series") && webinars.contains("1 upcoming date:"))
        }
    }

    @Test func theAPIShowsQuestionsTakesAnswersAndRefusesMissingOnes() async throws {
        try await withPuente { app in
            let staffUser = try await app.makeUser("staff@example.org", roles: [.staff])
            var input = EventInput(title: "Webinar: oral health", start: Date().addingTimeInterval(5 * 86400),
                                   end: Date().addingTimeInterval(5 * 86400 + 3600), timeZone: "America/Chicago")
            input.questions = [EventQuestion(id: "q1", kind: .choice, prompt: "Language", choices: ["English", "Spanish"], required: true)]
            input.reminderMinutes = 60
            let event = try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: staffUser)
            let listed = try await app.testing().sendRequest(.GET, "/api/v1/events")
            let events = try JSONSerialization.jsonObject(with: Data(listed.body.readableBytesView)) as? [[String: Any]]
            let questions = events?.first?["questions"] as? [[String: Any]]
            #expect(questions?.first?["kind"] as? String == "choice")
            #expect(events?.first?["reminderMinutes"] as? Int == 60)

            let path = "/api/v1/events/\(event.id!)/registrations"
            let missing = try await app.testing().sendRequest(.POST, path, headers: ["Content-Type": "application/json"],
                                                              body: ByteBuffer(string: #"{"name":"Ana Ruiz","email":"ana@example.org"}"#))
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("answer_q1"))
            #expect(try await EventRegistration.query(on: app.db).count() == 0)
            let done = try await app.testing().sendRequest(.POST, path, headers: ["Content-Type": "application/json"],
                                                           body: ByteBuffer(string: #"{"name":"Ana Ruiz","email":"ana@example.org","answers":{"q1":"Spanish"},"reminders":false}"#))
            #expect(done.status == .created)
            let saved = try #require(try await EventRegistration.query(on: app.db).first())
            #expect(saved.answers == ["q1": "Spanish"])
            #expect(saved.wantsReminders == false)
            // Staff read them back with the answers; others may not.
            let staffToken = try await app.bearerToken(roles: [.staff])
            let memberToken = try await app.bearerToken(roles: [.member])
            #expect(try await app.testing().sendRequest(.GET, path, headers: ["Authorization": "Bearer \(memberToken)"]).status == .forbidden)
            let list = try await app.testing().sendRequest(.GET, path, headers: ["Authorization": "Bearer \(staffToken)"])
            let rows = try JSONSerialization.jsonObject(with: Data(list.body.readableBytesView)) as? [[String: Any]]
            #expect(rows?.first?["email"] as? String == "ana@example.org")
            #expect((rows?.first?["answers"] as? [String: String]) == ["q1": "Spanish"])
            #expect(try await app.auditEvents(.eventRegistrantsRead).count == 1)
        }
    }

    @Test func spanishReadersSeeTheSpanishTitleAndGetSpanishEmailsAndTheWindowIsKept() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let zone = TimeZone(identifier: "America/Los_Angeles")!
            let opensDay = Day(Date().addingTimeInterval(2 * 86400), in: zone).description
            var fields = eventFields(title: "Oral health for families")
            fields += [("titleEs", "Salud bucal para familias"), ("descriptionEs", "Cómo cuidar los dientes de los niños."),
                       ("registrationOpensAt", "\(opensDay)T08:00")]
            // Opening after the event starts is refused.
            let late = try await staff.post(SiteURL.staffEventNew.path, fields.map { $0.0 == "registrationOpensAt" ? ($0.0, "\(futureDay)T10:00") : $0 })
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("Registration must open before it closes"))
            _ = try await staff.get(SiteURL.staffEventNew.path)
            #expect(try await staff.post(SiteURL.staffEventNew.path, fields).status == .seeOther)
            let event = try #require(try await Event.query(on: app.db).first())
            #expect(event.registrationOpensAt.map { EventForm.localDateTime($0, zone) } == "\(opensDay)T08:00")

            let visitor = Browser(app)
            let page = try await visitor.get(SiteURL.event(.value(event.id!)).path + "?lang=es").body.string
            #expect(page.contains("Salud bucal para familias"))
            #expect(page.contains("Cómo cuidar los dientes de los niños."))
            #expect(page.contains("La inscripción abre el"))
            #expect(!page.contains("name=\"email\""))
            #expect(try await Browser(app).get(SiteURL.events.path).body.string.contains("Oral health for families"))

            // Once open, a visitor on the Spanish page gets Spanish emails, now and later.
            event.registrationOpensAt = nil
            try await event.save(on: app.db)
            _ = try await visitor.get(SiteURL.event(.value(event.id!)).path + "?lang=es")
            let done = try await visitor.post(SiteURL.eventRegister(.value(event.id!)).path + "?lang=es",
                                              [("name", "Ana Ruiz"), ("email", "ana@example.org"), ("answer_q1", "no")])
            #expect(done.status == .seeOther)
            let confirmation = try #require(try await app.outbox().first { $0.recipient == "ana@example.org" })
            #expect(confirmation.subject == "Inscripción confirmada: Salud bucal para familias")
            #expect(try await EventRegistration.query(on: app.db).first()?.language == .es)
        }
    }
}
