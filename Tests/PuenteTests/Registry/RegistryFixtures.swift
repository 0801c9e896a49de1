// Registry rows for tests, written directly.

import Fluent
import Foundation
import PuenteCore
import VaporTesting
@testable import Puente

extension Application {
    @discardableResult
    func makeEntry(given: String = "María", family: String = "Cruz", status: RegistryEntry.Status = .active,
                   type: WorkerType = .promotora, listed: Bool = false) async throws -> RegistryEntry {
        let entry = RegistryEntry.blank(number: ReadableCode.random(prefix: RegistryEntry.numberPrefix, groups: 2).value, status: status)
        entry.givenName = given
        entry.familyName = family
        entry.workerType = type
        entry.listedInDirectory = listed
        try await entry.create(on: db)
        return entry
    }

    @discardableResult
    func makeCredential(for entry: RegistryEntry, number: String = ReadableCode.random(prefix: "CERT", groups: 3).value,
                        issuedOn: String = "2025-06-12", expiresOn: String? = nil, revokedReason: String? = nil) async throws -> Credential {
        let credential = Credential()
        credential.$entry.id = entry.id!
        credential.number = number
        credential.program = "CHW Core Competency Course (160 hours)"
        credential.issuer = "Office of Community Health Workers"
        credential.issuedOn = issuedOn
        credential.expiresOn = expiresOn
        if let revokedReason {
            credential.revokedAt = Date()
            credential.revokedReason = revokedReason
        }
        try await credential.create(on: db)
        return credential
    }
}

struct Consent {
    var languages = true, counties = true, type = true, communities = true, organizations = false, contact = false
    static let all = Consent(organizations: true, contact: true)
}

extension Application {
    /// An entry with details, listed (or not) in the directory, and indexed for search.
    @discardableResult
    func makeListedEntry(given: String, family: String, type: WorkerType = .chw, languages: [String] = ["en"],
                         counties: [String] = ["06037"], communities: [String] = [], organization: String? = nil,
                         email: String? = nil, phone: String? = nil, status: RegistryEntry.Status = .active, listed: Bool = true,
                         consent: Consent = Consent()) async throws -> RegistryEntry {
        let entry = try await makeEntry(given: given, family: family, status: status, type: type, listed: listed)
        entry.email = email
        entry.phone = phone
        entry.showLanguages = consent.languages
        entry.showCounties = consent.counties
        entry.showWorkerType = consent.type
        entry.showCommunities = consent.communities
        entry.showOrganizations = consent.organizations
        entry.showContact = consent.contact
        try await entry.save(on: db)
        for code in languages { try await RegistryEntryLanguage(entryID: entry.id!, code: code).create(on: db) }
        for fips in counties { try await RegistryEntryCounty(entryID: entry.id!, fips: fips).create(on: db) }
        for code in communities { try await RegistryEntryCommunity(entryID: entry.id!, code: code).create(on: db) }
        if let organization {
            let org = Organization(name: organization, kind: .communityBased)
            try await org.create(on: db)
            try await Affiliation(entryID: entry.id!, organizationID: org.id!, title: nil, isEmployer: true).create(on: db)
        }
        try await DirectoryIndex.refresh(entry.id!, on: db)
        return entry
    }
}

/// A registry CSV as staff upload it: `count` good rows, with the rows in `bad` (by index,
/// line = index + 2) written as given instead.
enum RegistryCSV {
    static let header = "given_name,family_name,email,worker_type,languages,counties,communities,listed,show_languages"

    static func rows(_ count: Int, bad: [Int: String] = [:]) -> Data {
        var lines = [header]
        for index in 0..<count {
            lines.append(bad[index] ?? "Person\(index),Family\(index),p\(index)@example.org,chw,es;en,06037;Imperial,farmworker,yes,yes")
        }
        return Data(lines.joined(separator: "\r\n").utf8)
    }
}
