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
        let entry = RegistryEntry()
        entry.registryNumber = ReadableCode.random(prefix: RegistryEntry.numberPrefix, groups: 2).value
        entry.givenName = given
        entry.familyName = family
        entry.workerType = type
        entry.status = status
        entry.preferredContact = "email"
        entry.listedInDirectory = listed
        entry.showWorkerType = false
        entry.showLanguages = false
        entry.showCounties = false
        entry.showCommunities = false
        entry.showOrganizations = false
        entry.showContact = false
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
