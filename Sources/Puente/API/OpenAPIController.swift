// Serves the OpenAPI 3.1 document that describes every JSON route (checked by `OpenAPITests`).

import Foundation
import Vapor

struct OpenAPIController: RouteCollection {
    static let document: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { fatalError("openapi.json is missing from the bundle") }
        return data
    }()

    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.openAPI.pathComponents) { _ in
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: Self.document))
        }
    }
}
