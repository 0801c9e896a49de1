// Every link Puente writes encodes its query the same way, and a value never changes what the
// URL means.

import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Puente

@Suite struct QueryStringTests {
    @Test func valuesThatWouldChangeTheURLAreEncoded() {
        let link = SiteURL.directory.path(query: ["q": "a&b=c+d #e?", "page": "2"])
        #expect(link == "/directory?page=2&q=a%26b%3Dc%2Bd%20%23e%3F")
    }

    @Test func emptyValuesAreLeftOutAndNoneLeavesNoQuestionMark() {
        #expect(SiteURL.staffRegistry.path(query: ["q": "", "status": ""]) == "/staff/registry")
        #expect(SiteURL.staffRegistry.path(query: ["q": "", "status": "active"]) == "/staff/registry?status=active")
    }

    @Test func accentsAreUTF8PercentEncoded() {
        #expect(QueryString.escape("Peña") == "Pe%C3%B1a")
    }

    @Test func aPathWithAQueryGetsAnAmpersand() {
        #expect(QueryString.append(["lang": "es"], to: "/events?kind=webinar") == "/events?kind=webinar&lang=es")
    }

    /// What a link writes, a request reads back unchanged (Vapor decodes the query).
    @Test func aSearchRoundTripsThroughTheServer() async throws {
        try await withPuente { app in
            let typed = "Ana+María & co"
            let url = URI(string: SiteURL.directory.path(query: ["q": typed]))
            let request = Request(application: app, method: .GET, url: url, on: app.eventLoopGroup.any())
            #expect(request.query["q"] == typed)
            // Why `+` is encoded: a raw one reads back as a space.
            let raw = Request(application: app, method: .GET, url: URI(string: "/directory?q=a+b"), on: app.eventLoopGroup.any())
            #expect(raw.query["q"] == "a b")
        }
    }
}
