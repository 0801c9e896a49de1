// JSON API calls for tests, shared: one way to send a body with a token and read the answer.

import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

extension Application {
    /// Sends `json` (a JSON text) with `Content-Type: application/json` when given.
    @discardableResult
    func api(_ method: HTTPMethod, _ path: String, token: String? = nil, json: String? = nil,
             headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        if let token { headers.bearerAuthorization = .init(token: token) }
        if json != nil { headers.contentType = .json }
        return try await testing().sendRequest(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

extension TestingHTTPResponse {
    var object: [String: Any] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]) }
    }

    var array: [[String: Any]] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [[String: Any]]) }
    }

    var isProblem: Bool { headers.first(name: .contentType) == "application/problem+json" }
}
