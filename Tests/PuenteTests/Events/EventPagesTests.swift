// A visitor registers on the event page, the invite lands at 2:30 pm Pacific, the meeting is
// moved and the calendar updates, the person cancels and the first waitlisted is promoted.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct EventPagesTests {
    /// The open policy-committee meeting on the next 2nd Thursday more than a week away, 2:30–4:00 pm Pacific.
    func makeMeeting(_ app: Application, capacity: Int) async throws -> Event {
        let zone = TimeZone(identifier: "America/Los_Angeles")!
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2")
        let start = try #require(rule.occurrences(startDay: Day(Date(), in: zone), hour: 14, minute: 30, timeZone: zone,
                                                  limit: 3).first { $0 > Date().addingTimeInterval(7 * 86400) })
        let staff = try await app.makeUser("staff-\(UUID().uuidString.prefix(4))@example.org", roles: [.staff])
        var input = EventInput(title: "Policy Committee — open meeting", start: start, end: start.addingTimeInterval(5400), timeZone: zone.identifier)
        input.description = "Bills and regulations that affect CHWs; everyone is welcome."
        input.onlineLink = "https://meet.example.org/policy-open"
        input.capacity = capacity
        return try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: staff)
    }

    @Test(.enabled(if: ICalendarReader.isAvailable, "needs the icalendar package"))
    func aVisitorRegistersOnAPhoneAndTheCalendarFollowsEveryChange() async throws {
        try await withPuente { app in
            let event = try await makeMeeting(app, capacity: 1)
            let visitor = Browser(app)
            let page = try await visitor.get(SiteURL.event(.value(event.id!)).path).body.string
            #expect(page.contains("Policy Committee — open meeting"))
            #expect(page.contains("Pacific Time") || page.contains("hora del Pacífico"))
            #expect(!page.contains("meet.example.org")) // the link is for registrants
            let bad = try await visitor.post(SiteURL.eventRegister(.value(event.id!)).path, [("name", "Lupe Flores"), ("email", "lupe@")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Enter an email address like"))
            let done = try await visitor.post(SiteURL.eventRegister(.value(event.id!)).path, [("name", "Lupe Flores"), ("email", "lupe@example.org")])
            #expect(done.status == .seeOther)
            // Someone else registers: the meeting is full, so they wait.
            _ = try await Browser(app).post(SiteURL.eventRegister(.value(event.id!)).path, [("name", "Tomás Vega"), ("email", "tomas@example.org")])

            let confirmation = ReceivedMail(try #require(try await app.outbox().first { $0.recipient == "lupe@example.org" }).raw)
            #expect(confirmation.calendar.contains("DTSTART;TZID=America/Los_Angeles:"))
            #expect(confirmation.calendar.contains("T143000\r\n"))
            let invite = try ICalendarReader.read(confirmation.calendar)
            #expect(ISO8601DateFormatter().date(from: try #require(invite.events.first?.start)) == event.startsAt)

            // The meeting moves a week later: SEQUENCE 1, same UID, the new time, to the confirmed person only.
            let staffToken = try await app.bearerToken(roles: [.staff])
            let moved = event.startsAt.addingTimeInterval(7 * 86400)
            let formatter = ISO8601DateFormatter()
            let update = try await app.testing().sendRequest(.PUT, "/api/v1/events/\(event.id!)",
                headers: ["Authorization": "Bearer \(staffToken)", "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"title":"Policy Committee — open meeting","start":"\#(formatter.string(from: moved))","end":"\#(formatter.string(from: moved.addingTimeInterval(5400)))","timeZone":"America/Los_Angeles","onlineLink":"https://meet.example.org/policy-open","capacity":1}"#))
            #expect(update.status == .ok)
            let updates = try await app.outbox().filter { $0.subject.hasPrefix("Changed:") }
            #expect(updates.map(\.recipient) == ["lupe@example.org"])
            let updated = ReceivedMail(updates[0].raw).calendar
            #expect(updated.contains("SEQUENCE:1\r\n"))
            let parsed = try ICalendarReader.read(updated)
            #expect(parsed.method == "REQUEST")
            #expect(parsed.events.first?.uid == invite.events.first?.uid)
            #expect(parsed.events.first.flatMap { formatter.date(from: $0.start) } == moved)

            // Lupe cancels from her link; Tomás is promoted and gets the invite with the join link.
            let link = try #require(confirmation.link(startingWith: "http://127.0.0.1:8080/events/registrations/"))
            let asked = try await visitor.post(try #require(URL(string: link)?.path), []) // the page asks first
            #expect(try await visitor.confirm(asked).status == .seeOther)
            let promoted = try #require(try await app.outbox().last { $0.recipient == "tomas@example.org" })
            #expect(promoted.subject.hasPrefix("A seat opened for you"))
            #expect(ReceivedMail(promoted.raw).text.contains("https://meet.example.org/policy-open"))
            #expect(try ICalendarReader.read(ReceivedMail(promoted.raw).calendar).method == "REQUEST")
        }
    }

    @Test(.enabled(if: ICalendarReader.isAvailable, "needs the icalendar package"))
    func calendarFilesArePublicOnlyAndCarryNoJoinLinks() async throws {
        try await withPuente { app in
            let open = try await makeMeeting(app, capacity: 50)
            let staff = try await app.makeUser("staff2@example.org", roles: [.staff])
            var members = EventInput(title: "Members-only circle", start: Date().addingTimeInterval(86400 * 3), end: Date().addingTimeInterval(86400 * 3 + 3600),
                                     timeZone: "America/Chicago")
            members.audience = "members"
            _ = try await EventService(db: app.db, config: app.config, actor: .system).create(members, organizer: staff)

            let feed = try await Browser(app).get(SiteURL.publicCalendar.path)
            #expect(feed.headers.first(name: .contentType)?.hasPrefix("text/calendar") == true)
            let parsed = try ICalendarReader.read(feed.body.string)
            #expect(parsed.method == "PUBLISH")
            #expect(parsed.events.map(\.summary) == ["Policy Committee — open meeting"])
            #expect(!feed.body.string.contains("meet.example.org"))
            #expect(!feed.body.string.contains("ATTENDEE"))
            let invite = try await Browser(app).get(SiteURL.eventInvite(.value(open.id!)).path)
            #expect(try ICalendarReader.read(invite.body.string).events.count == 1)
            // Members-only events are not found for visitors, and not listed.
            let hidden = try #require(try await Event.query(on: app.db).filter(\.$title == "Members-only circle").first())
            #expect(try await Browser(app).get(SiteURL.event(.value(hidden.id!)).path).status == .notFound)
            #expect(!(try await Browser(app).get(SiteURL.events.path).body.string.contains("Members-only circle")))
            #expect(try await Browser(app).get(SiteURL.events.path + "?lang=es").body.string.contains("Eventos y reuniones"))
        }
    }
}
