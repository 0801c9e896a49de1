// Errors that mean "the database cannot take this now", not "this request is wrong": another
// writer held the lock past the busy timeout, the pool had no connection in time, the disk is
// full or read-only, PostgreSQL is restarting or cannot be reached. They answer 503 with
// Retry-After instead of 500; the pool opens new connections once the server is back.

import AsyncKit
import Foundation
import FluentPostgresDriver // PostgresNIO's errors
import SQLiteNIO

enum DatabaseUnavailable {
    /// Seconds a client should wait before trying again.
    static let retryAfterSeconds = 5

    static func matches(_ error: any Error) -> Bool {
        if error is ConnectionPoolTimeoutError || error is DeadlineExceeded { return true }
        if let error = error as? PSQLError {
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
                return true
            case .server:
                // 08: connection exceptions; 57P: shutting down, starting up, crashed; 53300: too many connections.
                let state = error.serverInfo?[.sqlState] ?? ""
                return state.hasPrefix("08") || state.hasPrefix("57P") || state == "53300"
            default:
                return false
            }
        }
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
