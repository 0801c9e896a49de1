// Writes many registry entries with multi-row INSERTs: the path for large CSV imports and the
// synthetic registry the benchmarks use. Rows must already be validated; the caller holds the
// transaction. Row-by-row saving costs about ten statements an entry; this costs a few per 500.

import Fluent
import Foundation
import PuenteCore
import SQLKit

struct BulkEntry: Sendable {
    var number: String
    var input: RegistryEntryInput
    var status: RegistryEntry.Status
}

enum RegistryBulkWriter {
    /// Entries per INSERT: 25 binds each stays under SQLite's 32,766-parameter limit.
    static let entriesPerStatement = 500
    static let detailsPerStatement = 3000

    static func insert(_ entries: [BulkEntry], actorEmail: String?, on db: any Database) async throws {
        let sql = db.sql
        let now = Date()
        var uuids = OrderedUUIDs(now: now)
        let ids = entries.map { _ in uuids.next() }

        for chunk in stride(from: 0, to: entries.count, by: entriesPerStatement) {
            let range = chunk..<min(chunk + entriesPerStatement, entries.count)
            let insert = sql.insert(into: RegistryEntry.schema).columns(
                "id", "registry_number", "given_name", "family_name", "given_name_folded", "family_name_folded",
                "email", "phone", "worker_type", "other_title", "status", "preferred_contact", "notes",
                "listed_in_directory", "show_worker_type", "show_languages", "show_counties", "show_communities",
                "show_organizations", "show_contact", "shares_standing", "created_at", "updated_at")
            for index in range {
                let entry = entries[index], input = entry.input
                let email: String? = input.email.isEmpty ? nil : EmailAddress(input.email)?.value
                let phone: String? = input.phone.isEmpty ? nil : input.phone
                let otherTitle: String? = input.type == .other ? input.otherTitle : nil
                let notes: String? = input.notes.isEmpty ? nil : input.notes
                let values: [any Encodable & Sendable] = [
                    ids[index], entry.number, input.givenName, input.familyName,
                    TextFolding.fold(input.givenName), TextFolding.fold(input.familyName),
                    email, phone, input.type.rawValue, otherTitle, entry.status.rawValue, input.preferredContact, notes,
                    input.listed, input.showWorkerType, input.showLanguages, input.showCounties, input.showCommunities,
                    input.showOrganizations, input.showContact, input.sharesStanding ?? false, now, now,
                ]
                _ = insert.values(values)
            }
            try await insert.run()
        }

        try await insertDetails(RegistryEntryLanguage.schema, column: "code", uuids: &uuids,
                                pairs: entries.enumerated().flatMap { index, entry in
            entry.input.languages.map { (ids[index], SpokenLanguages.named($0)?.code ?? $0) }
        }, on: sql)
        try await insertDetails(RegistryEntryCounty.schema, column: "fips", uuids: &uuids,
                                pairs: entries.enumerated().flatMap { index, entry in
            entry.input.counties.map { (ids[index], $0) }
        }, on: sql)
        try await insertDetails(RegistryEntryCommunity.schema, column: "code", uuids: &uuids,
                                pairs: entries.enumerated().flatMap { index, entry in
            entry.input.communities.map { (ids[index], $0) }
        }, on: sql)
        let affiliations = entries.enumerated().flatMap { index, entry in
            (entry.input.organizations ?? []).map { (entry: ids[index], organization: $0, isEmployer: $0 == entry.input.employer) }
        }
        for chunk in stride(from: 0, to: affiliations.count, by: detailsPerStatement / 2) {
            let insert = sql.insert(into: Affiliation.schema).columns("id", "entry_id", "organization_id", "is_employer")
            for affiliation in affiliations[chunk..<min(chunk + detailsPerStatement / 2, affiliations.count)] {
                let values: [any Encodable & Sendable] = [uuids.next(), affiliation.entry, affiliation.organization, affiliation.isEmployer]
                _ = insert.values(values)
            }
            try await insert.run()
        }
        let organizationNames = affiliations.isEmpty ? [:] : Dictionary(
            try await Organization.query(on: db).filter(\.$id ~~ Set(affiliations.map(\.organization))).all().map { ($0.id!, $0.name) },
            uniquingKeysWith: { first, _ in first })

        // Status history: where each entry started.
        for chunk in stride(from: 0, to: entries.count, by: detailsPerStatement / 2) {
            let insert = sql.insert(into: RegistryStatusChange.schema).columns("id", "entry_id", "to_status", "actor_email", "changed_at")
            for index in chunk..<min(chunk + detailsPerStatement / 2, entries.count) {
                let values: [any Encodable & Sendable] = [uuids.next(), ids[index], entries[index].status.rawValue, actorEmail, now]
                _ = insert.values(values)
            }
            try await insert.run()
        }

        // The directory index, only for entries that are active and listed.
        let listed = entries.indices.filter { entries[$0].status == .active && entries[$0].input.listed }
        try await DirectoryIndex.insert(listed.map { index in
            DirectoryIndex.rows(id: ids[index], createdAt: now, person: PublicProfile(
                number: entries[index].number, input: entries[index].input,
                organizations: (entries[index].input.organizations ?? []).compactMap { organizationNames[$0] }))
        }, on: sql)
    }

    private static func insertDetails(_ table: String, column: String, uuids: inout OrderedUUIDs, pairs: [(UUID, String)],
                                      on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: pairs.count, by: detailsPerStatement) {
            let insert = sql.insert(into: table).columns("id", "entry_id", column)
            for (entryID, value) in pairs[chunk..<min(chunk + detailsPerStatement, pairs.count)] {
                let values: [any Encodable & Sendable] = [uuids.next(), entryID, value]
                _ = insert.values(values)
            }
            try await insert.run()
        }
    }
}
