// The directory's kept pages: a repeated search is answered without the database, a change made
// here shows on the next page, a page is kept per language and never with anyone's CSRF token or
// header, and the cache stays bounded and can be turned off.

import Fluent
import FluentSQL
import Foundation
import NIOCore
import PuenteCore
import Synchronization
import Testing
import VaporTesting
@testable import Puente

@Suite struct DirectoryPageCacheTests {
    @Test func aRepeatedSearchIsAnsweredFromTheKeptPageUntilTheDirectoryChanges() async throws {
        try await withPuente { app in
            // The process-wide count moves whenever any test writes an index; this app counts its own.
            let changes = Mutex(0)
            app.directoryPageCache = DirectoryPageCache(lifetime: .seconds(60), changeCount: { changes.withLock { $0 } })
            try await app.makeListedEntry(given: "Lupe", family: "Hernández", languages: ["es"], counties: ["06037"])
            let visitor = Browser(app)
            #expect(cards(try await visitor.get("/directory?q=lupe").body.string).contains("Lupe Hernández"))

            // Behind the application's back (as another process would write): the kept page still answers.
            try await app.db.sql.raw("DELETE FROM directory_listings").run()
            try await app.db.sql.raw("DELETE FROM directory_terms").run()
            #expect(cards(try await visitor.get("/directory?q=lupe").body.string).contains("Lupe Hernández"))
            #expect(cards(try await visitor.get("/directory?q=lupe&sort=newest").body.string).isEmpty) // another search
            #expect(app.directoryPageCache.count == 2)

            changes.withLock { $0 += 1 }
            #expect(!cards(try await visitor.get("/directory?q=lupe").body.string).contains("Lupe Hernández"))
        }
    }

    @Test func aChangeMadeHereShowsOnTheNextPage() async throws {
        try await withPuente { app in
            let lupe = try await app.makeListedEntry(given: "Lupe", family: "Hernández", languages: ["es"], counties: ["06037"])
            let visitor = Browser(app)
            #expect(cards(try await visitor.get("/directory?q=lupe").body.string).contains("Lupe Hernández"))

            let before = DirectoryPageCache.changesSoFar
            try await RegistryService(db: app.db, config: app.config, actor: .system).changeStatus(lupe, to: .suspended, reason: "Under review")
            #expect(DirectoryPageCache.changesSoFar > before)
            let after = try await visitor.get("/directory?q=lupe").body.string
            #expect(!cards(after).contains("Lupe Hernández"))
            #expect(after.contains("0 people found"))
        }
    }

    @Test func everyWriterOfTheIndexCountsAChange() async throws {
        try await withPuente { app in
            var before = DirectoryPageCache.changesSoFar
            try await DirectoryIndex.rebuild(on: app.db)
            #expect(DirectoryPageCache.changesSoFar > before)
            before = DirectoryPageCache.changesSoFar
            try await DirectoryIndex.insert([], on: app.db.sql)
            #expect(DirectoryPageCache.changesSoFar > before)
            before = DirectoryPageCache.changesSoFar
            try await DirectoryIndex.refresh([UUID()], on: app.db)
            #expect(DirectoryPageCache.changesSoFar > before)
        }
    }

    @Test func aKeptPageIsPerLanguageAndWrappedInEachReadersOwnHeader() async throws {
        try await withPuente { app in
            app.directoryPageCache = DirectoryPageCache(lifetime: .seconds(60), changeCount: { 0 })
            try await app.makeListedEntry(given: "Lupe", family: "Hernández", languages: ["es"], counties: ["06037"])
            try await app.makeUser("ana@example.org", name: "Ana Signed-In")
            let ana = Browser(app)
            _ = try await ana.signIn("ana@example.org")
            let signedIn = try await ana.get("/directory?language=es").body.string
            #expect(signedIn.contains("Ana Signed-In"))

            let visitor = try await Browser(app).get("/directory?language=es").body.string
            #expect(!visitor.contains("Ana Signed-In"))
            #expect(cards(visitor).contains("Lupe Hernández"))

            let spanish = try await Browser(app).get("/directory?language=es&lang=es").body.string
            #expect(spanish.contains("Directorio de Trabajadores Comunitarios de Salud"))
            #expect(!spanish.contains("Community Health Worker directory"))
            #expect(app.directoryPageCache.count == 2)
        }
    }

    @Test func aPageHoldingTheRequestsCSRFTokenIsNeverKept() {
        let cache = DirectoryPageCache(lifetime: .seconds(5), changeCount: { 0 })
        let key = DirectoryPageCache.Key(filter: DirectoryFilter(), ignored: [], language: .en)
        let generation = 0
        cache.store(PageView(title: "Directory", html: "<input name=\"csrf\" value=\"secret-token\">"), for: key,
                    generation: generation, csrfToken: "secret-token")
        #expect(cache.page(for: key) == nil)
        cache.store(PageView(title: "Directory", html: "<p>cards</p>"), for: key, generation: generation, csrfToken: "secret-token")
        #expect(cache.page(for: key)?.html == "<p>cards</p>")
    }

    @Test func aKeptPageLapsesAfterItsLifetimeAndTheCacheStaysBounded() {
        let cache = DirectoryPageCache(lifetime: .seconds(5), capacity: 3, changeCount: { 0 })
        let start = NIODeadline.now()
        let generation = 0
        func key(_ text: String) -> DirectoryPageCache.Key {
            DirectoryPageCache.Key(filter: DirectoryFilter(text: text), ignored: [], language: .en)
        }
        cache.store(PageView(title: "t", html: "garcia"), for: key("garcia"), generation: generation, csrfToken: "", now: start)
        #expect(cache.page(for: key("garcia"), now: start + .seconds(4))?.html == "garcia")
        #expect(cache.page(for: key("garcia"), now: start + .seconds(5)) == nil)

        for (index, word) in ["a", "b", "c", "d", "e"].enumerated() {
            cache.store(PageView(title: "t", html: word), for: key(word), generation: generation, csrfToken: "",
                        now: start + .milliseconds(Int64(index)))
            #expect(cache.count <= 3)
        }
        #expect(cache.page(for: key("e"), now: start + .seconds(1))?.html == "e")
    }

    @Test func aLifetimeOfZeroTurnsTheCacheOff() async throws {
        let cache = DirectoryPageCache(lifetime: .zero, changeCount: { 0 })
        let key = DirectoryPageCache.Key(filter: DirectoryFilter(), ignored: [], language: .en)
        cache.store(PageView(title: "t", html: "x"), for: key, generation: 0, csrfToken: "")
        #expect(cache.page(for: key) == nil)
        #expect(cache.count == 0)

        let config = try AppConfig.fromEnvironment(["PUENTE_DIRECTORY_CACHE_SECONDS": "0"])
        #expect(config.directoryCacheSeconds == 0)
        #expect(throws: AppConfig.ConfigError.self) { try AppConfig.fromEnvironment(["PUENTE_DIRECTORY_CACHE_SECONDS": "-1"]) }
    }
}
