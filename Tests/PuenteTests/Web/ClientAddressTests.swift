// Which X-Forwarded-For entry is the client: only the ones our own proxies wrote are believed.

import Testing
@testable import Puente

@Suite struct ClientAddressTests {
    @Test func withoutTrustedProxiesTheHeaderIsIgnored() {
        #expect(ClientAddress.resolve(forwarded: ["203.0.113.9"], direct: "192.0.2.1", trustedProxies: 0) == "192.0.2.1")
    }

    @Test func eachTrustedProxyAccountsForOneEntryFromTheRight() {
        let spoofed = ["6.6.6.6", "203.0.113.9"] // the client wrote 6.6.6.6; our proxy appended 203.0.113.9
        #expect(ClientAddress.resolve(forwarded: spoofed, direct: "10.0.0.2", trustedProxies: 1) == "203.0.113.9")
        // Two proxies: the outer one appended the client, the inner one appended the outer.
        #expect(ClientAddress.resolve(forwarded: ["6.6.6.6", "203.0.113.9", "10.0.0.1"], direct: "10.0.0.2", trustedProxies: 2) == "203.0.113.9")
        // Fewer entries than proxies: the leftmost is as far as anyone can see.
        #expect(ClientAddress.resolve(forwarded: ["203.0.113.9"], direct: "10.0.0.2", trustedProxies: 3) == "203.0.113.9")
        #expect(ClientAddress.resolve(forwarded: [], direct: "10.0.0.2", trustedProxies: 1) == "10.0.0.2")
    }
}
