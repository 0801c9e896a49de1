// JSON API calls for tests, shared: one way to send a request with a token and read the answer.
// Typed first: an address from APIURL, a body the API's own request type encodes, and an answer
// decoded into the API's own response type, so a test reads like the client it stands for.

import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

extension Application {
    /// Sends `json` (a JSON text) with `Content-Type: application/json` when given. For bodies
    /// no request type can express: malformed JSON, unknown members, wrong types.
    @discardableResult
    func api(_ method: HTTPMethod, _ path: String, token: String? = nil, json: String? = nil,
             headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        if let token { headers.bearerAuthorization = .init(token: token) }
        if json != nil { headers.contentType = .json }
        return try await testing().sendRequest(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// A request with no body.
    @discardableResult
    func api(_ method: HTTPMethod, _ url: APIURL, query: [String: String] = [:], token: String? = nil) async throws -> TestingHTTPResponse {
        try await api(method, url.path(query: query), token: token)
    }

    /// A request whose body is `body` encoded as the API encodes JSON.
    @discardableResult
    func api(_ method: HTTPMethod, _ url: APIURL, token: String? = nil, body: some Encodable) async throws -> TestingHTTPResponse {
        let json = String(decoding: try JSONEncoder.api.encode(body), as: UTF8.self)
        return try await api(method, url.path, token: token, json: json)
    }
}

/// A JSON body of `{}`, for POSTs that take none.
struct EmptyBody: Codable {}

extension TestingHTTPResponse {
    /// The body decoded into one of the API's own types, as a client would read it.
    func decoded<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder.api.decode(T.self, from: Data(body.readableBytesView))
    }

    var object: [String: Any] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]) }
    }

    var array: [[String: Any]] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [[String: Any]]) }
    }

    var isProblem: Bool { headers.first(name: .contentType) == "application/problem+json" }
}

extension JSONDecoder {
    /// Dates as the API writes them (ISO 8601).
    static var api: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
