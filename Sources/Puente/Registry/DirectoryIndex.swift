// The public directory's index: one row per (term, person) for people who are active and
// listed, holding only what each person chose to show, and one listing per person with their
// public card as JSON. Term rows are ordered by term and then by name, so a search walks one
// term's rows in page order and checks the others by lookup; it never sorts or counts the
// whole registry, and a page is read without loading models (decision 0008). Same SQL on both
// engines.

import Fluent
import Foundation
import PuenteCore
import SQLKit

enum DirectoryIndex {
    static let table = "directory_terms"
    static let listings = "directory_listings"

    /// One person's rows: every term shares the person's two sort keys.
    struct Rows: Sendable {
        let entryID: UUID
        let nameKey: String
        let newestKey: String
        let terms: Set<String>
        let card: PublicEntryDTO
    }

    /// Rebuilds one entry's rows from the database: present only while it is active and listed.
    /// Leaving the directory is recorded for mirrors (`DirectoryWithdrawals`); coming back clears that.
    static func refresh(_ entryID: UUID, on db: any Database) async throws {
        try await refresh([entryID], on: db)
    }

    /// Rebuilds several entries' rows with a statement per kind, not per person (an organization
    /// renamed reaches everyone affiliated with it). Callers keep `ids` to about a thousand.
    static func refresh(_ ids: [UUID], on db: any Database) async throws {
        guard !ids.isEmpty else { return }
        DirectoryPageCache.directoryChanged()
        defer { DirectoryPageCache.directoryChanged() }
        let entries = try await RegistryEntry.query(on: db).filter(\.$id ~~ ids).all()
        let wasListed = Set(try await db.sql.select().column("entry_id").from(listings).where("entry_id", .in, ids).all()
            .map { try $0.decode(column: "entry_id", as: UUID.self) })
        try await db.sql.delete(from: table).where("entry_id", .in, ids).run()
        try await db.sql.delete(from: listings).where("entry_id", .in, ids).run()
        let listed = entries.filter { $0.status == .active && $0.listedInDirectory }
        try await loadPublicDetails(listed, on: db)
        try await insert(listed.compactMap(rows(for:)), on: db.sql)
        let nowListed = Set(listed.compactMap(\.id))
        for entry in entries {
            guard let id = entry.id else { continue }
            if wasListed.contains(id), !nowListed.contains(id) {
                try await DirectoryWithdrawals.record(id, registryNumber: entry.registryNumber, on: db.sql)
            } else if nowListed.contains(id), !wasListed.contains(id) {
                try await DirectoryWithdrawals.forget(id, on: db.sql)
            }
        }
    }

    static func rows(for entry: RegistryEntry) -> Rows? {
        guard entry.status == .active, entry.listedInDirectory, let id = entry.id else { return nil }
        return rows(id: id, createdAt: entry.createdAt ?? Date(), person: PublicProfile(entry))
    }

    static func rows(id: UUID, createdAt: Date, person: PublicProfile) -> Rows {
        Rows(entryID: id,
             nameKey: DirectoryTerms.nameKey(givenName: person.givenName, familyName: person.familyName, number: person.number),
             newestKey: DirectoryTerms.newestKey(createdAt: createdAt, number: person.number),
             terms: person.listing.terms, card: PublicEntryDTO(person))
    }

    /// Rows per INSERT: five binds each, well under SQLite's 32,766-parameter limit.
    static let rowsPerStatement = 2000

    static func insert(_ people: [Rows], on sql: any SQLDatabase) async throws {
        DirectoryPageCache.directoryChanged()
        defer { DirectoryPageCache.directoryChanged() }
        let encoder = JSONEncoder()
        for start in stride(from: 0, to: people.count, by: rowsPerStatement) {
            let insert = sql.insert(into: listings).columns("entry_id", "card")
            for person in people[start..<min(start + rowsPerStatement, people.count)] {
                let values: [any Encodable & Sendable] = [person.entryID, String(decoding: try encoder.encode(person.card), as: UTF8.self)]
                _ = insert.values(values)
            }
            try await insert.run()
        }
        let flat = people.flatMap { person in
            let facets = DirectoryTerms.facets(person.terms)
            return person.terms.map { (person, $0, facets) }
        }
        for start in stride(from: 0, to: flat.count, by: rowsPerStatement) {
            let insert = sql.insert(into: table).columns("term", "name_key", "newest_key", "entry_id", "facets")
            for (person, term, facets) in flat[start..<min(start + rowsPerStatement, flat.count)] {
                let values: [any Encodable & Sendable] = [term, person.nameKey, person.newestKey, person.entryID, facets]
                _ = insert.values(values)
            }
            try await insert.run()
        }
    }

    /// Fills the index from the registry, a thousand people at a time.
    static func rebuild(on db: any Database) async throws {
        DirectoryPageCache.directoryChanged()
        defer { DirectoryPageCache.directoryChanged() }
        try await db.sql.delete(from: table).run()
        try await db.sql.delete(from: listings).run()
        var lastID: UUID?
        while true {
            // Walks the primary key only: with a status filter the planner scanned every listed
            // entry for each batch, which made the rebuild quadratic.
            let query = RegistryEntry.query(on: db).sort(\.$id).limit(1000)
            if let lastID { query.filter(\.$id > lastID) }
            let batch = try await query.all()
            guard let last = batch.last else { return }
            let listed = batch.filter { $0.status == .active && $0.listedInDirectory }
            try await loadPublicDetails(listed, on: db)
            // One commit per batch, not per statement: SQLite otherwise checkpoints and syncs constantly.
            try await db.transaction { tx in try await insert(listed.compactMap(rows(for:)), on: tx.sql) }
            lastID = last.id
        }
    }

    /// Fills each entry's languages, counties, communities and affiliations with one query per
    /// kind, grouped in one pass. (Fluent's eager loader matches every child against every
    /// parent, which made rebuilding a million-person index take hours.)
    static func loadPublicDetails(_ entries: [RegistryEntry], on db: any Database) async throws {
        let ids = entries.compactMap(\.id)
        let languages = Dictionary(grouping: try await RegistryEntryLanguage.query(on: db).filter(\.$entry.$id ~~ ids).all(),
                                   by: \.$entry.id)
        let counties = Dictionary(grouping: try await RegistryEntryCounty.query(on: db).filter(\.$entry.$id ~~ ids).all(), by: \.$entry.id)
        let communities = Dictionary(grouping: try await RegistryEntryCommunity.query(on: db).filter(\.$entry.$id ~~ ids).all(),
                                     by: \.$entry.id)
        let affiliations = Dictionary(grouping: try await Affiliation.query(on: db).filter(\.$entry.$id ~~ ids)
            .with(\.$organization).all(), by: \.$entry.id)
        for entry in entries {
            guard let id = entry.id else { continue }
            entry.$languages.value = languages[id] ?? []
            entry.$counties.value = counties[id] ?? []
            entry.$communities.value = communities[id] ?? []
            entry.$affiliations.value = affiliations[id] ?? []
        }
    }
}
