// Refuses request bodies over PUENTE_MAX_BODY before anything reads them, whether they
// arrive streamed or already collected, with or without a Content-Length.

import Vapor

struct BodySizeLimitMiddleware: AsyncMiddleware {
    let limit: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Abort(.payloadTooLarge)
        }
        if let collected = request.body.data, collected.readableBytes > limit {
            throw Abort(.payloadTooLarge)
        }
        return try await next.respond(to: request)
    }
}
