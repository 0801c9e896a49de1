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
        let cache = req.application.directoryPageCache
        let key = DirectoryPageCache.Key(filter: filter, ignored: errors.fields, language: req.language)
        if let page = cache.page(for: key) { return try await req.render { _ in page } }
        let generation = cache.generation
        let model = try await DirectoryPage.query(on: req.db, filter: filter, errors: errors, language: req.language, config: req.config,
                                                  mapCounts: req.application.directoryMapCounts)
        return try await req.render { ctx in
            let page = DirectoryPage.view(ctx, model)
            cache.store(page, for: key, generation: generation, csrfToken: ctx.csrfToken)
            return page
        }
    }
}

extension Application {
    private struct DirectoryMapCountsKey: StorageKey { typealias Value = DirectoryMapCounts }

    /// Created in `configure`, before any request can race to create it.
    var directoryMapCounts: DirectoryMapCounts {
        get { storage[DirectoryMapCountsKey.self]! }
        set { storage[DirectoryMapCountsKey.self] = newValue }
    }

    private struct DirectoryPageCacheKey: StorageKey { typealias Value = DirectoryPageCache }

    /// Created in `configure`, like the map's counts.
    var directoryPageCache: DirectoryPageCache {
        get { storage[DirectoryPageCacheKey.self]! }
        set { storage[DirectoryPageCacheKey.self] = newValue }
    }
}
