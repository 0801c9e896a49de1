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
}
