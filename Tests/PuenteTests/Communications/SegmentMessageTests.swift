// Messages to a segment: staff filter the registry (county, language, worker type, status), see
// how many a message will reach before sending, and send it; people who switched bulk mail off
// are left out, the send is audited, each reader gets their language over a real SMTP server
// with one-click headers that switch bulk mail off, and a hard bounce marks the copy that failed.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import SQLKit
import Testing
import VaporTesting
@testable import Puente

extension Application {
    /// An entry with the details a staff filter reads.
    @discardableResult
    func makeEntry(given: String, email: String?, status: RegistryEntry.Status = .active, type: WorkerType = .promotora,
                   county: String, languages: [String]) async throws -> RegistryEntry {
        let entry = try await makeEntry(given: given, family: "Segment", status: status, type: type)
        entry.email = email
        try await entry.save(on: db)
        try await RegistryEntryCounty(entryID: entry.id!, fips: county).create(on: db)
        for code in languages { try await RegistryEntryLanguage(entryID: entry.id!, code: code).create(on: db) }
        return entry
    }
}

@Suite struct RegistryStaffFilterTests {
    @Test func staffFilterTheRegistryByCountyLanguageTypeAndStatus() async throws {
        try await withPuente { app in
            let counties = app.config.counties.counties
            let (here, there) = (counties[0].fips, counties[1].fips)
            try await app.makeEntry(given: "Ana", email: "ana@example.org", county: here, languages: ["es"])
            try await app.makeEntry(given: "Beto", email: "beto@example.org", type: .chw, county: here, languages: ["en", "es"])
            try await app.makeEntry(given: "Celia", email: "celia@example.org", county: there, languages: ["es"])
            try await app.makeEntry(given: "Dora", email: "dora@example.org", status: .suspended, county: here, languages: ["es"])
            func names(_ filter: RegistryStaffFilter) async throws -> [String] {
                try await RegistrySearch.query(filter, on: app.db).all().map(\.givenName).sorted()
            }
            #expect(try await names(RegistryStaffFilter(county: here)) == ["Ana", "Beto", "Dora"])
            #expect(try await names(RegistryStaffFilter(status: .active, county: here)) == ["Ana", "Beto"])
            #expect(try await names(RegistryStaffFilter(language: "en")) == ["Beto"])
            #expect(try await names(RegistryStaffFilter(county: here, language: "es", type: .promotora)) == ["Ana", "Dora"])

            // The page reads the same filter from its query string, and offers to write to them.
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let page = try await staff.get(SiteURL.staffRegistry.path(query: ["county": here, "status": "active"])).body.string
            #expect(page.contains("Ana Segment") && page.contains("Beto Segment"))
            #expect(!page.contains("Celia Segment") && !page.contains("Dora Segment"))
            #expect(page.contains("2 people match."))
            #expect(page.contains("/staff/messages/new?"))
            // An unknown value filters nothing rather than everything.
            #expect(RegistryStaffFilter(["county": "not-a-county", "type": "wizard"], counties: app.config.counties) == RegistryStaffFilter())
        }
    }
}

@Suite(.enabled(if: SMTPTestServer.isAvailable, "aiosmtpd is not installed: run `make test`, which installs it"))
struct SegmentMessageTests {
    @Test func staffSeeTheCountSendToTheSegmentAndOptedOutPeopleGetNothing() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        try await withPuente({ config in
            config.mailTransport = .smtp(SMTPSettings(host: "127.0.0.1", port: server.port, security: .none))
        }) { app in
            let counties = app.config.counties.counties
            let (here, there) = (counties[0].fips, counties[1].fips)
            try await app.makeEntry(given: "Ana", email: "Ana@Example.org", county: here, languages: ["es"])
            try await app.makeEntry(given: "Beto", email: "beto@example.org", county: here, languages: ["en"])
            try await app.makeEntry(given: "Celia", email: "celia@example.org", county: there, languages: ["es"])
            try await app.makeEntry(given: "Eva", email: nil, county: here, languages: ["en"])
            // Beto switched bulk mail off from an earlier newsletter.
            let beto = try await ListService.ensurePreference(for: "beto@example.org", on: app.db)
            beto.noBulk = true
            try await beto.save(on: app.db)

            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let segment = [("segment", "registry"), ("county", here), ("status", "active")]
            let form = try await staff.get(SiteURL.staffMessageNew.path(query: Dictionary(uniqueKeysWithValues: segment))).body.string
            #expect(form.contains(#"value="registry" checked"#), "the registry page's link carries the segment")
            let created = try await staff.post(SiteURL.staffMessageNew.path, segment + [
                ("subject", "Training in your county"), ("markdown", "A **new** class starts soon."),
                ("subjectEs", "Capacitación en su condado"), ("markdownEs", "Pronto empieza una clase **nueva**."), ("action", "save"),
            ])
            #expect(created.status == .seeOther)
            let message = try #require(try await SegmentMessage.query(on: app.db).first())
            let path = SiteURL.staffMessage(.value(message.id!)).path

            // Before sending: one to reach, one who opted out, one with no address.
            let page = try await staff.get(path).body.string
            let counts = page.components(separatedBy: "summary-list").dropFirst().first ?? ""
            #expect(counts.contains(">1<"), "recipients")
            #expect(page.contains("Turned off bulk email"))
            #expect(page.contains("No email address"))
            let ids = page.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(ids.count == Set(ids).count, "every id on the page once: \(ids.sorted())")

            // Send asks first, saying how many; then it is queued and audited, once.
            let asked = try await staff.post(path, [("action", "send")]).body.string
            #expect(asked.contains("It goes to 1 people"))
            #expect(try await SegmentMessage.find(message.id, on: app.db)?.status == .draft)
            #expect(try await staff.post(path, [("action", "send"), ("confirmed", "yes")]).status == .seeOther)
            #expect(try await staff.post(path, [("action", "send"), ("confirmed", "yes")]).status == .seeOther)
            let sent = try #require(try await SegmentMessage.find(message.id, on: app.db))
            #expect(sent.status == .sending && sent.recipients == 1)
            #expect(try await app.auditEvents(.segmentMessageSend).count == 1)
            #expect(try await app.outbox().isEmpty, "no copy of the body per recipient in the outbox")

            try await app.deliverNewsletters(app.mail.transport)
            let received = try server.received()
            #expect(received.count == 1)
            let copy = try #require(received.first)
            #expect(copy["rcpt_tos"] as? [String] == ["ana@example.org"])
            #expect(copy["subject"] as? String == "Capacitación en su condado", "Ana lists only Spanish")
            #expect((copy["defects"] as? [String])?.isEmpty == true)
            #expect((copy["mail_from"] as? String)?.hasPrefix("bulk-bounces+") == true)
            let headers = try #require(copy["headers"] as? [String: String])
            #expect(headers["list-unsubscribe-post"] == "List-Unsubscribe=One-Click")
            let stopURL = try #require(headers["list-unsubscribe"]).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
            #expect(stopURL.hasPrefix(app.config.baseURL + "/lists/stop/"))
            #expect(try await SegmentMessage.find(message.id, on: app.db)?.status == .sent)

            // The one-click POST: a body without the field changes nothing; with it, bulk mail stops.
            let stopPath = String(stopURL.dropFirst(app.config.baseURL.count))
            var oneClick = HTTPHeaders()
            oneClick.contentType = .urlEncodedForm
            #expect(try await app.testing().sendRequest(.POST, stopPath, headers: oneClick, body: ByteBuffer(string: "x=y")).status == .badRequest)
            #expect(try await MailPreference.query(on: app.db).filter(\.$email == "ana@example.org").first()?.noBulk == false)
            #expect(try await app.testing().sendRequest(.POST, stopPath, headers: oneClick, body: ByteBuffer(string: "List-Unsubscribe=One-Click")).status == .ok)
            #expect(try await MailPreference.query(on: app.db).filter(\.$email == "ana@example.org").first()?.noBulk == true)
            #expect(try await app.testing().sendRequest(.GET, "/lists/stop/forged.token").status == .notFound)
        }
    }
}

@Suite struct SegmentRecipientTests {
    @Test func eachKindOfSegmentNamesItsPeopleOnceInTheirLanguage() async throws {
        try await withPuente { app in
            let recipients = SegmentRecipients(db: app.db, config: app.config)
            func emails(_ segment: Segment) async throws -> [String] {
                try await recipients.resolve(segment).recipients.map(\.email).sorted()
            }
            // Representatives: the role, nobody else.
            try await app.makeUser("rep@example.org", name: "Rita Rep", roles: [.organizationRepresentative])
            try await app.makeUser("member@example.org", name: "Mona Member")
            #expect(try await emails(.representatives) == ["rep@example.org"])

            // A cohort: its applicants and members, not those who withdrew.
            let cohort = try await app.makeCohort(sessions: 1)
            _ = try await app.enroll("seat@example.org", name: "Sol Seat", in: cohort)
            let (_, gone) = try await app.enroll("gone@example.org", name: "Gus Gone", in: cohort)
            gone.status = .withdrawn
            try await gone.save(on: app.db)
            #expect(try await emails(.cohort(cohort.id!)) == ["seat@example.org"])

            // An event: confirmed and waitlisted, each address once, in the language they registered in.
            let organizer = try await app.makeUser("organizer@example.org", roles: [.staff])
            var input = EventInput(title: "Summit", start: Date().addingTimeInterval(86400), end: Date().addingTimeInterval(90000),
                                   timeZone: "America/Los_Angeles")
            input.onlineLink = "https://meet.example.org/summit"
            input.capacity = 1
            let event = try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: organizer)
            _ = try await app.eventRegistrations.register(event, name: "Ana Ruiz", email: "ana@example.org", user: nil, roles: [])
            _ = try await app.eventRegistrations.register(event, name: "Bao Tran", email: "bao@example.org", user: nil, roles: []) // waitlisted
            #expect(try await emails(.event(event.id!)) == ["ana@example.org", "bao@example.org"])

            // Eligibility that lapses: certified eleven months ago, within 60 days; not within 10.
            let lapsing = try await app.makeUser("lapsing@example.org", name: "Lena Lapsing", language: .es)
            let entry = try await app.makeEntry(given: "Lena", family: "Lapsing")
            entry.$user.id = lapsing.id
            try await entry.save(on: app.db)
            try await app.makeCredential(for: entry, issuedOn: app.today.adding(months: -11).description)
            let resolved = try await recipients.resolve(.lapsing(days: 60)).recipients
            #expect(resolved == [SegmentRecipients.Recipient(email: "lapsing@example.org", name: "Lena Lapsing", language: .es)])
            #expect(try await emails(.lapsing(days: 10)).isEmpty)
        }
    }

    @Test func aBadSegmentIsAClearErrorAndSavesNothing() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let text = [("subject", "Hello"), ("markdown", "Hi"), ("action", "save")]
            for segment in [[("segment", "lapsing"), ("days", "0")], [("segment", "lapsing"), ("days", "99999999999999999999")],
                            [("segment", "cohort"), ("cohort", UUID().uuidString)], [("segment", "event"), ("event", "not-an-id")],
                            [("segment", "everyone")], [("segment", "registry"), ("county", String(repeating: "9", count: 5000))]] {
                let response = try await staff.post(SiteURL.staffMessageNew.path, segment + text)
                let unknownCounty = segment.contains { $0.0 == "county" }
                #expect(response.status == (unknownCounty ? .seeOther : .unprocessableEntity), "\(segment)")
            }
            // Only the registry one (an unknown county filters nothing) was saved.
            #expect(try await SegmentMessage.query(on: app.db).count() == 1)
        }
    }
}

@Suite struct BulkBounceTests {
    @Test func aHardBounceMarksTheCopyThatFailedAndCountsAgainstTheAddress() async throws {
        try await withPuente { app in
            let transport = RecordingTransport()
            try await app.makeUser("rep@example.org", name: "Rita Rep", roles: [.organizationRepresentative])
            let staff = try await app.makeUser("staff@example.org", roles: [.staff])
            let service = SegmentMessageService(db: app.db, config: app.config, signing: app.listSigning, actor: .system)
            let message = try await service.create(.representatives, NewsletterInput(subject: "Meeting moved", markdown: "Thursday instead."), by: staff)
            #expect(try await service.send(message) == 1)
            try await app.deliverNewsletters(transport)
            let envelope = try #require(transport.envelopes.first)
            let messageID = try #require(ReceivedMail(envelope.raw).headers["message-id"])

            func report(_ messageID: String) -> Data {
                Data("""
                From: MAILER-DAEMON@mx.example.net\r
                Subject: Undelivered Mail\r
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r
                \r
                --r\r
                Content-Type: message/delivery-status\r
                \r
                Reporting-MTA: dns; mx.example.net\r
                \r
                Final-Recipient: rfc822; rep@example.org\r
                Action: failed\r
                Status: 5.1.1\r
                --r\r
                Content-Type: text/rfc822-headers\r
                \r
                From: Puente <\(app.config.mailFrom.value)>\r
                Message-ID: \(messageID)\r
                Subject: Meeting moved\r
                --r--\r
                """.utf8)
            }
            let receiver = MailReceiver(db: app.db, config: app.config, signing: app.listSigning, dmarcPolicy: { _ in nil })
            // A report to this address that names another reader's copy marks nothing.
            let someoneElse = "<sm.\(ListSigning.hex(message.id!)).\(ListSigning.hex(UUID()))@\(app.config.mailFrom.domain)>"
            #expect(await receiver.receive(report(someoneElse), recipient: envelope.sender, sender: "") == .bounceCounted)
            #expect(try await service.counts(message).bounced == 0)
            try await app.db.sql.raw("UPDATE mail_preferences SET bounce_score = 0").run()
            #expect(await receiver.receive(report(messageID), recipient: envelope.sender, sender: "") == .bounceCounted)
            #expect(try await service.counts(message).bounced == 1)
            #expect(try await service.counts(message).sent == 0)
            #expect(try await MailPreference.query(on: app.db).filter(\.$email == "rep@example.org").first()?.bounceScore == 1)
        }
    }
}
