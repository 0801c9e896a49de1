// A lock per key within one process.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

/// An async mutex per key: waiters are served in arrival order, and nothing blocks a thread.
actor KeyedLock {
    private var held: Set<UUID> = []
    private var waiting: [UUID: [CheckedContinuation<Void, Never>]] = [:]

    func withLock<T: Sendable>(_ key: UUID, _ body: @Sendable () async throws -> T) async throws -> T {
        await acquire(key)
        do {
            let value = try await body()
            release(key)
            return value
        } catch {
            release(key)
            throw error
        }
    }

    private func acquire(_ key: UUID) async {
        guard held.contains(key) else { held.insert(key); return }
        await withCheckedContinuation { waiting[key, default: []].append($0) }
    }

    private func release(_ key: UUID) {
        // Hand the lock straight to the next waiter, so nobody can slip in between.
        if var queue = waiting[key], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[key] = queue.isEmpty ? nil : queue
            next.resume()
        } else {
            held.remove(key)
        }
    }
}
