// The directory's county map: the program's counties drawn from `CountyShapes`, each a link to
// `?county=FIPS`, shaded by how many listed CHWs show that county, with the same figures as a
// text list. Server-rendered SVG, no script. Counts come from the directory index (so only what
// people chose to show) and are kept for a minute: the busiest public page does not group the
// whole index on every view.

import Fluent
import Foundation
import PuenteCore
import SQLKit

struct DirectoryMap: Sendable {
    let shapes: CountyShapes
    let counties: CountyList
    /// Listed people per county FIPS; counties with nobody are absent.
    let counts: [String: Int]
    let selected: String?

    /// Shade classes by lower bound: none, 1–2, 3–9, 10–29, 30 and more. Fixed, so the legend reads
    /// the same on every program's map.
    static let bounds = [1, 3, 10, 30]

    static func shade(_ count: Int) -> Int { bounds.lastIndex { count >= $0 }.map { $0 + 1 } ?? 0 }

    /// The legend's ranges, `1–2` … `30+`.
    static var ranges: [String] {
        bounds.enumerated().map { index, low in
            index + 1 < bounds.count ? "\(low)–\(bounds[index + 1] - 1)" : "\(low)+"
        }
    }

    /// How many listed people show each county: one grouped walk of the county terms.
    static func counts(on sql: any SQLDatabase) async throws -> [String: Int] {
        let prefix = DirectoryTerms.county("")
        let rows = try await sql.raw("""
            SELECT term, count(*) AS n FROM directory_terms
            WHERE term >= \(bind: prefix) AND term < \(bind: prefix + DirectoryTerms.prefixEnd) GROUP BY term
            """).all()
        return Dictionary(uniqueKeysWithValues: try rows.map {
            (String(try $0.decode(column: "term", as: String.self).dropFirst(prefix.count)), try $0.decode(column: "n", as: Int.self))
        })
    }
}

/// The last counts and when they were read; one per application. One request reads them again
/// once they are a minute old, and everyone asking meanwhile gets the old counts: the grouped walk
/// takes about a second over a million people, and when every request that found the counts
/// stale started its own (an actor lets others in while one awaits), each minute the directory
/// stalled for seconds (`make bench`, 2026-12-05: p99 2.6–6.9 s at 500 requests/s).
actor DirectoryMapCounts {
    static let lifetime: TimeInterval = 60
    private var cached: (read: Date, counts: [String: Int])?
    private var reading: Task<[String: Int], any Error>?
    private let read: @Sendable (any SQLDatabase) async throws -> [String: Int]

    /// `read` is the grouped walk; tests count and slow it.
    init(read: @escaping @Sendable (any SQLDatabase) async throws -> [String: Int] = { try await DirectoryMap.counts(on: $0) }) {
        self.read = read
    }

    func counts(on sql: any SQLDatabase, now: Date = Date()) async throws -> [String: Int] {
        if let cached, now.timeIntervalSince(cached.read) < Self.lifetime { return cached.counts }
        if let reading {
            if let cached { return cached.counts }
            return try await reading.value // the very first read: nothing older to give
        }
        let read = self.read
        let task = Task { try await read(sql) }
        reading = task
        defer { reading = nil }
        let counts = try await task.value
        cached = (now, counts)
        return counts
    }
}
