// The directory's county map: every county a link to its search, shaded by how many listed CHWs
// show it, the same figures as a list for keyboards and screen readers.

import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct DirectoryMapTests {
    /// The markup of one county's link in the map.
    private func mapLink(_ html: String, _ fips: String) -> String? {
        guard let svg = html.components(separatedBy: "<svg").dropFirst().first?.components(separatedBy: "</svg>").first else { return nil }
        return svg.components(separatedBy: "<a ").first { $0.contains("county=\(fips)") }
    }

    @Test func countiesAreShadedByTheListedPeopleWhoShowThem() async throws {
        try await withPuente { app in
            for index in 0..<3 { try await app.makeListedEntry(given: "Lupe\(index)", family: "Angeles", counties: ["06037"]) }
            try await app.makeListedEntry(given: "Ana", family: "Diego", counties: ["06073", "06037"])
            // Not counted: a hidden county, someone unlisted, an application not yet approved.
            try await app.makeListedEntry(given: "Cruz", family: "Private", counties: ["06019"], consent: Consent(counties: false))
            try await app.makeListedEntry(given: "Dora", family: "Unlisted", counties: ["06019"], listed: false)
            try await app.makeListedEntry(given: "Eva", family: "Applicant", counties: ["06019"], status: .applied)

            let html = try await Browser(app).get("/directory").body.string

            #expect(html.components(separatedBy: "<path ").count - 1 == CountyList.california.counties.count)
            let losAngeles = try #require(mapLink(html, "06037"))
            #expect(losAngeles.contains("href=\"/directory?county=06037#results\"") && losAngeles.contains("tabindex=\"-1\""))
            #expect(losAngeles.contains("class=\"shade-2\"") && losAngeles.contains("Los Angeles: 4 CHWs listed"))
            #expect(try #require(mapLink(html, "06073")).contains("class=\"shade-1\""))
            #expect(try #require(mapLink(html, "06019")).contains("class=\"shade-0\""), "Fresno: nobody counted")
            // The list carries the same links for people who do not use the picture.
            let list = try #require(html.components(separatedBy: "class=\"county-list\"").last)
            #expect(list.contains("Los Angeles: 4 CHWs listed") && list.contains("San Diego: 1 CHW listed"))
            #expect(!list.contains("Fresno"))
            #expect(html.contains("aria-hidden=\"true\""))
        }
    }

    @Test func theChosenCountyIsOutlinedAndTheMapSpeaksTheReadersLanguage() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Lupe", family: "Angeles", counties: ["06037"])
            let html = try await Browser(app).get("/directory?county=06037&lang=es").body.string
            #expect(try #require(mapLink(html, "06037")).contains("class=\"shade-1 selected\""))
            #expect(html.contains("Los Angeles: 1 persona en el directorio"))
            #expect(html.contains(L10n.directoryMapTitle.text(.es)))
        }
    }

    @Test func aMississippiProgramGetsItsOwnCounties() async throws {
        try await withPuente({ $0.counties = .mississippi }) { app in
            try await app.makeListedEntry(given: "Mae", family: "Hinds", counties: ["28049"])
            let html = try await Browser(app).get("/directory").body.string
            #expect(html.components(separatedBy: "<path ").count - 1 == 82)
            #expect(try #require(mapLink(html, "28049")).contains("Hinds: 1 CHW listed"))
        }
    }

    @Test func aFullPageOfResultsWithTheMapStaysUnderSixtyKilobytes() async throws {
        try await withPuente { app in
            _ = try await RegistryDemo.seed(app: app, count: 60)
            let html = try await Browser(app).get("/directory?lang=es").body.string
            #expect(cards(html).components(separatedBy: "<h2>").count - 1 == DirectoryFilter.pageSize)
            let bytes = html.utf8.count + Stylesheet.css.utf8.count
            #expect(bytes <= 60 * 1024, "\(bytes) bytes of HTML and CSS")
        }
    }

    @Test func shadesFollowTheLegendsRanges() {
        #expect([0, 1, 2, 3, 9, 10, 29, 30, 5000].map(DirectoryMap.shade) == [0, 1, 1, 2, 2, 3, 3, 4, 4])
        #expect(DirectoryMap.ranges == ["1–2", "3–9", "10–29", "30+"])
    }

    @Test func countsAreKeptForAMinuteThenReadAgain() async throws {
        try await withPuente { app in
            let cache = DirectoryMapCounts()
            let start = Date()
            #expect(try await cache.counts(on: app.db.sql, now: start).isEmpty)
            try await app.makeListedEntry(given: "Lupe", family: "Angeles", counties: ["06037"])
            #expect(try await cache.counts(on: app.db.sql, now: start.addingTimeInterval(30)).isEmpty)
            #expect(try await cache.counts(on: app.db.sql, now: start.addingTimeInterval(61)) == ["06037": 1])
        }
    }

    /// Twenty requests find the counts stale at once: one reads them again, nineteen get the old
    /// ones at once instead of each walking the index (which stalled the directory every minute).
    @Test func staleCountsAreReadAgainOnceWhileOthersGetTheOldOnes() async throws {
        try await withPuente { app in
            let reads = ManagedAtomicCounter()
            let cache = DirectoryMapCounts(read: { _ in
                let n = reads.increment()
                try await Task.sleep(for: .milliseconds(300))
                return ["06037": n]
            })
            let start = Date()
            #expect(try await cache.counts(on: app.db.sql, now: start) == ["06037": 1])
            let answers = try await withThrowingTaskGroup(of: [String: Int].self) { group in
                for _ in 0..<20 { group.addTask { try await cache.counts(on: app.db.sql, now: start.addingTimeInterval(61)) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(reads.value == 2)
            #expect(answers.count(where: { $0 == ["06037": 1] }) == 19)
            #expect(answers.count(where: { $0 == ["06037": 2] }) == 1)
            #expect(try await cache.counts(on: app.db.sql, now: start.addingTimeInterval(62)) == ["06037": 2])
        }
    }

    /// The drawing is kept per counts, county picked and language; any of them changing draws anew.
    @Test func theMapIsDrawnOncePerCountsCountyAndLanguage() throws {
        let shapes = try #require(CountyShapes.forState("CA")), counties = try #require(CountyList.forState("CA"))
        let draws = ManagedAtomicCounter()
        let counts = ["06037": Int.random(in: 1...1_000_000)] // unlike any other test's counts
        func render(_ selected: String?, _ language: Language, _ counts: [String: Int]) -> String {
            DirectoryMap.rendered(DirectoryMap(shapes: shapes, counties: counties, counts: counts, selected: selected), language: language) {
                "drawing \(draws.increment())"
            }
        }
        #expect(render(nil, .en, counts) == "drawing 1")
        #expect(render(nil, .en, counts) == "drawing 1")
        #expect(render("06037", .en, counts) == "drawing 2")
        #expect(render(nil, .es, counts) == "drawing 3")
        #expect(render(nil, .en, counts.mapValues { $0 + 1 }) == "drawing 4")
        #expect(draws.value == 4)
    }
}

/// A counter closures running on several tasks can bump.
final class ManagedAtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() -> Int { lock.withLock { count += 1; return count } }
    var value: Int { lock.withLock { count } }
}
