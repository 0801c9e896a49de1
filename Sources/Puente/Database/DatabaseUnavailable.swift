// Errors that mean "the database cannot take this now", not "this request is wrong": another
// writer held the lock past the busy timeout, the pool had no connection in time, the disk is
// full or read-only. They answer 503 with Retry-After instead of 500.

import AsyncKit
import Foundation
import SQLiteNIO

enum DatabaseUnavailable {
    /// Seconds a client should wait before trying again.
    static let retryAfterSeconds = 5

    static func matches(_ error: any Error) -> Bool {
        if error is ConnectionPoolTimeoutError { return true }
        if let error = error as? SQLiteError {
            switch error.reason {
            case .busy, .locked, .busyInRecovery, .busyInSnapshot, .busyTimeout, .lockedBySharedCache, .lockedVirtualTable,
                 .full, .readOnly, .readonlyInRecovery, .readonlyCantLock, .readonlyInRollback, .readonlyDirectory:
                return true
            default:
                return false
            }
        }
        return false
    }
}
