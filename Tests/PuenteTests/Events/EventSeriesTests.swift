// A recurring series: one event per occurrence, each registrable, movable and cancellable alone,
// published as one RRULE that calendar apps expand to exactly the occurrences that happen.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct EventSeriesTests {
    func post(_ app: Application, _ path: String, token: String, _ body: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.POST, path, headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                                            body: ByteBuffer(string: body))
    }

    @Test(.enabled(if: ICalendarReader.isAvailable, "needs the icalendar package"))
    func theOpenPolicyMeetingIsASeriesCalendarsExpandCorrectly() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            // The 2nd Thursday, 2:30–4:00 pm Pacific, through next year: across both DST changes.
            let zone = TimeZone(identifier: "America/Los_Angeles")!
            let year = Day(Date(), in: zone).year + 1
            let first = try #require(try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2")
                .occurrences(startDay: Day(year: year, month: 1, day: 1)!, hour: 14, minute: 30, timeZone: zone, limit: 1).first)
            let formatter = ISO8601DateFormatter()
            let created = try await post(app, "/api/v1/event-series", token: staff, #"""
                {"rrule":"FREQ=MONTHLY;BYDAY=2TH;UNTIL=\#(year)1231T235959Z",
                 "event":{"title":"Policy Committee — open meeting","start":"\#(formatter.string(from: first))","end":"\#(formatter.string(from: first.addingTimeInterval(5400)))","timeZone":"America/Los_Angeles","capacity":40,"onlineLink":"https://meet.example.org/policy"}}
                """#)
            #expect(created.status == .created)
            let events = try await Event.query(on: app.db).sort(\.$startsAt).all()
            #expect(events.count == 12)
            #expect(try await EventSeries.query(on: app.db).first()?.rrule == "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;UNTIL=\(year)1231T235959Z")
            // Every one at 2:30 pm in Los Angeles, on a 2nd Thursday.
            for event in events {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                let parts = calendar.dateComponents([.hour, .minute, .weekday, .day], from: event.startsAt)
                #expect(parts.hour == 14 && parts.minute == 30 && parts.weekday == 5 && (8...14).contains(parts.day!))
            }

            // One occurrence is cancelled, one is moved an hour later; registration works per occurrence.
            #expect(try await post(app, "/api/v1/events/\(events[3].id!)/cancel", token: staff, "{}").status == .ok)
            let moved = events[5].startsAt.addingTimeInterval(3600)
            let update = try await app.testing().sendRequest(.PUT, "/api/v1/events/\(events[5].id!)",
                headers: ["Authorization": "Bearer \(staff)", "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"title":"Policy Committee — open meeting","start":"\#(formatter.string(from: moved))","end":"\#(formatter.string(from: moved.addingTimeInterval(5400)))","timeZone":"America/Los_Angeles","capacity":40}"#))
            #expect(update.status == .ok)
            let registered = try await app.testing().sendRequest(.POST, "/api/v1/events/\(events[6].id!)/registrations",
                headers: ["Content-Type": "application/json"], body: ByteBuffer(string: #"{"name":"Lupe Flores","email":"lupe@example.org"}"#))
            #expect(registered.status == .created)

            // The public feed: one RRULE, an EXDATE for the cancelled one, an override for the moved one.
            let feed = try await Browser(app).get(SiteURL.publicCalendar.path).body.string
            #expect(feed.contains("RRULE:FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;UNTIL="))
            #expect(feed.contains("EXDATE;TZID=America/Los_Angeles:"))
            #expect(feed.contains("RECURRENCE-ID;TZID=America/Los_Angeles:"))
            let expanded = try ICalendarReader.expand(feed)
            let master = try #require(expanded.first { $0.value.count > 2 }?.value)
            let current = try await Event.query(on: app.db).filter(\.$status == .scheduled).all()
            #expect(current.count == 11)
            #expect(master == current.map { formatter.string(from: $0.startsAt) }.sorted())
            #expect(master.contains(formatter.string(from: moved)))
            #expect(!master.contains(formatter.string(from: events[3].startsAt)))
            let parsed = try ICalendarReader.read(feed)
            #expect(parsed.events.contains { formatter.date(from: $0.start) == moved })
        }
    }

    @Test func unsupportedRulesAreRefusedWithAReasonAndNothingIsWritten() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let body = { (rule: String) in #"{"rrule":"\#(rule)","event":{"title":"X","start":"2027-01-14T22:30:00Z","end":"2027-01-15T00:00:00Z","timeZone":"America/Los_Angeles"}}"# }
            let two = try await post(app, "/api/v1/event-series", token: staff, body("FREQ=MONTHLY;BYDAY=2TH,4TH"))
            #expect(two.status == .unprocessableEntity)
            #expect(two.body.string.contains("two series"))
            #expect(try await post(app, "/api/v1/event-series", token: staff, body("FREQ=YEARLY")).status == .unprocessableEntity)
            #expect(try await post(app, "/api/v1/event-series", token: staff, body("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1")).body.string.contains("last"))
            let zone = #"{"rrule":"FREQ=WEEKLY","event":{"title":"X","start":"2027-01-14T22:30:00Z","end":"2027-01-15T00:00:00Z","timeZone":"Pacific Time"}}"#
            #expect(try await post(app, "/api/v1/event-series", token: staff, zone).status == .unprocessableEntity)
            #expect(try await Event.query(on: app.db).count() == 0)
            #expect(try await EventSeries.query(on: app.db).count() == 0)
        }
    }
}
