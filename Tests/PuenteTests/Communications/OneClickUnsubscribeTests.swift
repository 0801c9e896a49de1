// RFC 8058: the URL in List-Unsubscribe acts on a POST carrying `List-Unsubscribe=One-Click`,
// with no cookie and no CSRF token, urlencoded or multipart; anything else changes nothing.

import Fluent
import Foundation
import PuenteCore
import NIOCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct OneClickUnsubscribeTests {
    /// A confirmed subscriber and the path of their personal unsubscribe URL.
    func subscriber(_ app: Application, _ email: String = "ana@example.org") async throws -> String {
        let staff = try await app.makeList("news")
        _ = try await app.api(.POST, "/api/v1/lists/news/subscriptions", token: staff,
                              json: #"{"email":"\#(email)","confirmed":true,"consentNote":"asked in person"}"#)
        let subscription = try #require(try await app.subscription(email, on: "news"))
        return SiteURL.listUnsubscribe(.value(app.listSigning.unsubscribeToken(subscription))).path
    }

    func post(_ app: Application, _ path: String, body: String, contentType: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func aUrlencodedOneClickPostWithNoSessionUnsubscribesAtOnce() async throws {
        try await withPuente { app in
            let path = try await subscriber(app)
            let response = try await post(app, path, body: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded")
            #expect(response.status == .ok)
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .unsubscribed)
            #expect(try await app.consentActions("ana@example.org") == ["staff_add", "unsubscribe"])
            // Saying it again is not an error and records nothing more.
            #expect(try await post(app, path, body: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded").status == .ok)
            #expect(try await app.consentActions("ana@example.org").count == 2)
        }
    }

    @Test func aMultipartOneClickPostWorksToo() async throws {
        try await withPuente { app in
            let path = try await subscriber(app)
            let body = "--b0undary\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b0undary--\r\n"
            let response = try await post(app, path, body: body, contentType: "multipart/form-data; boundary=b0undary")
            #expect(response.status.code < 300)
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .unsubscribed)
        }
    }

    @Test func withoutTheFieldItIs400AndNothingChanges() async throws {
        try await withPuente { app in
            let path = try await subscriber(app)
            for (body, type) in [("", "application/x-www-form-urlencoded"), ("List-Unsubscribe=Yes", "application/x-www-form-urlencoded"),
                                 ("unsubscribe=One-Click", "application/x-www-form-urlencoded"), (#"{"List-Unsubscribe":"One-Click"}"#, "application/json")] {
                let response = try await post(app, path, body: body, contentType: type)
                #expect(response.status == .badRequest, "\(body)")
            }
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .confirmed)
            #expect(try await app.consentActions("ana@example.org") == ["staff_add"])
        }
    }

    @Test func aForgedOrAlteredTokenFindsNothing() async throws {
        try await withPuente { app in
            let path = try await subscriber(app)
            let other = try #require(try await app.subscription("ana@example.org", on: "news"))
            let token = String(path.split(separator: "/").last!)
            let parts = token.split(separator: ".")
            // The right id with another MAC, a made-up id, garbage.
            for forged in ["\(parts[0]).AAAAAAAAAAAAAAAAAAAAAA", "\(ListSigning.hex(UUID())).\(parts[1])", "nonsense", String(repeating: "a", count: 500)] {
                let response = try await post(app, "/lists/unsubscribe/\(forged)", body: "List-Unsubscribe=One-Click",
                                              contentType: "application/x-www-form-urlencoded")
                #expect(response.status == .notFound, "\(forged)")
            }
            #expect(try await app.subscription(other.email, on: "news")?.status == .confirmed)
        }
    }

    @Test func theGetPageHasAButtonThatPostsExactlyTheOneClickField() async throws {
        try await withPuente { app in
            let path = try await subscriber(app)
            let page = try await app.testing().sendRequest(.GET, path)
            #expect(page.status == .ok)
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .confirmed, "a GET changes nothing")
            let html = page.body.string
            let form = try #require(html.range(of: "<form method=\"post\" action=\"\(path)\">").map { html[$0.lowerBound...] })
            let formHTML = String(form[..<form.range(of: "</form>")!.upperBound])
            #expect(formHTML.contains(#"<input type="hidden" name="List-Unsubscribe" value="One-Click">"#))
            #expect(!formHTML.contains("_csrf"))
            #expect(formHTML.components(separatedBy: "name=").count == 2, "one field only: \(formHTML)")
        }
    }

    @Test func theConfirmationEmailsOwnHeaderDeclinesAPendingSubscription() async throws {
        try await withPuente { app in
            try await app.makeList("news")
            _ = try await app.api(.POST, "/api/v1/lists/news/subscriptions", json: #"{"email":"ana@example.org"}"#)
            let mail = try #require(try await app.mail(to: "ana@example.org").first)
            let url = try #require(mail.headers["list-unsubscribe"]).trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
            let response = try await post(app, String(url.dropFirst(app.config.baseURL.count)), body: "List-Unsubscribe=One-Click",
                                          contentType: "application/x-www-form-urlencoded")
            #expect(response.status == .ok)
            #expect(try await app.subscription("ana@example.org", on: "news")?.status == .unsubscribed)
        }
    }
}
