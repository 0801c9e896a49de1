// Links in bulk mail that act without a session: unsubscribe from one list, open one address's
// preferences. The token is derived (an HMAC of what it opens), not stored per recipient, so a
// newsletter to 100,000 people writes no token rows, and a link stays good until the key changes.

import Crypto
import Fluent
import Foundation
import Vapor

/// Secrets the program makes once, in a migration, and every process reads.
final class ProgramSecret: Model, @unchecked Sendable {
    static let schema = "program_secrets"
    static let listSigning = "list-signing"

    @ID(custom: "name", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String

    init() {}
}

struct ListSigning: Sendable {
    let key: SymmetricKey

    init(secret: String) {
        key = SymmetricKey(data: Data(secret.utf8))
    }

    /// `{subscription id}.{mac}`: the id finds the row, the MAC of its list and address proves the
    /// link was ours for that address on that list.
    func unsubscribeToken(_ subscription: ListSubscription) -> String {
        Self.hex(subscription.id!) + "." + mac("unsubscribe", subscription.$list.id.uuidString, subscription.email)
    }

    func preferencesToken(_ preference: MailPreference) -> String {
        Self.hex(preference.id!) + "." + mac("preferences", preference.email)
    }

    /// The row id a token names, before its MAC is checked against the row.
    static func rowID(in token: String) -> UUID? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count <= 64 else { return nil }
        return uuid(hex: String(parts[0]))
    }

    /// The id `hex(_:)` wrote: 32 hex digits, no dashes.
    static func uuid(hex: String) -> UUID? {
        guard hex.count == 32, hex.allSatisfy(\.isHexDigit) else { return nil }
        var dashed = hex
        for offset in [8, 13, 18, 23] { dashed.insert("-", at: dashed.index(dashed.startIndex, offsetBy: offset)) }
        return UUID(uuidString: dashed)
    }

    func verify(_ token: String, _ subscription: ListSubscription) -> Bool {
        Secret.equal(token, unsubscribeToken(subscription))
    }

    func verify(_ token: String, _ preference: MailPreference) -> Bool {
        Secret.equal(token, preferencesToken(preference))
    }

    private func mac(_ parts: String...) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(parts.joined(separator: "\u{0}").utf8), using: key)
        return Data(code).prefix(16).base64URL
    }

    static func hex(_ id: UUID) -> String { id.uuidString.replacingOccurrences(of: "-", with: "").lowercased() }
}

extension Data {
    var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Application {
    private struct ListSigningKey: StorageKey { typealias Value = ListSigning }

    /// Read from the database once after migrations (`configure` calls `loadListSigning`).
    var listSigning: ListSigning {
        get { storage[ListSigningKey.self]! }
        set { storage[ListSigningKey.self] = newValue }
    }

    func loadListSigning() async throws {
        guard let secret = try await ProgramSecret.find(ProgramSecret.listSigning, on: db) else {
            throw Abort(.internalServerError, reason: "the list signing key is missing; run the migrations")
        }
        listSigning = ListSigning(secret: secret.value)
    }
}

extension Request {
    var listSigning: ListSigning { application.listSigning }
}
