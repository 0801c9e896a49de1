// One `Idempotency-Key` a caller sent to one API route, with the answer to give again.

import Fluent
import Foundation

final class IdempotentRequest: Model, @unchecked Sendable {
    static let schema = "idempotent_requests"

    enum State: String, Codable, Sendable {
        /// The first request is still running (or its process died: see `IdempotencyMiddleware.takeover`).
        case inFlight = "in_flight"
        /// The first request succeeded and its answer is kept.
        case answered
    }

    @ID(key: .id) var id: UUID?
    /// `token:<hash of the bearer token>` or `address:<client address>`.
    @Field(key: "caller") var caller: String
    /// The method and path, e.g. `POST /api/v1/events/…/registrations`.
    @Field(key: "route") var route: String
    @Field(key: "key") var key: String
    /// SHA-256 of the body, hex: the same key with another body is refused.
    @Field(key: "request_hash") var requestHash: String
    @Enum(key: "state") var state: State
    @OptionalField(key: "status") var status: Int?
    @OptionalField(key: "content_type") var contentType: String?
    @OptionalField(key: "location") var location: String?
    @OptionalField(key: "body") var body: Data?
    @Field(key: "created_at") var createdAt: Date
    /// When the running request claimed the key; a claim older than the takeover may be taken over.
    @Field(key: "claimed_at") var claimedAt: Date

    init() {}
}

struct CreateIdempotentRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IdempotentRequest.schema)
            .id()
            .field("caller", .string, .required)
            .field("route", .string, .required)
            .field("key", .string, .required)
            .field("request_hash", .string, .required)
            .field("state", .string, .required)
            .field("status", .int)
            .field("content_type", .string)
            .field("location", .string)
            .field("body", .data)
            .field("created_at", .datetime, .required)
            .field("claimed_at", .datetime, .required)
            .unique(on: "caller", "route", "key")
            .create()
        try await database.createIndex(named: "idempotent_requests_by_age", on: IdempotentRequest.schema, columns: ["created_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IdempotentRequest.schema).delete()
    }
}
