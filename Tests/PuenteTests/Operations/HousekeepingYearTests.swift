// A simulated year of use, swept as the worker sweeps: no table that housekeeping owns grows
// without bound. Each simulated day writes what a day of a program writes (sign-ins, rate-limit
// hits, email links, API tokens, idempotency keys, mail) with that day's dates, a roster upload a
// week and a newsletter a month, then sweeps with that day as "now". Once the longest retention
// (mail, 90 days) has passed, every swept table holds the same number of rows month after month.
//
// `scripts/bench-housekeeping` runs it at a program's scale (PUENTE_YEAR_SCALE) and prints the
// table by month with the time the sweeps took (docs/benchmarks.md).

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Testing
import VaporTesting
@testable import Puente

@Suite struct HousekeepingYearTests {
    /// Multiplies a day's use; 1 is a small program (the test), the benchmark runs more.
    static let scale = max(1, Int(ProcessInfo.processInfo.environment["PUENTE_YEAR_SCALE"] ?? "") ?? 1)

    /// Tables housekeeping owns.
    static let swept = [RateLimitHit.schema, BrowserSession.schema, OneTimeToken.schema, APIToken.schema,
                        IdempotentRequest.schema, OutboxMessage.schema, RegistryImportFile.schema, "newsletter_deliveries"]
    /// Tables kept by design: the audit log, and newsletters with their counts.
    static let kept = [AuditEvent.schema, Newsletter.schema]

    @Test func aYearOfUseLeavesNoTableThatHousekeepingOwnsGrowing() async throws {
        try await withPuente { app in
            _ = try await app.newsWithReaders()
            let user = try await app.makeUser("year@example.org")
            let start = Date()
            var months: [[String: Int]] = []
            var sweepSeconds: [Double] = []
            var firstNewsletter: (id: UUID, counts: [String: Int])?
            for day in 0..<365 {
                let today = start.addingTimeInterval(Double(day) * 86_400)
                try await Self.oneDay(app, user: try user.requireID(), day: day, today: today)
                if day % 30 == 0 {
                    // A token of today: the sweep takes each one once the simulated month has passed it.
                    let staff = try await app.bearerToken(roles: [.staff])
                    let id = try await Self.newsletter(app, staff: staff, sentOn: today)
                    if firstNewsletter == nil { firstNewsletter = (id, try await Self.counts(of: id, app, staff: staff)) }
                }
                let began = Date()
                try await Housekeeping.sweep(on: app.db, now: today.addingTimeInterval(86_399))
                sweepSeconds.append(Date().timeIntervalSince(began))
                if day % 30 == 29 { months.append(try await Self.rowCounts(app)) }
            }
            Self.report(months, sweepSeconds: sweepSeconds)

            // After the 90-day retention every month holds what the one before held.
            for month in 4..<months.count {
                for table in Self.swept where table != RegistryImportFile.schema {
                    #expect(months[month][table] == months[3][table], "\(table) in month \(month + 1): \(months.map { $0[table] ?? 0 })")
                }
            }
            // A roster upload a week, each kept a day.
            #expect(months.allSatisfy { $0[RegistryImportFile.schema] ?? 0 <= 1 })
            // It is bounded, not empty: mail is kept its 90 days, and the day's rows are there.
            #expect(months[11][OutboxMessage.schema] == 90 * 10 * Self.scale)
            #expect(months[11][RateLimitHit.schema] == 40 * Self.scale)
            #expect(months[11]["newsletter_deliveries"] ?? 0 > 0)
            // A newsletter whose delivery rows went keeps its counts.
            let first = try #require(firstNewsletter)
            #expect(try await Self.deliveryRows(of: first.id, app) == 0)
            #expect(try await Self.counts(of: first.id, app, staff: try await app.bearerToken(roles: [.staff])) == first.counts)
        }
    }

    /// One day's rows, dated that day, as the site and the worker write them.
    static func oneDay(_ app: Application, user: UUID, day: Int, today: Date) async throws {
        let scale = Self.scale
        for index in 0..<(40 * scale) {
            try await RateLimitHit(bucket: "sign-in:\(index % 7)", occurredAt: today).create(on: app.db)
        }
        for index in 0..<(10 * scale) {
            let session = BrowserSession()
            session.id = "\(day)-\(index)"
            session.data = "{}"
            session.userID = user
            session.expiresAt = today.addingTimeInterval(BrowserSession.lifetime)
            try await session.create(on: app.db)
        }
        for index in 0..<(2 * scale) {
            try await OneTimeToken(userID: user, purpose: .resetPassword, tokenHash: "link-\(day)-\(index)",
                                   expiresAt: today.addingTimeInterval(3600)).create(on: app.db)
        }
        for index in 0..<scale {
            try await APIToken(userID: user, tokenHash: "token-\(day)-\(index)",
                               expiresAt: today.addingTimeInterval(APIToken.lifetime)).create(on: app.db)
        }
        for index in 0..<(5 * scale) {
            let kept = IdempotentRequest()
            kept.caller = "token:\(index)"
            kept.route = "POST /api/v1/events/{id}/registrations"
            kept.key = "\(day)-\(index)"
            kept.requestHash = "hash"
            kept.state = .answered
            kept.status = 201
            kept.createdAt = today
            kept.claimedAt = today
            try await kept.create(on: app.db)
        }
        let mailer = Mailer(config: app.config)
        let drafts = (0..<(10 * scale)).map { index in
            Outbox.Draft(mailer.compose(to: Mailbox(EmailAddress("reader\(index)@example.org")!), language: .en,
                                        .init(subject: "Reminder", paragraphs: ["See you there."], link: nil, greetingName: nil)))
        }
        try await Outbox.enqueue(drafts, on: app.db)
        try await app.db.sql.raw("""
            UPDATE outbox_messages SET status = 'sent', sent_at = \(bind: today), created_at = \(bind: today) WHERE status = 'pending'
            """).run()
        if day % 7 == 0 {
            let upload = RegistryImportFile()
            upload.fileName = "roster.csv"
            upload.content = "given_name,family_name\nAna,Soto\n"
            try await upload.create(on: app.db)
            try await app.db.sql.raw("UPDATE registry_imports SET created_at = \(bind: today) WHERE id = \(bind: try upload.requireID())").run()
        }
    }

    /// A newsletter to the list's readers, sent and delivered, dated `sentOn`.
    static func newsletter(_ app: Application, staff: String, sentOn: Date) async throws -> UUID {
        let id = try await app.createNewsletter(staff)
        #expect(try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}").status == .accepted)
        try await app.deliverNewsletters(RecordingTransport())
        try await app.db.sql.raw("UPDATE newsletters SET sent_at = \(bind: sentOn) WHERE id = \(bind: id)").run()
        return id
    }

    static func counts(of newsletter: UUID, _ app: Application, staff: String) async throws -> [String: Int] {
        let object = try await app.api(.GET, "/api/v1/newsletters/\(newsletter)", token: staff).object
        return Dictionary(uniqueKeysWithValues: ["sent", "queued", "bounced", "failed", "skipped"].map { ($0, object[$0] as? Int ?? -1) })
    }

    static func deliveryRows(of newsletter: UUID, _ app: Application) async throws -> Int {
        try await app.db.sql.raw("SELECT count(*) AS n FROM newsletter_deliveries WHERE newsletter_id = \(bind: newsletter)")
            .first()!.decode(column: "n", as: Int.self)
    }

    static func rowCounts(_ app: Application) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in swept + kept {
            counts[table] = try await app.db.sql.raw("SELECT count(*) AS n FROM \(ident: table)").first()!.decode(column: "n", as: Int.self)
        }
        return counts
    }

    static func report(_ months: [[String: Int]], sweepSeconds: [Double]) {
        let tables = swept + kept
        var lines = ["simulated year at scale \(scale) (rows at the end of each 30 days)"]
        lines.append("table".padding(toLength: 24, withPad: " ", startingAt: 0) + (1...months.count).map { String(format: "%8d", $0) }.joined())
        for table in tables {
            lines.append(table.padding(toLength: 24, withPad: " ", startingAt: 0) + months.map { String(format: "%8d", $0[table] ?? 0) }.joined())
        }
        let sorted = sweepSeconds.sorted()
        lines.append(String(format: "sweeps: %d, median %.1f ms, slowest %.1f ms", sorted.count, sorted[sorted.count / 2] * 1000,
                            (sorted.last ?? 0) * 1000))
        print(lines.joined(separator: "\n"))
    }
}
