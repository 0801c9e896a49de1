// A certificate's earlier wording, kept when it is reissued.

import Fluent
import Foundation

/// What a certificate said before it was reissued: the number's history is kept.
final class CredentialRevision: Model, @unchecked Sendable {
    static let schema = "credential_revisions"
    @ID(key: .id) var id: UUID?
    @Parent(key: "credential_id") var credential: Credential
    @Field(key: "holder_name") var holderName: String
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "reason") var reason: String
    @Field(key: "recorded_at") var recordedAt: Date
    init() {}
}
