// A member's own events and private calendar feed; reminders before an event, once each,
// only to those who kept them on; staff edit and cancel from the event's page.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct MyEventsAndRemindersTests {
    func makeEvent(_ app: Application, title: String = "Open policy meeting", inDays days: Double = 5, capacity: Int? = nil,
                   reminderMinutes: Int? = 1440) async throws -> Event {
        let staff = try await app.makeUser("organizer-\(UUID().uuidString.prefix(5))@example.org", roles: [.staff])
        var input = EventInput(title: title, start: Date().addingTimeInterval(days * 86400), end: Date().addingTimeInterval(days * 86400 + 5400),
                               timeZone: "America/Los_Angeles")
        input.onlineLink = "https://meet.example.org/\(UUID().uuidString.prefix(6))"
        input.capacity = capacity
        input.reminderMinutes = reminderMinutes
        return try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: staff)
    }

    @Test func remindersGoOnceOnlyToConfirmedPeopleWhoKeptThemOn() async throws {
        try await withPuente { app in
            let event = try await makeEvent(app, capacity: 2)
            let registrations = app.eventRegistrations
            let keeps = try await registrations.register(event, name: "Ana Ruiz", email: "ana@example.org", user: nil, roles: [])
            let optsOut = try await registrations.register(event, name: "Bao Tran", email: "bao@example.org", user: nil, roles: [])
            _ = try await registrations.register(event, name: "Carmen Díaz", email: "carmen@example.org", user: nil, roles: []) // waitlisted
            // Bao turns reminders off from the personal page.
            let bao = Browser(app)
            _ = try await bao.get(SiteURL.eventRegistration(.value(optsOut.token)).path)
            #expect(try await bao.post(SiteURL.eventRegistrationReminders(.value(optsOut.token)).path, [("reminders", "off")]).status == .seeOther)
            #expect(try await EventRegistration.find(optsOut.id, on: app.db)?.wantsReminders == false)

            // Not due yet two days before; due a day before; a second run (or a second worker) sends nothing more.
            #expect(try await EventReminders.queueDue(on: app.db, config: app.config, now: event.startsAt.addingTimeInterval(-2 * 86400)) == 0)
            let dayBefore = event.startsAt.addingTimeInterval(-86400 + 60)
            #expect(try await EventReminders.queueDue(on: app.db, config: app.config, now: dayBefore) == 1)
            #expect(try await EventReminders.queueDue(on: app.db, config: app.config, now: dayBefore.addingTimeInterval(60)) == 0)
            let reminders = try await app.outbox().filter { $0.subject.hasPrefix("Reminder:") }
            #expect(reminders.map(\.recipient) == ["ana@example.org"])
            let text = ReceivedMail(reminders[0].raw).text
            #expect(text.contains(event.onlineLink!))
            #expect(text.contains(SiteURL.eventRegistration(.value(keeps.token)).absolute(app.config)))

            // The event moves a week later: Ana will be reminded again before the new time.
            var input = EventInput(title: event.title, start: event.startsAt.addingTimeInterval(7 * 86400), end: event.endsAt.addingTimeInterval(7 * 86400),
                                   timeZone: event.timeZone)
            input.onlineLink = event.onlineLink
            input.capacity = 2
            input.reminderMinutes = 1440
            let moved = try await EventService(db: app.db, config: app.config, actor: .system).update(event.id!, input)
            #expect(try await EventReminders.queueDue(on: app.db, config: app.config, now: moved.startsAt.addingTimeInterval(-3600)) == 1)
        }
    }

    @Test func membersSeeTheirEventsIncludingOnesMadeBeforeSigningInAndSubscribePrivately() async throws {
        try await withPuente { app in
            let open = try await makeEvent(app, title: "Open policy meeting")
            let other = try await makeEvent(app, title: "Peer circle", inDays: 8)
            try await app.makeUser("lupe@example.org", name: "Lupe Flores")
            try await app.makeUser("unverified@example.org", name: "Sin Verificar", verified: false)
            // Registered while signed out with the same address: matched once the address is verified.
            _ = try await app.eventRegistrations.register(open, name: "Lupe Flores", email: "LUPE@example.org", user: nil, roles: [])
            _ = try await app.eventRegistrations.register(other, name: "Sin Verificar", email: "unverified@example.org", user: nil, roles: [])

            let lupe = Browser(app)
            try await lupe.signIn("lupe@example.org")
            // One click while signed in.
            _ = try await lupe.get(SiteURL.event(.value(other.id!)).path)
            #expect(try await lupe.post(SiteURL.eventRegister(.value(other.id!)).path, [("reminders", "on")]).status == .seeOther)
            let mine = try await lupe.get(SiteURL.myEvents.path).body.string
            #expect(mine.contains("Open policy meeting"))
            #expect(mine.contains("Peer circle"))

            let stranger = Browser(app)
            try await stranger.signIn("unverified@example.org")
            let theirs = try await stranger.get(SiteURL.myEvents.path).body.string
            #expect(!theirs.contains("Peer circle"))
            #expect(theirs.contains("Verify your email address"))
            #expect(try await Browser(app).get(SiteURL.myEvents.path).status == .seeOther) // signed out: to sign in

            // The private feed: made on request, holds both events with their join links, replaced on request.
            #expect(try await lupe.post(SiteURL.myEventsFeed.path, []).status == .seeOther)
            let feed = try #require(try await EventFeed.query(on: app.db).first())
            let calendar = try await Browser(app).get(SiteURL.eventFeed(.value(feed.token)).path)
            #expect(calendar.headers.first(name: .contentType)?.hasPrefix("text/calendar") == true)
            let body = calendar.body.string
            #expect(body.contains("SUMMARY:Open policy meeting"))
            #expect(body.contains("SUMMARY:Peer circle"))
            #expect(body.replacingOccurrences(of: "\r\n ", with: "").contains(open.onlineLink!))
            if ICalendarReader.isAvailable {
                #expect(try ICalendarReader.read(body).events.count == 2)
            }
            _ = try await lupe.get(SiteURL.myEvents.path)
            _ = try await lupe.post(SiteURL.myEventsFeed.path, [])
            #expect(try await Browser(app).get(SiteURL.eventFeed(.value(feed.token)).path).status == .notFound)
            #expect(try await app.auditEvents(.eventFeedReplace).count == 1)
        }
    }

    @Test func staffMoveAndCancelFromTheEventPage() async throws {
        try await withPuente { app in
            let event = try await makeEvent(app, title: "Open policy meeting", capacity: 10)
            _ = try await app.eventRegistrations.register(event, name: "Ana Ruiz", email: "ana@example.org", user: nil, roles: [])
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let page = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path).body.string
            let zone = TimeZone(identifier: "America/Los_Angeles")!
            let day = Day(event.startsAt, in: zone).adding(days: 7).description
            var fields = [("kind", "meeting"), ("title", "Open policy meeting"), ("description", ""), ("day", day),
                          ("startTime", "14:30"), ("endTime", "16:00"), ("timeZone", "America/Los_Angeles"), ("place", ""),
                          ("onlineLink", event.onlineLink!), ("audience", "public"), ("capacity", "10"), ("reminderMinutes", "60"),
                          ("seriesTitle", "")]
            #expect(page.contains("value=\"\(Day(event.startsAt, in: zone).description)\""))
            // A bad edit is refused and changes nothing.
            fields[6] = ("timeZone", "Nowhere/Town")
            let bad = try await staff.post(SiteURL.staffEvent(.value(event.id!)).path, fields)
            #expect(bad.status == .unprocessableEntity)
            #expect(try await Event.find(event.id, on: app.db)?.sequence == 0)
            fields[6] = ("timeZone", "America/Los_Angeles")
            _ = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path)
            #expect(try await staff.post(SiteURL.staffEvent(.value(event.id!)).path, fields).status == .seeOther)
            let moved = try #require(try await Event.find(event.id, on: app.db))
            #expect(moved.sequence == 1)
            #expect(EventForm.clock(moved.startsAt, zone) == "14:30")
            #expect(Day(moved.startsAt, in: zone).description == day)
            #expect(try await app.outbox().contains { $0.recipient == "ana@example.org" && $0.subject.hasPrefix("Changed:") })

            _ = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path)
            let asked = try await staff.post(SiteURL.staffEventCancel(.value(event.id!)).path, [])
            #expect(try await staff.confirm(asked).status == .seeOther)
            #expect(try await Event.find(event.id, on: app.db)?.status == .cancelled)
            let cancel = try #require(try await app.outbox().last { $0.recipient == "ana@example.org" })
            #expect(cancel.subject.hasPrefix("Cancelled:"))
            #expect(ReceivedMail(cancel.raw).calendar.contains("METHOD:CANCEL"))
        }
    }
}
