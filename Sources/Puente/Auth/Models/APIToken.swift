// A bearer token for the JSON API. The client keeps the secret; we keep its hash.

import Fluent
import Foundation
import Vapor

public final class APIToken: Model, @unchecked Sendable {
    public static let schema = "api_tokens"
    static let lifetime: TimeInterval = 30 * 24 * 3600

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "expires_at") public var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    init(userID: UUID, tokenHash: String, expiresAt: Date) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}
