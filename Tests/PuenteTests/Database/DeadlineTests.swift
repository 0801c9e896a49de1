// A bound on work that may never answer: the caller gets an error in time and is free to go on.

import Foundation
import Testing
@testable import Puente

@Suite struct DeadlineTests {
    @Test func workThatNeverAnswersFailsAtTheDeadlineAsTheDatabaseBeingUnavailable() async throws {
        let started = Date()
        await #expect(throws: DeadlineExceeded.self) {
            try await Deadline.run(seconds: 0.2) { () async throws -> Int in
                try await withCheckedThrowingContinuation { (_: CheckedContinuation<Int, any Error>) in } // never resumed
            }
        }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(DatabaseUnavailable.matches(DeadlineExceeded(seconds: 1)))
    }

    @Test func workInTimeGivesItsValueOrItsError() async throws {
        #expect(try await Deadline.run(seconds: 5) { 42 } == 42)
        struct Refused: Error {}
        await #expect(throws: Refused.self) { try await Deadline.run(seconds: 5) { () async throws -> Int in throw Refused() } }
    }
}
