// Which address a request came from, for rate limits and the audit log. Each proxy appends the
// address it received the request from to `X-Forwarded-For`, so only the entries our own proxies
// wrote can be believed: counted from the right, one per trusted hop. Anything further left was
// written by the client, and trusting it (as this code once did, taking the first entry) let anyone
// reset every rate limit by sending a new made-up address each time.

import Vapor

enum ClientAddress {
    /// `forwarded`: the `X-Forwarded-For` entries in order; `direct`: the peer of the socket.
    static func resolve(forwarded: [String], direct: String, trustedProxies: Int) -> String {
        guard trustedProxies > 0, !forwarded.isEmpty else { return direct }
        // The chain of hops as the last proxy saw it: the socket's peer is the last one.
        let chain = forwarded + [direct]
        return chain[max(0, chain.count - 1 - trustedProxies)]
    }

    /// 127.0.0.0/8 and ::1 (also as an IPv4-mapped address).
    static func isLoopback(_ address: String) -> Bool {
        let plain = address.hasPrefix("::ffff:") ? String(address.dropFirst(7)) : address
        if plain == "::1" { return true }
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}

extension Request {
    /// The client's address: the socket's peer, or behind `PUENTE_TRUSTED_PROXIES` proxies the
    /// address the outermost one saw.
    var clientIP: String {
        let forwarded = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return ClientAddress.resolve(forwarded: forwarded, direct: remoteAddress?.ipAddress ?? "unknown",
                                     trustedProxies: config.trustedProxies)
    }
}
