// Answers "is this number genuine?" for certificates and registry entries, with the least
// personal data that still lets an employer match it to a person.

import Fluent
import FluentSQL
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
    /// The holder's standing in the registry. A suspended holder's certificate still records
    /// the training, but an employer must not read "valid" as "in good standing".
    let registryStatus: RegistryEntry.Status
    /// The program's Spanish name when it is one of this program's courses; pages only, not the
    /// JSON contract.
    var programSpanish: String? = nil

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
        try container.encode(registryStatus, forKey: .registryStatus)
    }

    var holderIsSuspended: Bool { registryStatus == .suspended }

    func program(in language: Language) -> String {
        language == .es ? (programSpanish ?? program) : program
    }
}

extension CertificateVerification {
    /// What verification says about `credential` on `today`; a reason shows only once revoked.
    init(_ credential: Credential, holder: String, registryStatus: RegistryEntry.Status, today: String) {
        let status = credential.status(today: today)
        self.init(number: credential.number, status: status, holder: holder, program: credential.program,
                  issuer: credential.issuer, issuedOn: credential.issuedOn, expiresOn: credential.expiresOn,
                  revokedReason: status == .revoked ? credential.revokedReason : nil, registryStatus: registryStatus)
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

    /// One plain row, not two models: Fluent's reflection-based decoding was most of this public,
    /// rate-limited request's cost.
    static func certificate(_ raw: String, today: String, on db: any Database) async throws -> CertificateVerification? {
        let number = normalize(raw)
        guard !number.isEmpty, number.count <= 64, let row = try await db.sql.raw("""
            SELECT c.number, c.program, c.issuer, c.issued_on, c.expires_on, c.revoked_reason, c.holder_name,
                   CASE WHEN c.revoked_at IS NULL THEN 0 ELSE 1 END AS revoked, e.given_name, e.family_name, e.status,
                   (SELECT p.name_es FROM \(ident: TrainingProgram.schema) p WHERE p.name_en = c.program LIMIT 1) AS program_es
            FROM \(ident: Credential.schema) c JOIN \(ident: RegistryEntry.schema) e ON e.id = c.entry_id
            WHERE c.number = \(bind: number)
            """).first()
        else { return nil }
        let optional = { (column: String) throws -> String? in try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self) }
        let expiresOn = try optional("expires_on")
        let status = Credential.status(isRevoked: try row.decode(column: "revoked", as: Int.self) != 0, expiresOn: expiresOn, today: today)
        let holder = try optional("holder_name")
            ?? "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))"
        return CertificateVerification(number: try row.decode(column: "number", as: String.self), status: status, holder: holder,
                                       program: try row.decode(column: "program", as: String.self),
                                       issuer: try row.decode(column: "issuer", as: String.self),
                                       issuedOn: try row.decode(column: "issued_on", as: String.self), expiresOn: expiresOn,
                                       revokedReason: status == .revoked ? try optional("revoked_reason") : nil,
                                       registryStatus: RegistryEntry.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .inactive,
                                       programSpanish: try optional("program_es"))
    }

    static func registryEntry(_ raw: String, on db: any Database) async throws -> RegistryVerification? {
        guard let code = ReadableCode(typed: raw, prefix: RegistryEntry.numberPrefix, groups: 2),
              let entry = try await RegistryEntry.query(on: db).filter(\.$registryNumber == code.value).first()
        else { return nil }
        return RegistryVerification(number: entry.registryNumber, holder: entry.fullName, status: entry.status)
    }
}

extension RegistryEntry.Status: StatusDisplay {
    var tone: Tone {
        switch self {
        case .applied: .info
        case .changesRequested: .warning
        case .active: .success
        case .inactive: .neutral
        case .suspended, .declined: .danger
        }
    }

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

extension Credential.Status: StatusDisplay {
    var tone: Tone {
        switch self {
        case .valid: .success
        case .expired: .warning
        case .revoked: .danger
        }
    }

    /// Expired shows a clock: the training happened, its time ran out.
    var icon: String { self == .expired ? "◷" : tone.icon }

    var label: L10n {
        switch self {
        case .valid: .verifyStatusValid
        case .expired: .verifyStatusExpired
        case .revoked: .verifyStatusRevoked
        }
    }
}
