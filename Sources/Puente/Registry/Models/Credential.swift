// A certificate the registry vouches for: recorded by staff from another issuer now, issued by
// Puente's own training later. The registry, not the course system, is the record of authority.

import Fluent
import Foundation

public final class Credential: Model, @unchecked Sendable {
    public static let schema = "credentials"
    static let numberPrefix = "CERT"

    public enum Status: String, Codable, Sendable {
        case valid, expired, revoked
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "entry_id") public var entry: RegistryEntry
    /// Unique; Puente's own are `CERT-XXXX-XXXX-XXXX`, external ones keep their issuer's number.
    @Field(key: "number") public var number: String
    @Field(key: "program") public var program: String
    @Field(key: "issuer") public var issuer: String
    /// Calendar days, `YYYY-MM-DD`, as printed on the certificate.
    @Field(key: "issued_on") public var issuedOn: String
    @OptionalField(key: "expires_on") public var expiresOn: String?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @OptionalField(key: "revoked_reason") public var revokedReason: String?
    // Set only on certificates Puente's own training issued.
    /// The name printed on the certificate; reissued after a name change (history in `CredentialRevision`).
    @OptionalField(key: "holder_name") public var holderName: String?
    /// The completion this certificate is for; unique, so one completion never gets two.
    @OptionalField(key: "enrollment_id") public var enrollmentID: UUID?
    @OptionalField(key: "quarter_hours") public var quarterHours: Int?
    /// `TrainingProgram.Kind` of the program, for eligibility rules.
    @OptionalField(key: "program_kind") public var programKind: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    var isIssuedByPuente: Bool { enrollmentID != nil }

    /// Status on `today` (`YYYY-MM-DD` in the program's zone): revoked wins, then expiry.
    func status(today: String) -> Status {
        Self.status(isRevoked: revokedAt != nil, expiresOn: expiresOn, today: today)
    }

    static func status(isRevoked: Bool, expiresOn: String?, today: String) -> Status {
        if isRevoked { return .revoked }
        if let expiresOn, expiresOn < today { return .expired }
        return .valid
    }
}

/// A certificate is part of its holder's FHIR Practitioner (`qualification`), so recording,
/// revoking or reissuing one marks the holder's entry changed: `_lastUpdated` searches and
/// `_history` mirrors then pick up a revocation.
struct CredentialTouchesHolder: AsyncModelMiddleware {
    func create(model: Credential, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        try await touch(model, on: db)
    }

    func update(model: Credential, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.update(model, on: db)
        try await touch(model, on: db)
    }

    private func touch(_ credential: Credential, on db: any Database) async throws {
        try await RegistryEntry.query(on: db).filter(\.$id == credential.$entry.id).set(\.$updatedAt, to: Date()).update()
    }
}
