// A bound on work that holds something other requests wait for. Under a PostgreSQL restart a
// query on a connection the server was terminating was seen never to complete (PostgresNIO 1.33):
// the registration batch waiting on it held its event's lock, and every later registration for
// that event in the process hung for good. Past the deadline the caller gets an error (a 503) and
// lets go; the stuck work is left to finish, or not, on its own. Work that was only slow may still
// commit after its caller heard 503: a retry then finds it done (a registration says "already
// registered"), never done twice.

import Foundation

struct DeadlineExceeded: Error, CustomStringConvertible {
    let seconds: Double
    var description: String { "the database did not answer within \(Int(seconds)) s" }
}

enum Deadline {
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let box = OnceBox<T>()
        return try await withCheckedThrowingContinuation { continuation in
            box.set(continuation)
            let timer = Task {
                try await Task.sleep(for: .milliseconds(Int(seconds * 1000))) // cancelled: throws, and finishes nothing
                box.finish(.failure(DeadlineExceeded(seconds: seconds)))
            }
            Task {
                let result: Result<T, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                timer.cancel()
                box.finish(result)
            }
        }
    }
}

/// Resumes its continuation once: with whichever of the work and the timer finishes first.
private final class OnceBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    func set(_ continuation: CheckedContinuation<T, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    func finish(_ result: Result<T, any Error>) {
        let waiting = lock.withLock { () -> CheckedContinuation<T, any Error>? in
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
