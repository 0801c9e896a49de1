// Answers "is this number genuine?" for certificates and registry entries, with the least
// personal data that still lets an employer match it to a person.

import Fluent
import Foundation
import PuenteCore
import Vapor

/// The stable JSON shape of `GET /api/v1/certificates/{number}`; absent dates are `null`.
struct CertificateVerification: Content, Equatable {
    let number: String
    let status: Credential.Status
    let holder: String
    let program: String
    let issuer: String
    let issuedOn: String
    let expiresOn: String?
    let revokedReason: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(status, forKey: .status)
        try container.encode(holder, forKey: .holder)
        try container.encode(program, forKey: .program)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(issuedOn, forKey: .issuedOn)
        try container.encode(expiresOn, forKey: .expiresOn) // null, not missing
        try container.encode(revokedReason, forKey: .revokedReason)
    }
}

extension CertificateVerification {
    /// What verification says about `credential` on `today`; a reason shows only once revoked.
    init(_ credential: Credential, holder: String, today: String) {
        let status = credential.status(today: today)
        self.init(number: credential.number, status: status, holder: holder, program: credential.program,
                  issuer: credential.issuer, issuedOn: credential.issuedOn, expiresOn: credential.expiresOn,
                  revokedReason: status == .revoked ? credential.revokedReason : nil)
    }
}

struct RegistryVerification: Equatable {
    let number: String
    let holder: String
    let status: RegistryEntry.Status
}

enum Verification {
    static let rateLimit = RateLimit(limit: 120, window: 10 * 60)

    /// What people type: trimmed, upper-cased, spaces as dashes.
    static func normalize(_ number: String) -> String {
        number.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().replacingOccurrences(of: " ", with: "-")
    }

    static func certificate(_ raw: String, today: String, on db: any Database) async throws -> CertificateVerification? {
        let number = normalize(raw)
        guard !number.isEmpty, number.count <= 64,
              let credential = try await Credential.query(on: db).filter(\.$number == number).with(\.$entry).first()
        else { return nil }
        return CertificateVerification(credential, holder: credential.holderName ?? credential.entry.fullName, today: today)
    }

    static func registryEntry(_ raw: String, on db: any Database) async throws -> RegistryVerification? {
        guard let code = ReadableCode(typed: raw, prefix: RegistryEntry.numberPrefix, groups: 2),
              let entry = try await RegistryEntry.query(on: db).filter(\.$registryNumber == code.value).first()
        else { return nil }
        return RegistryVerification(number: entry.registryNumber, holder: entry.fullName, status: entry.status)
    }
}

extension RegistryEntry.Status {
    var label: L10n {
        switch self {
        case .applied: .registryStatusApplied
        case .changesRequested: .registryStatusChangesRequested
        case .active: .registryStatusActive
        case .inactive: .registryStatusInactive
        case .suspended: .registryStatusSuspended
        case .declined: .registryStatusDeclined
        }
    }
}

extension Credential.Status {
    var label: L10n {
        switch self {
        case .valid: .verifyStatusValid
        case .expired: .verifyStatusExpired
        case .revoked: .verifyStatusRevoked
        }
    }
}
