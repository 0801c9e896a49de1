// open-loop BASE_URL RATE SECONDS PATH...
// Offers RATE requests a second to each PATH in turn (after a warm-up of a fifth of SECONDS,
// not counted) and prints one line per path: offered and achieved rate, p50/p90/p99/p99.9/max
// timed from each request's scheduled start, and how many answers were not 2xx or failed.

import AsyncHTTPClient
import Foundation
import Histogram
import NIOCore

struct Outcome: Sendable {
    let microseconds: UInt64
    let ok: Bool
}

@main
struct OpenLoop {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count >= 4, let rate = Double(arguments[arguments.startIndex + 1]), rate > 0,
              let seconds = Double(arguments[arguments.startIndex + 2]), seconds > 0 else {
            FileHandle.standardError.write(Data("usage: open-loop BASE_URL RATE SECONDS PATH...\n".utf8))
            exit(64)
        }
        let base = arguments[arguments.startIndex]
        var configuration = HTTPClient.Configuration()
        // Enough connections that the generator never becomes the queue: a request due while
        // all are busy waits in the pool, and that wait counts, as it would for a person.
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 256)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        for path in arguments.dropFirst(3) {
            _ = await offer(client, url: base + path, rate: rate, seconds: max(1, seconds / 5)) // warm-up
            let started = ContinuousClock.now
            let outcomes = await offer(client, url: base + path, rate: rate, seconds: seconds)
            let elapsed = ContinuousClock.now - started
            report(path, outcomes, rate: rate, elapsed: elapsed)
        }
        try await client.shutdown()
    }

    /// Sends `rate × seconds` requests, each at its own scheduled instant, without waiting for
    /// earlier answers; returns every request's time from its scheduled start to its whole answer.
    static func offer(_ client: HTTPClient, url: String, rate: Double, seconds: Double) async -> [Outcome] {
        let total = Int(rate * seconds)
        let interval = Duration.nanoseconds(Int64(1e9 / rate))
        let clock = ContinuousClock()
        let start = clock.now + .milliseconds(10)
        return await withTaskGroup(of: Outcome.self) { group in
            for index in 0..<total {
                let due = start + interval * index
                if clock.now < due { try? await clock.sleep(until: due, tolerance: .microseconds(50)) }
                group.addTask {
                    var ok = false
                    do {
                        let response = try await client.execute(HTTPClientRequest(url: url), timeout: .seconds(30))
                        _ = try await response.body.collect(upTo: 16 << 20)
                        ok = (200..<300).contains(response.status.code)
                    } catch {}
                    let waited = clock.now - due
                    let micros = waited.components.seconds * 1_000_000 + waited.components.attoseconds / 1_000_000_000_000
                    return Outcome(microseconds: UInt64(max(1, micros)), ok: ok)
                }
            }
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(total)
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
    }

    static func report(_ path: String, _ outcomes: [Outcome], rate: Double, elapsed: Duration) {
        var histogram = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
        for outcome in outcomes { _ = histogram.record(outcome.microseconds) }
        let ms = { (percentile: Double) in String(format: "%.1f", Double(histogram.valueAtPercentile(percentile)) / 1000) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let failed = outcomes.count(where: { !$0.ok })
        let line = [
            path.padding(toLength: 44, withPad: " ", startingAt: 0),
            String(format: "offered %.0f/s achieved %.0f/s", rate, Double(outcomes.count) / seconds),
            "p50 \(ms(50)) p90 \(ms(90)) p99 \(ms(99)) p99.9 \(ms(99.9)) max \(String(format: "%.1f", Double(histogram.max) / 1000)) ms",
            "not 2xx: \(failed)",
        ]
        print(line.joined(separator: "  "))
    }
}
