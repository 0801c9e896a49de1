// A path that exists, asked with a method it does not take, is 405 with `Allow`, not 404:
// HTTP says so (RFC 9110 §15.5.6), and API clients and fuzzers tell the two apart.

@preconcurrency import RoutingKit
import Vapor

struct MethodNotAllowedMiddleware: AsyncMiddleware {
    private let paths: TrieRouter<Set<String>>
    /// The trie cannot hold the empty path, so `/` keeps its methods here.
    private let rootMethods: Set<String>

    /// Reads the application's route table once, after every route is registered.
    init(routes: Routes) {
        // Keyed by the path as written (`/events/:eventID`), so one trie entry holds every method.
        var methodsByPath: [String: (path: [PathComponent], methods: Set<String>)] = [:]
        for route in routes.all {
            let path = route.path.filter { $0 != .constant("") } // as Vapor's own router reads them
            methodsByPath[path.string, default: (path, [])].methods.insert(route.method.rawValue)
        }
        let router = TrieRouter(Set<String>.self)
        var root = Set<String>()
        for (path, methods) in methodsByPath.values {
            var allowed = methods
            if allowed.contains("GET") { allowed.insert("HEAD") }
            if path.isEmpty { root = allowed } else { router.register(allowed, at: path) }
        }
        paths = router
        rootMethods = root
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as any AbortError where error.status == .notFound && request.route == nil {
            var parameters = Parameters()
            let components = request.url.path.split(separator: "/").map(String.init)
            let found = components.isEmpty ? rootMethods : paths.route(path: components, parameters: &parameters)
            guard let allowed = found, !allowed.isEmpty, !allowed.contains(request.method.rawValue) else { throw error }
            let list = allowed.sorted().joined(separator: ", ")
            throw Abort(.methodNotAllowed, headers: ["Allow": list], reason: "This address takes \(list).")
        }
    }
}
