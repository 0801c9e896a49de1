// Registration: the stable-contract API, capacity and waitlist, promotion in order on cancel,
// one email each with a real invite, and nothing lost or doubled under concurrency.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct EventRegistrationTests {
    /// An event created through the staff API, starting in a week.
    func makeEvent(_ app: Application, capacity: Int?, audience: String = "public", title: String = "Policy Committee (open meeting)",
                   closesAt: String? = nil) async throws -> (id: String, staff: String) {
        let staff = try await app.bearerToken(roles: [.staff])
        let start = ISO8601DateFormatter().string(from: Date().addingTimeInterval(7 * 86400))
        let end = ISO8601DateFormatter().string(from: Date().addingTimeInterval(7 * 86400 + 5400))
        let capacityJSON = capacity.map { ",\"capacity\":\($0)" } ?? ""
        let closes = closesAt.map { ",\"registrationClosesAt\":\"\($0)\"" } ?? ""
        let created = try await app.api(.POST, "/api/v1/events", token: staff, json: #"{"title":"\#(title)","kind":"meeting","start":"\#(start)","end":"\#(end)","timeZone":"America/Los_Angeles","onlineLink":"https://meet.example.org/policy","audience":"\#(audience)"\#(capacityJSON)\#(closes)}"#)
        #expect(created.status == .created)
        return (try #require(try created.object["id"] as? String), staff)
    }

    @Test func theStableContractRegistersConfirmsWaitlistsAndRefusesDuplicates() async throws {
        try await withPuente { app in
            let (id, _) = try await makeEvent(app, capacity: 2)
            let list = try JSONSerialization.jsonObject(with: Data(try await app.testing().sendRequest(.GET, "/api/v1/events").body.readableBytesView)) as? [[String: Any]]
            let listed = try #require(list?.first)
            #expect(listed["id"] as? String == id)
            #expect(listed["kind"] as? String == "meeting")
            #expect(listed["timeZone"] as? String == "America/Los_Angeles")
            #expect(listed["capacity"] as? Int == 2)
            #expect(listed["seatsLeft"] as? Int == 2)
            #expect(listed["start"] is String && listed["end"] is String && listed["title"] is String)

            let path = "/api/v1/events/\(id)/registrations"
            let first = try await app.api(.POST, path, json: #"{"name":"Ana Ruiz","email":"ana@example.org"}"#)
            #expect(first.status == .created)
            #expect(try first.object["status"] as? String == "confirmed")
            #expect(try first.object["id"] is String)
            #expect(try await app.api(.POST, path, json: #"{"name":"Ana Again","email":"ANA@example.org"}"#).status == .conflict)
            #expect(try await app.api(.POST, path, json: #"{"name":"Bad","email":"not-an-email"}"#).status == .unprocessableEntity)
            #expect(try await app.api(.POST, path, json: #"{"name":"","email":"b@example.org"}"#).status == .unprocessableEntity)
            #expect(try (try await app.api(.POST, path, json: #"{"name":"Ben Ortiz","email":"ben@example.org"}"#)).object["status"] as? String == "confirmed")
            #expect(try (try await app.api(.POST, path, json: #"{"name":"Cruz Lee","email":"cruz@example.org"}"#)).object["status"] as? String == "waitlisted")
            #expect(try await EventRegistration.query(on: app.db).count() == 3)
            let after = try JSONSerialization.jsonObject(with: Data(try await app.testing().sendRequest(.GET, "/api/v1/events").body.readableBytesView)) as? [[String: Any]]
            #expect(after?.first?["seatsLeft"] as? Int == 0)
            #expect(try await app.api(.POST, "/api/v1/events/\(UUID())/registrations", json: #"{"name":"X","email":"x@example.org"}"#).status == .notFound)
        }
    }

    @Test func closedCancelledAndMembersOnlyEventsRefuseAndWriteNothing() async throws {
        try await withPuente { app in
            let past = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-60))
            let (closed, _) = try await makeEvent(app, capacity: 10, closesAt: past)
            #expect(try await app.api(.POST, "/api/v1/events/\(closed)/registrations", json: #"{"name":"Ana","email":"ana@example.org"}"#).status == .conflict)
            let (members, _) = try await makeEvent(app, capacity: 10, audience: "members", title: "Members call")
            // A visitor does not see a members-only event, so cannot register for it either (as on the page).
            #expect(try await app.api(.POST, "/api/v1/events/\(members)/registrations", json: #"{"name":"Ana","email":"ana@example.org"}"#).status == .notFound)
            let member = try await app.bearerToken(roles: [.member], email: "member@example.org")
            #expect(try await app.api(.POST, "/api/v1/events/\(members)/registrations", token: member, json: "{}").status == .created)
            let (cancelled, _) = try await makeEvent(app, capacity: 10, title: "Called off")
            let event = try #require(try await Event.find(UUID(uuidString: cancelled), on: app.db))
            event.status = .cancelled
            try await event.save(on: app.db)
            #expect(try await app.api(.POST, "/api/v1/events/\(cancelled)/registrations", json: #"{"name":"Ana","email":"ana@example.org"}"#).status == .conflict)
            #expect(try await EventRegistration.query(on: app.db).count() == 1)
            // Bad events are refused too.
            let staff = try await app.bearerToken(roles: [.staff])
            let bad = try await app.api(.POST, "/api/v1/events", token: staff, json: #"{"title":"X","start":"2027-01-01T10:00:00Z","end":"2027-01-01T09:00:00Z","timeZone":"Mars/Olympus"}"#)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("IANA"))
        }
    }

    @Test(.enabled(if: ICalendarReader.isAvailable, "needs the icalendar package"))
    func cancellingPromotesTheFirstInLineAndEveryoneGetsTheRightEmailAndInvite() async throws {
        try await withPuente { app in
            let (id, _) = try await makeEvent(app, capacity: 1)
            let path = "/api/v1/events/\(id)/registrations"
            for (name, email) in [("Ana Ruiz", "ana@example.org"), ("Ben Ortiz", "ben@example.org"), ("Cruz Lee", "cruz@example.org")] {
                _ = try await app.api(.POST, path, json: #"{"name":"\#(name)","email":"\#(email)"}"#)
            }
            let mail = try await app.outbox().map { ($0.recipient, ReceivedMail($0.raw)) }
            #expect(mail.map(\.0) == ["ana@example.org", "ben@example.org", "cruz@example.org"])
            let confirmation = mail[0].1
            #expect(confirmation.text.contains("https://meet.example.org/policy"))
            #expect(!mail[1].1.text.contains("https://meet.example.org/policy")) // waitlisted: no join link
            #expect(mail[1].1.calendar.isEmpty)
            let invite = try ICalendarReader.read(confirmation.calendar)
            #expect(invite.method == "REQUEST")
            #expect(confirmation.calendar.contains("ATTENDEE;CN=\"Ana Ruiz\""))
            #expect(confirmation.calendar.contains("ORGANIZER;CN=\"Puente Test\":mailto:"))
            #expect(confirmation.calendar.contains("BEGIN:VALARM"))
            let event = try #require(try await Event.find(UUID(uuidString: id), on: app.db))
            #expect(invite.events.first.map { ISO8601DateFormatter().date(from: $0.start) } == event.startsAt)

            // Ana cancels from her personal link: Ben (first in line) gets the seat, Cruz waits on.
            let link = try #require(confirmation.link(startingWith: "http://127.0.0.1:8080/events/registrations/"))
            let browser = Browser(app)
            let path2 = try #require(URL(string: link)?.path)
            #expect(try await browser.get(path2).body.string.contains("https://meet.example.org/policy"))
            let asked = try await browser.post(path2, []) // asks first; the warning button gives the seat away
            #expect(try await browser.confirm(asked).status == .seeOther)
            let statuses = Dictionary(uniqueKeysWithValues: try await EventRegistration.query(on: app.db).all().map { ($0.email, $0.status) })
            #expect(statuses == ["ana@example.org": .cancelled, "ben@example.org": .confirmed, "cruz@example.org": .waitlisted])
            let after = try await app.outbox().dropFirst(3).map { ($0.recipient, ReceivedMail($0.raw)) }
            #expect(after.map(\.0) == ["ana@example.org", "ben@example.org"])
            let cancel = try ICalendarReader.read(after[0].1.calendar)
            #expect(cancel.method == "CANCEL")
            #expect(cancel.events.first?.uid == invite.events.first?.uid)
            #expect(try ICalendarReader.read(after[1].1.calendar).method == "REQUEST")
            #expect(after[1].1.text.contains("https://meet.example.org/policy"))
            // A second cancel changes nothing.
            #expect(try await browser.post(path2, []).status == .seeOther)
            #expect(try await app.outbox().count == 5)
        }
    }

    @Test func concurrentRegistrationsNeverExceedCapacityNorVanishNorDouble() async throws {
        try await withPuente({ $0.rateLimitsEnabled = false }) { app in
            let (id, _) = try await makeEvent(app, capacity: 25)
            let path = "/api/v1/events/\(id)/registrations"
            let statuses = try await withThrowingTaskGroup(of: (HTTPResponseStatus, String?).self) { group in
                for index in 0..<100 {
                    group.addTask {
                        let response = try await app.api(.POST, path, json: #"{"name":"Person \#(index)","email":"p\#(index)@example.org"}"#)
                        return (response.status, try? response.object["status"] as? String)
                    }
                }
                // The same person clicking ten times at once gets one registration.
                for _ in 0..<10 {
                    group.addTask {
                        let response = try await app.api(.POST, path, json: #"{"name":"Same Person","email":"same@example.org"}"#)
                        return (response.status, nil)
                    }
                }
                return try await group.reduce(into: [(HTTPResponseStatus, String?)]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0.0 == .created }.count == 101)
            #expect(statuses.filter { $0.0 == .conflict }.count == 9)
            let rows = try await EventRegistration.query(on: app.db).filter(\.$event.$id == UUID(uuidString: id)!).all()
            #expect(rows.count == 101)
            #expect(Set(rows.map(\.email)).count == 101)
            #expect(rows.filter { $0.status == .confirmed }.count == 25)
            #expect(rows.filter { $0.status == .waitlisted }.count == 76)
            #expect(Set(rows.map(\.queueNumber)).count == 101)
            let mail = try await app.outbox()
            #expect(mail.count == 101)
            #expect(Set(mail.map(\.recipient)).count == 101)
        }
    }
}
