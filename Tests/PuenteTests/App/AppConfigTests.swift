// Environment settings: defaults, accepted values, and a clear error for a bad one.

import Foundation
import PuenteCore
import Testing
@testable import Puente

@Suite struct AppConfigTests {
    @Test func sqliteCacheDefaultsTo64MiBAndAcceptsASize() throws {
        #expect(try AppConfig.fromEnvironment([:]).sqliteCacheMiB == 64)
        #expect(try AppConfig.fromEnvironment(["PUENTE_SQLITE_CACHE_MB": "1024"]).sqliteCacheMiB == 1024)
    }

    @Test func aBadSQLiteCacheSizeIsRefusedByName() {
        for bad in ["0", "lots", "-5", "100000"] {
            #expect {
                _ = try AppConfig.fromEnvironment(["PUENTE_SQLITE_CACHE_MB": bad])
            } throws: { error in
                "\(error)".contains("PUENTE_SQLITE_CACHE_MB")
            }
        }
    }

    @Test func theWaitForADatabaseConnectionDefaultsTo10SecondsAndABadOneIsRefusedByName() throws {
        #expect(try AppConfig.fromEnvironment([:]).databaseWaitSeconds == 10)
        #expect(try AppConfig.fromEnvironment(["PUENTE_DB_WAIT_SECONDS": "30"]).databaseWaitSeconds == 30)
        for bad in ["0", "soon", "301"] {
            #expect {
                _ = try AppConfig.fromEnvironment(["PUENTE_DB_WAIT_SECONDS": bad])
            } throws: { error in
                "\(error)".contains("PUENTE_DB_WAIT_SECONDS")
            }
        }
    }

    @Test func trustedProxiesDefaultToNoneAndABadCountIsRefusedByName() throws {
        #expect(try AppConfig.fromEnvironment([:]).trustedProxies == 0)
        #expect(try AppConfig.fromEnvironment(["PUENTE_TRUSTED_PROXIES": "2"]).trustedProxies == 2)
        for bad in ["-1", "yes", "11"] {
            #expect {
                _ = try AppConfig.fromEnvironment(["PUENTE_TRUSTED_PROXIES": bad])
            } throws: { error in
                "\(error)".contains("PUENTE_TRUSTED_PROXIES")
            }
        }
    }
}

@Suite struct CommunityListTests {
    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("communities-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aProgramsOwnListReplacesTheShippedOne() throws {
        #expect(try AppConfig.fromEnvironment([:]).communities.isShipped)
        let path = try file("\u{FEFF}code,english,spanish\r\nfisherfolk,Fishing families,Familias pescadoras\r\n\"gulf-coast\",\"Gulf Coast, inland\",Costa del Golfo\r\n")
        let list = try AppConfig.fromEnvironment(["PUENTE_COMMUNITIES": path]).communities
        #expect(list.all.map(\.code) == ["fisherfolk", "gulf-coast"])
        #expect(list.named("gulf-coast")?.name(in: .en) == "Gulf Coast, inland")
        #expect(list.named("gulf-coast")?.name(in: .es) == "Costa del Golfo")
        #expect(!list.isShipped)
    }

    @Test func aBadListStopsTheStartWithTheLineAndTheRule() throws {
        for (text, says) in [("name,english\nx,y\n", "code,english,spanish"), ("code,english,spanish\nFisher Folk,A,B\n", "line 2"),
                             ("code,english,spanish\nfish,A,B\nfish,C,D\n", "listed twice"), ("code,english,spanish\nfish,A,\n", "both names"),
                             ("code,english,spanish\n", "no communities")] {
            let path = try file(text)
            #expect(throws: (any Error).self) { _ = try AppConfig.fromEnvironment(["PUENTE_COMMUNITIES": path]) }
            do { _ = try AppConfig.fromEnvironment(["PUENTE_COMMUNITIES": path]) } catch {
                #expect("\(error)".contains("PUENTE_COMMUNITIES") && "\(error)".contains(says), "\(error)")
            }
        }
        #expect(throws: (any Error).self) { _ = try AppConfig.fromEnvironment(["PUENTE_COMMUNITIES": "/nonexistent.csv"]) }
    }
}

@Suite struct SQLiteFileTuningTests {
    @Test(.enabled(if: !TestDatabase.isPostgres, "a SQLite file setting"))
    func everyPooledConnectionGetsTheConfiguredCache() async throws {
        try await withPuente({ config in
            config.database = .sqliteFile(path: config.dataDirectory + "/tuned.sqlite")
            config.sqliteCacheMiB = 32
        }) { app in
            for loop in app.eventLoopGroup.makeIterator() {
                let db = try #require(app.databases.database(logger: app.logger, on: loop))
                let size = try await db.sql.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self)
                #expect(size == -32 * 1024)
            }
        }
    }
}
