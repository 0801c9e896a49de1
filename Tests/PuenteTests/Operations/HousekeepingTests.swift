// Housekeeping removes only what has expired.

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Puente

@Suite struct HousekeepingTests {
    @Test func sweepDeletesExpiredRowsAndKeepsCurrentOnes() async throws {
        try await withPuente { app in
            let user = try await app.makeUser("a@example.org")
            let now = Date()
            try await RateLimitHit(bucket: "old", occurredAt: now.addingTimeInterval(-25 * 3600)).create(on: app.db)
            try await RateLimitHit(bucket: "new", occurredAt: now).create(on: app.db)
            try await APIToken(userID: user.id!, tokenHash: "expired", expiresAt: now.addingTimeInterval(-1)).create(on: app.db)
            try await APIToken(userID: user.id!, tokenHash: "current", expiresAt: now.addingTimeInterval(3600)).create(on: app.db)
            try await OneTimeToken(userID: user.id!, purpose: .resetPassword, tokenHash: "stale",
                                   expiresAt: now.addingTimeInterval(-8 * 24 * 3600)).create(on: app.db)
            try await OneTimeToken(userID: user.id!, purpose: .resetPassword, tokenHash: "fresh",
                                   expiresAt: now.addingTimeInterval(3600)).create(on: app.db)

            try await Housekeeping.sweep(on: app.db, now: now)

            #expect(try await RateLimitHit.query(on: app.db).all().map(\.bucket) == ["new"])
            #expect(try await APIToken.query(on: app.db).all().map(\.tokenHash) == ["current"])
            #expect(try await OneTimeToken.query(on: app.db).all().map(\.tokenHash) == ["fresh"])
        }
    }

    @Test func unconfirmedUploadsAreDeletedAfterADay() async throws {
        try await withPuente { app in
            let upload = RegistryImportFile()
            upload.fileName = "roster.csv"
            upload.content = "given_name\nAna\n"
            try await upload.create(on: app.db)
            try await Housekeeping.sweep(on: app.db, now: Date().addingTimeInterval(23 * 3600))
            #expect(try await RegistryImportFile.query(on: app.db).count() == 1)
            try await Housekeeping.sweep(on: app.db, now: Date().addingTimeInterval(25 * 3600))
            #expect(try await RegistryImportFile.query(on: app.db).count() == 0)
        }
    }

    @Test func mailPastTheRetentionGoesAndANewsletterKeepsItsCounts() async throws {
        try await withPuente { app in
            let staff = try await app.newsWithReaders()
            let id = try await app.createNewsletter(staff)
            #expect(try await app.api(.POST, "/api/v1/newsletters/\(id)/send", token: staff, json: "{}").status == .accepted)
            try await app.deliverNewsletters(RecordingTransport())
            try await enqueueSample(app, to: "someone@example.org")
            #expect(try await app.mail.makeWorker().runOnce() == 1)
            let before = try await app.api(.GET, "/api/v1/newsletters/\(id)", token: staff).object
            #expect(before["sent"] as? Int == 3)
            let outbox = try await OutboxMessage.query(on: app.db).count()
            #expect(outbox > 0)
            // Something still to send stays, however old.
            try await enqueueSample(app, to: "later@example.org")

            let justInside = Date().addingTimeInterval(Housekeeping.deliveryRetention - 3600)
            try await Housekeeping.sweep(on: app.db, now: justInside)
            #expect(try await OutboxMessage.query(on: app.db).count() == outbox + 1)
            #expect(try await Self.deliveryRows(app) == 3)

            let past = Date().addingTimeInterval(Housekeeping.deliveryRetention + 3600)
            try await Housekeeping.sweep(on: app.db, now: past)
            #expect(try await OutboxMessage.query(on: app.db).all().map(\.recipient) == ["later@example.org"])
            #expect(try await Self.deliveryRows(app) == 0)
            let staffNow = try await app.bearerToken(roles: [.staff]) // the first token expired in those 90 days
            let afterResponse = try await app.api(.GET, "/api/v1/newsletters/\(id)", token: staffNow)
            #expect(afterResponse.status == .ok, "\(afterResponse.body.string)")
            let after = try afterResponse.object
            for field in ["sent", "queued", "bounced", "failed", "skipped"] {
                #expect(after[field] as? Int == before[field] as? Int, "\(field)")
            }
        }
    }

    static func deliveryRows(_ app: Application) async throws -> Int {
        try await app.db.sql.raw("SELECT count(*) AS n FROM newsletter_deliveries").first()!.decode(column: "n", as: Int.self)
    }
}
