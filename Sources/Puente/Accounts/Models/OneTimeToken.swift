// A single-use secret sent by email (verify an address, reset a password). Only its hash is stored.

import Crypto
import Fluent
import Foundation
import Vapor

public final class OneTimeToken: Model, @unchecked Sendable {
    public static let schema = "one_time_tokens"

    public enum Purpose: String, Codable, Sendable {
        case verifyEmail = "verify_email"
        case resetPassword = "reset_password"

        var lifetime: TimeInterval {
            switch self {
            case .verifyEmail: 48 * 3600
            case .resetPassword: 3600
            }
        }
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Enum(key: "purpose") public var purpose: Purpose
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "used_at") public var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    init(userID: UUID, purpose: Purpose, tokenHash: String, expiresAt: Date) {
        self.$user.id = userID
        self.purpose = purpose
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}

/// Random URL-safe secrets and the hash under which they are stored.
enum Secret {
    /// Compares two secrets in time that depends only on their length, not on where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let (a, b) = (Array(a.utf8), Array(b.utf8))
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// `bytes` from the system's cryptographic generator, base64url without padding. Drawn eight
    /// at a time: every page that might show a form makes one.
    static func make(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        var random = [UInt8]()
        random.reserveCapacity(bytes + 7)
        while random.count < bytes {
            withUnsafeBytes(of: generator.next() as UInt64) { random += $0 }
        }
        let base64 = Data(random.prefix(bytes)).base64EncodedString().utf8
        return String(decoding: base64.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }, as: UTF8.self)
    }

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).hex
    }
}

extension Digest {
    /// Lowercase hexadecimal, as stored hashes are written.
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
