// Where delivered mail goes: a folder of `.eml` files (embedded default) or an SMTP server.

import Foundation
import NIOCore

protocol MailTransport: Sendable {
    func deliver(_ message: OutboxEnvelope) async throws
    /// Several messages, one result each in order: SMTP sends them over one session.
    func deliver(batch: [OutboxEnvelope]) async -> [Result<Void, any Error>]
}

extension MailTransport {
    func deliver(batch: [OutboxEnvelope]) async -> [Result<Void, any Error>] {
        var results: [Result<Void, any Error>] = []
        for message in batch {
            do { try await deliver(message); results.append(.success(())) } catch { results.append(.failure(error)) }
        }
        return results
    }
}

/// What the worker hands a transport: the raw message and the SMTP envelope.
struct OutboxEnvelope: Sendable {
    let id: UUID
    let sender: String
    let recipients: [String]
    let raw: String
}

struct FolderMailTransport: MailTransport {
    let directory: String

    /// Named by outbox id, so a redelivery after a lost lease rewrites the same file.
    func deliver(_ message: OutboxEnvelope) async throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let final = folder.appendingPathComponent("\(message.id.uuidString.lowercased()).eml")
        let temporary = folder.appendingPathComponent(".\(message.id.uuidString.lowercased()).tmp")
        try Data(message.raw.utf8).write(to: temporary)
        if FileManager.default.fileExists(atPath: final.path) {
            try FileManager.default.removeItem(at: final)
        }
        try FileManager.default.moveItem(at: temporary, to: final)
    }
}

struct SMTPMailTransport: MailTransport {
    let client: SMTPClient

    func deliver(_ message: OutboxEnvelope) async throws {
        try await client.send(raw: message.raw, from: message.sender, to: message.recipients)
    }

    func deliver(batch: [OutboxEnvelope]) async -> [Result<Void, any Error>] {
        await client.send(batch: batch.map { ($0.raw, $0.sender, $0.recipients) })
    }
}
