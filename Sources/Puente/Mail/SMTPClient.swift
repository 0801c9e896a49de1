// A small SMTP client (RFC 5321) on SwiftNIO: EHLO, STARTTLS or implicit TLS, AUTH PLAIN/LOGIN,
// MAIL/RCPT/DATA with dot-stuffing. One connection per message keeps failures independent.

import Foundation
import NIOCore
import NIOPosix
import NIOSSL

struct SMTPReply: Sendable, Equatable {
    let code: Int
    let lines: [String]
    var text: String { lines.joined(separator: " ") }
}

enum SMTPError: Error, CustomStringConvertible {
    case malformedReply(String)
    case connectionClosed
    case rejected(command: String, reply: SMTPReply)
    case authenticationUnsupported

    /// Permanent failures (5xx) are not worth retrying soon; the worker still records them.
    var isPermanent: Bool {
        if case .rejected(_, let reply) = self { return reply.code >= 500 }
        return false
    }

    /// The server answered "no" to one command: the connection itself is still good.
    var isReply: Bool {
        if case .rejected = self { return true }
        return false
    }

    var description: String {
        switch self {
        case .malformedReply(let line): "malformed SMTP reply: \(line)"
        case .connectionClosed: "SMTP server closed the connection"
        case .rejected(let command, let reply): "SMTP \(command) rejected: \(reply.code) \(reply.text)"
        case .authenticationUnsupported: "SMTP server offers neither AUTH PLAIN nor AUTH LOGIN"
        }
    }
}

/// Gathers the lines of one reply (`250-…` continues, `250 …` ends) into an `SMTPReply`.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply
    private var lines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        let length = newline - buffer.readerIndex + 1
        var line = buffer.readString(length: length) ?? ""
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        guard line.count >= 3, let code = Int(line.prefix(3)) else { throw SMTPError.malformedReply(line) }
        let separator = line.dropFirst(3).first
        lines.append(String(line.dropFirst(4)))
        if separator == "-" { return .continue }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: lines)))
        lines = []
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue, buffer.readableBytes > 0 {}
        return .needMoreData
    }
}

struct SMTPClient: Sendable {
    let settings: SMTPSettings
    let group: any EventLoopGroup
    var timeout: TimeAmount = .seconds(30)

    func send(raw: String, from sender: String, to recipients: [String]) async throws {
        let results = try await session(messages: [(raw, sender, recipients)])
        if case .failure(let error) = results[0] { throw error }
    }

    /// Several messages over one session (one connection, one greeting, one login). A message the
    /// server refuses fails alone (the session is reset and goes on); a broken connection fails the
    /// messages not yet sent. One result per message, in order.
    func send(batch: [(raw: String, sender: String, recipients: [String])]) async -> [Result<Void, any Error>] {
        guard !batch.isEmpty else { return [] }
        do {
            return try await session(messages: batch)
        } catch {
            return batch.map { _ in .failure(error) }
        }
    }

    private func session(messages: [(raw: String, sender: String, recipients: [String])]) async throws -> [Result<Void, any Error>] {
        let settings = self.settings
        // Loading the trust store costs more than sending a message: only when TLS is spoken.
        let tls: NIOSSLContext? = try settings.security == .none ? nil : {
            var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
            if let caFile = settings.caFile { tlsConfiguration.trustRoots = .file(caFile) }
            return try NIOSSLContext(configuration: tlsConfiguration)
        }()
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if settings.security == .tls, let tls {
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: tls, serverHostname: settings.host))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }

        // The timeout covers each message, not the whole batch.
        let deadline = timeout.nanoseconds * Int64(max(1, messages.count))
        return try await withThrowingTaskGroup(of: [Result<Void, any Error>]?.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var session = Session(replies: inbound.makeAsyncIterator(), outbound: outbound)
                    try await session.expect("greeting", 220)
                    var capabilities = try await session.command("EHLO \(settings.heloName)", expect: 250).lines
                    if settings.security == .starttls, let tls {
                        try await session.command("STARTTLS", expect: 220)
                        // Built and added on the channel's event loop: the TLS handler is not Sendable.
                        try await channel.channel.eventLoop.submit {
                            try channel.channel.pipeline.syncOperations.addHandler(
                                try NIOSSLClientHandler(context: tls, serverHostname: settings.host), position: .first)
                        }.get()
                        capabilities = try await session.command("EHLO \(settings.heloName)", expect: 250).lines
                    }
                    if let username = settings.username, let password = settings.password {
                        try await session.authenticate(username: username, password: password, capabilities: capabilities)
                    }
                    var results: [Result<Void, any Error>] = []
                    for (index, message) in messages.enumerated() {
                        do {
                            try await session.command("MAIL FROM:<\(message.sender)>", expect: 250)
                            for recipient in message.recipients {
                                try await session.command("RCPT TO:<\(recipient)>", expect: 250, 251)
                            }
                            try await session.command("DATA", expect: 354)
                            try await session.write(Self.dotStuffed(message.raw) + "\r\n.\r\n")
                            try await session.expect("end of data", 250)
                            results.append(.success(()))
                        } catch let error as SMTPError where error.isReply {
                            // Refused, not broken: this message fails and the session goes on.
                            results.append(.failure(error))
                            if index < messages.count - 1 {
                                do { try await session.command("RSET", expect: 250) } catch {
                                    results += messages.dropFirst(index + 1).map { _ in .failure(error) }
                                    break
                                }
                            }
                        } catch {
                            // The connection broke: what was sent stays sent, the rest fails.
                            results += messages.dropFirst(index).map { _ in .failure(error) }
                            break
                        }
                    }
                    try? await session.write("QUIT\r\n")
                    return results
                }
            }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(deadline))
                channel.channel.close(promise: nil)
                throw SMTPError.connectionClosed
            }
            let results = try await group.next()!!
            group.cancelAll()
            return results
        }
    }

    /// Normalizes line endings to CRLF and doubles a leading dot on any line (RFC 5321 §4.5.2).
    /// CRLF line endings, and a leading dot doubled (RFC 5321 §4.5.2). On the UTF-8 bytes: a
    /// newsletter copy is ~16 KB, and splitting it as `Character`s took most of the worker's time.
    static func dotStuffed(_ raw: String) -> String {
        let bytes = Array(raw.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 32 + 16)
        var index = 0
        var lineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if lineStart, byte == UInt8(ascii: ".") { out.append(byte) }
            lineStart = false
            if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                out.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
                index += 2
                lineStart = true
            } else if byte == UInt8(ascii: "\n") {
                out.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
                index += 1
                lineStart = true
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private struct Session {
        var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

        mutating func expect(_ what: String, _ codes: Int...) async throws {
            _ = try await expect(what, codes)
        }

        mutating func expect(_ what: String, _ codes: [Int]) async throws -> SMTPReply {
            guard let reply = try await replies.next() else { throw SMTPError.connectionClosed }
            guard codes.contains(reply.code) else { throw SMTPError.rejected(command: what, reply: reply) }
            return reply
        }

        func write(_ text: String) async throws {
            try await outbound.write(ByteBuffer(string: text))
        }

        @discardableResult
        mutating func command(_ line: String, named name: String? = nil, expect codes: Int...) async throws -> SMTPReply {
            try await write(line + "\r\n")
            // Name the verb in errors, never the credentials that follow it.
            let verb = name ?? (line.hasPrefix("AUTH") ? "AUTH" : String(line.prefix(while: { $0 != " " && $0 != ":" })))
            return try await expect(verb, codes)
        }

        mutating func authenticate(username: String, password: String, capabilities: [String]) async throws {
            let mechanisms = capabilities.first { $0.uppercased().hasPrefix("AUTH") }?.uppercased().split(separator: " ") ?? []
            if mechanisms.contains("PLAIN") {
                let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
                try await command("AUTH PLAIN \(token)", expect: 235)
            } else if mechanisms.contains("LOGIN") {
                try await command("AUTH LOGIN", expect: 334)
                try await command(Data(username.utf8).base64EncodedString(), named: "AUTH", expect: 334)
                try await command(Data(password.utf8).base64EncodedString(), named: "AUTH", expect: 235)
            } else {
                throw SMTPError.authenticationUnsupported
            }
        }
    }
}
