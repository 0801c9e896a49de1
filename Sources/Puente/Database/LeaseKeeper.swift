// A claim on a row (mail a worker is delivering, an Idempotency-Key a request is answering) is
// short so that one a crashed process left is taken over soon; work that runs long (a slow relay,
// a big batch, a slow request) keeps its claim by renewing it meanwhile.

import Foundation

enum LeaseKeeper {
    /// Runs `body`, calling `renew` every `interval` seconds until it returns.
    static func whileRunning<T>(renewEvery interval: TimeInterval, renew: @escaping @Sendable () async throws -> Void,
                                _ body: () async throws -> T) async throws -> T {
        let keeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
                if Task.isCancelled { break }
                try? await renew()
            }
        }
        defer { keeper.cancel() }
        return try await body()
    }
}
