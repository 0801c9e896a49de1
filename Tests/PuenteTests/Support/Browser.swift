// A tiny browser for tests: keeps cookies, reads the CSRF token from forms, posts forms.

import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

final class Browser {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private var csrfToken: String?

    init(_ app: Application) {
        self.app = app
    }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = headers
        addCookies(to: &headers)
        let response = try await app.testing().sendRequest(.GET, path, headers: headers)
        keepCookies(from: response)
        if let token = Self.csrfToken(in: response.body.string) { csrfToken = token }
        return response
    }

    /// Posts a form as a browser would, with the session's CSRF token unless told not to.
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = fields
        if withCSRF {
            if csrfToken == nil { try await get(SiteURL.contact.path) }
            fields.append(("_csrf", csrfToken ?? ""))
        }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        addCookies(to: &headers)
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
        keepCookies(from: response)
        // A real browser renders a new page (and its token) before the next form; so do we.
        csrfToken = nil
        return response
    }

    /// Uploads a file as a browser's multipart form would.
    @discardableResult
    func upload(_ path: String, field: String, fileName: String, data: Data, contentType: String = "text/csv",
                fields: [(String, String)] = []) async throws -> TestingHTTPResponse {
        if csrfToken == nil { try await get(SiteURL.contact.path) }
        let boundary = "puente-test-\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrfToken ?? "")\r\n".utf8))
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\nContent-Type: \(contentType)\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        addCookies(to: &headers)
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
        keepCookies(from: response)
        if let token = Self.csrfToken(in: response.body.string) { csrfToken = token }
        return response
    }

    @discardableResult
    /// Presses the warning button of a confirmation page: posts its form's hidden fields (with
    /// `confirmed=yes`) to its action, as the browser would.
    func confirm(_ page: TestingHTTPResponse) async throws -> TestingHTTPResponse {
        let (action, fields) = try Self.firstForm(in: page.body.string)
        return try await post(action, fields)
    }

    /// Presses a button of the page's first form, as a browser would: the form's hidden fields and
    /// filled-in or ticked ones, `answers` in place of any of the same name, and the pressed
    /// button's own name and value.
    @discardableResult
    func submit(_ page: TestingHTTPResponse, _ answers: [(String, String)], pressing button: (String, String)) async throws
        -> TestingHTTPResponse {
        let (action, hidden) = try Self.firstForm(in: page.body.string)
        let answered = Set(answers.map(\.0))
        return try await post(action, hidden.filter { !answered.contains($0.0) } + answers + [button])
    }

    /// The first posting form's action, and what it would send as it stands (without the CSRF
    /// token): hidden fields, text fields with their values, ticked boxes and radios.
    static func firstForm(in html: String) throws -> (action: String, hidden: [(String, String)]) {
        let form = try #require(html.range(of: #"<form method="post" action="[^"]+""#, options: .regularExpression))
        let action = html[form].split(separator: "\"")[3]
        let rest = html[form.upperBound...]
        let formHTML = String(rest[..<(rest.range(of: "</form>")?.lowerBound ?? rest.endIndex)])
        var fields: [(String, String)] = []
        let sent = try Regex(#"<input type="(?:hidden|text|email|tel|date)"(?: id="[^"]*")? name="([^"]+)" value="([^"]*)"|<input type="(?:checkbox|radio)" name="([^"]+)" value="([^"]*)" checked"#)
        for match in formHTML.matches(of: sent) {
            if let name = match.output[3].substring {
                fields.append((String(name), Self.unescape(String(match.output[4].substring ?? ""))))
                continue
            }
            let name = String(match.output[1].substring ?? "")
            guard name != "_csrf" else { continue }
            fields.append((name, Self.unescape(String(match.output[2].substring ?? ""))))
        }
        return (Self.unescape(String(action)), fields)
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    func signIn(_ email: String, _ password: String = "correct horse 1") async throws -> TestingHTTPResponse {
        try await post(SiteURL.login.path, [("email", email), ("password", password)])
    }

    private func addCookies(to headers: inout HTTPHeaders) {
        guard !cookies.isEmpty else { return }
        headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
    }

    private func keepCookies(from response: TestingHTTPResponse) {
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";").first?.split(separator: "=", maxSplits: 1) ?? []
            guard pair.count == 2 else { continue }
            let name = String(pair[0]).trimmingCharacters(in: .whitespaces)
            let value = String(pair[1])
            if value.isEmpty || header.contains("Max-Age=0") || header.contains("1970") {
                cookies[name] = nil
            } else {
                cookies[name] = value
            }
        }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}
