// `GET /directory`: the public, consent-scoped CHW directory.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct DirectoryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.directory.pathComponents, use: index)
    }

    func index(req: Request) async throws -> Response {
        let (filter, errors) = DirectoryFilter.parse(req)
        let model = try await DirectoryPage.query(on: req.db, filter: filter, errors: errors, language: req.language, config: req.config,
                                                  mapCounts: req.application.directoryMapCounts)
        return try await req.render { DirectoryPage.view($0, model) }
    }
}

extension Application {
    private struct DirectoryMapCountsKey: StorageKey { typealias Value = DirectoryMapCounts }

    /// Created in `configure`, before any request can race to create it.
    var directoryMapCounts: DirectoryMapCounts {
        get { storage[DirectoryMapCountsKey.self]! }
        set { storage[DirectoryMapCountsKey.self] = newValue }
    }
}
