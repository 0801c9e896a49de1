// TXT lookups over UDP with NIO, against `PUENTE_DNS_SERVER` (host:port) or the first nameserver
// in /etc/resolv.conf. Used for DMARC policies of people who post to discussion lists.

import Foundation
import NIOCore
import NIOPosix
import PuenteCore

struct DNSResolver: Sendable {
    struct Timeout: Error {}

    let server: SocketAddress
    let group: any EventLoopGroup
    var timeout: Duration = .seconds(2)

    /// `host:port` (or a bare host, port 53); nil means the system's resolver.
    static func make(_ configured: String?, group: any EventLoopGroup) throws -> DNSResolver {
        var host = "127.0.0.1", port = 53
        if let configured {
            let pieces = configured.split(separator: ":")
            host = String(pieces[0])
            if pieces.count == 2, let chosen = Int(pieces[1]) { port = chosen }
        } else if let conf = try? String(contentsOfFile: "/etc/resolv.conf", encoding: .utf8),
                  let line = conf.split(separator: "\n").first(where: { $0.hasPrefix("nameserver") }),
                  let address = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first {
            host = String(address)
        }
        return DNSResolver(server: try SocketAddress(ipAddress: host, port: port), group: group)
    }

    func txt(_ name: String) async throws -> [String] {
        let id = UInt16.random(in: 0...UInt16.max)
        let query = try DNSMessage.txtQuery(id: id, name: name)
        let server = self.server
        let channel = try await DatagramBootstrap(group: group)
            .bind(host: server.protocol == .inet6 ? "::" : "0.0.0.0", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(wrappingChannelSynchronously: channel)
                }
            }
        let timeout = self.timeout
        return try await withThrowingTaskGroup(of: [String].self) { tasks in
            tasks.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(AddressedEnvelope(remoteAddress: server, data: ByteBuffer(bytes: query)))
                    for try await envelope in inbound {
                        // Anything that is not the answer to this question is ignored.
                        if let answers = try? DNSMessage.txtAnswers(Array(envelope.data.readableBytesView), id: id) { return answers }
                    }
                    return []
                }
            }
            tasks.addTask {
                try await Task.sleep(for: timeout)
                channel.channel.close(promise: nil)
                throw Timeout()
            }
            let answers = try await tasks.next()!
            tasks.cancelAll()
            return answers
        }
    }

    /// The DMARC policy of a sender's domain: the domain's own record, else its organizational
    /// domain's. Nil when neither publishes one.
    func dmarcPolicy(of domain: String) async throws -> DMARCPolicy? {
        for name in DMARCPolicy.lookupNames(for: domain) {
            for text in try await txt(name) {
                if let policy = DMARCPolicy(record: text) { return policy }
            }
        }
        return nil
    }
}
