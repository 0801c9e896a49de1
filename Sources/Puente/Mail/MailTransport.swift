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

    /// A batch is split over `SMTP_SESSIONS` connections at once: while the server takes one
    /// message, another connection's is on its way, so neither side sits waiting for the other.
    func deliver(batch: [OutboxEnvelope]) async -> [Result<Void, any Error>] {
        let messages = batch.map { (raw: $0.raw, sender: $0.sender, recipients: $0.recipients) }
        let sessions = max(1, min(client.settings.sessions, messages.count / 10))
        guard sessions > 1 else { return await client.send(batch: messages) }
        let size = (messages.count + sessions - 1) / sessions
        let parts = stride(from: 0, to: messages.count, by: size).map { Array(messages[$0..<min($0 + size, messages.count)]) }
        return await withTaskGroup(of: (Int, [Result<Void, any Error>]).self) { group in
            for (index, part) in parts.enumerated() {
                group.addTask { (index, await client.send(batch: part)) }
            }
            var results = [[Result<Void, any Error>]](repeating: [], count: parts.count)
            for await (index, part) in group { results[index] = part }
            return results.flatMap { $0 }
        }
    }
}
