// When a failed delivery is tried again: exponential backoff with a ceiling, then give up.

import Foundation

public struct RetrySchedule: Sendable, Equatable {
    public var base: TimeInterval
    public var ceiling: TimeInterval
    public var maximumAttempts: Int

    public init(base: TimeInterval = 30, ceiling: TimeInterval = 6 * 3600, maximumAttempts: Int = 10) {
        self.base = base
        self.ceiling = ceiling
        self.maximumAttempts = maximumAttempts
    }

    /// The wait after the `attempt`-th failure (1-based), or nil when it is time to give up.
    public func delay(afterAttempt attempt: Int) -> TimeInterval? {
        guard attempt < maximumAttempts else { return nil }
        let exponent = min(attempt - 1, 30)
        return min(base * pow(2, Double(exponent)), ceiling)
    }
}
