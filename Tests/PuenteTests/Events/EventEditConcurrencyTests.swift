// Edits of one event go one at a time in the database: every PUT that answers 200 raises
// SEQUENCE by exactly one and sends exactly one invite per registrant under that SEQUENCE.

import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct EventEditConcurrencyTests {
    static func eventJSON(title: String, start: Date, extra: String = "") -> String {
        let format = ISO8601DateFormatter()
        return #"{"title":"\#(title)","kind":"meeting","start":"\#(format.string(from: start))","end":"\#(format.string(from: start.addingTimeInterval(5400)))","timeZone":"America/Los_Angeles","onlineLink":"https://meet.example.org/x","description":"Agenda in the email"\#(extra)}"#
    }

    @Test func concurrentEditsRaiseTheSequenceOnceEachAndSendOneInviteEach() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let start = Date().addingTimeInterval(10 * 86400)
            let created = try await app.api(.POST, "/api/v1/events", token: staff, json: Self.eventJSON(title: "Policy committee", start: start))
            let id = try #require(try created.object["id"] as? String)
            try await app.api(.POST, "/api/v1/events/\(id)/registrations", json: #"{"name":"Ana","email":"ana@example.org"}"#)
            let edits = 20
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<edits {
                    group.addTask {
                        try await app.api(.PUT, "/api/v1/events/\(id)", token: staff,
                                          json: Self.eventJSON(title: "Policy committee \(index)", start: start.addingTimeInterval(Double(index) * 60))).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            let saved = statuses.filter { $0 == .ok }.count
            #expect(statuses.allSatisfy { $0 == .ok || $0 == .serviceUnavailable })
            let event = try #require(try await Event.find(UUID(uuidString: id), on: app.db))
            #expect(event.sequence == saved)
            let invites = try await app.outbox().map { ReceivedMail($0.raw).calendar }.filter { $0.contains("METHOD:REQUEST") }
            let sequences = invites.compactMap { $0.split(separator: "\r\n").first { $0.hasPrefix("SEQUENCE:") } }.map(String.init)
            // One confirmation (SEQUENCE:0) and one update per saved edit, each under its own number.
            #expect(sequences.count == saved + 1)
            #expect(Set(sequences).count == saved + 1)
        }
    }

    @Test func staffReadTheWholeEventAndWritingItBackKeepsEverything() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let created = try await app.api(.POST, "/api/v1/events", token: staff,
                                            json: Self.eventJSON(title: "Webinar", start: Date().addingTimeInterval(86400 * 3)))
            let id = try #require(try created.object["id"] as? String)
            let read = try await app.api(.GET, "/api/v1/events/\(id)", token: staff)
            #expect(read.status == .ok)
            let body = try read.object
            #expect(body["description"] as? String == "Agenda in the email")
            #expect(body["onlineLink"] as? String == "https://meet.example.org/x")
            #expect(body["sequence"] as? Int == 0)
            // Read, edit, write back: what the client did not touch survives, read-only fields are ignored.
            var edited = body
            edited["title"] = "Webinar, part 1"
            let data = try JSONSerialization.data(withJSONObject: edited)
            let put = try await app.api(.PUT, "/api/v1/events/\(id)", token: staff, json: String(decoding: data, as: UTF8.self))
            #expect(put.status == .ok)
            let event = try #require(try await Event.find(UUID(uuidString: id), on: app.db))
            #expect(event.title == "Webinar, part 1")
            #expect(event.description == "Agenda in the email")
            #expect(event.onlineLink == "https://meet.example.org/x")
            #expect(event.sequence == 1)
            // A visitor reads the public shape only: no join link.
            let visitor = try await app.api(.GET, "/api/v1/events/\(id)")
            #expect(visitor.status == .ok)
            #expect(try visitor.object["onlineLink"] == nil)
        }
    }

    @Test func eventDatesOutsideTheYears1900To2200AreRefused() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            for (start, end) in [("0000-01-01T10:00:00Z", "0000-01-01T11:00:00Z"), ("2201-01-01T10:00:00Z", "2201-01-01T11:00:00Z")] {
                let response = try await app.api(.POST, "/api/v1/events", token: staff,
                                                 json: #"{"title":"Far","start":"\#(start)","end":"\#(end)","timeZone":"America/Los_Angeles"}"#)
                #expect(response.status == .unprocessableEntity)
            }
            #expect(try await Event.query(on: app.db).count() == 0)
        }
    }

    @Test func aMemberLearnsNothingOfARepresentativesOnlyEventFromTheAPI() async throws {
        try await withPuente { app in
            let staff = try await app.bearerToken(roles: [.staff])
            let created = try await app.api(.POST, "/api/v1/events", token: staff,
                                            json: Self.eventJSON(title: "Reps only", start: Date().addingTimeInterval(86400 * 3),
                                                                 extra: #","audience":"organization_representatives","questions":[{"id":"seatq7","prompt":"Organization","kind":"text","required":true,"choices":[]}]"#))
            let id = try #require(try created.object["id"] as? String)
            let member = try await app.bearerToken(roles: [.member])
            for token in [member, nil] {
                let response = try await app.api(.POST, "/api/v1/events/\(id)/registrations", token: token, json: "{}")
                #expect(response.status == .notFound)
                #expect(!response.body.string.contains("seatq7"))
                #expect(try await app.api(.GET, "/api/v1/events/\(id)", token: token).status == .notFound)
            }
            let rep = try await app.bearerToken(roles: [.organizationRepresentative])
            #expect(try await app.api(.POST, "/api/v1/events/\(id)/registrations", token: rep, json: #"{"answers":{"seatq7":"Clinic"}}"#).status == .created)
        }
    }
}
