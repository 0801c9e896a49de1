// Environment settings: defaults, accepted values, and a clear error for a bad one.

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
