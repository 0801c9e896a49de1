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
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Status on `today` (`YYYY-MM-DD` in the program's zone): revoked wins, then expiry.
    func status(today: String) -> Status {
        if revokedAt != nil { return .revoked }
        if let expiresOn, expiresOn < today { return .expired }
        return .valid
    }
}
