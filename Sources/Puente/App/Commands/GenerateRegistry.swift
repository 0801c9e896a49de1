// `puente generate-registry --count N`: a synthetic registry for benchmarks, written with the
// bulk writer in transactions of 10,000. Names and choices come from a fixed seed.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct GenerateRegistryCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "count", help: "How many entries (default 10000)") var count: Int?
        @Option(name: "seed", help: "Random seed (default 7)") var seed: Int?
        init() {}
    }

    var help: String { "Adds N synthetic registry entries for benchmarks (not for real programs)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let count = max(signature.count ?? 10_000, 0)
        let started = Date()
        var random = SeededGenerator(seed: UInt64(signature.seed ?? 7))
        var written = 0
        while written < count {
            let size = min(10_000, count - written)
            let numbers = try await RegistryNumbers.draw(size, on: app.db)
            let entries = numbers.map { number in
                BulkEntry(number: number, input: SyntheticRegistry.input(counties: app.config.counties, &random), status: .active)
            }
            try await app.db.transaction { tx in try await RegistryBulkWriter.insert(entries, actorEmail: nil, on: tx) }
            written += size
            context.console.print("\(written) / \(count)")
        }
        context.console.print("Generated \(count) entries in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
    }
}

enum SyntheticRegistry {
    static func input(counties: CountyList, _ random: inout SeededGenerator) -> RegistryEntryInput {
        var input = RegistryEntryInput()
        input.givenName = RegistryDemo.givenNames.randomElement(using: &random)!
        input.familyName = RegistryDemo.familyNames.randomElement(using: &random)!
        input.workerType = [WorkerType.chw, .promotora, .chr].randomElement(using: &random)!.rawValue
        input.languages = Int.random(in: 0..<100, using: &random) < 60
            ? ["en", "es"] : ["en", SpokenLanguages.all.randomElement(using: &random)!.code]
        input.languages = Array(Set(input.languages))
        input.counties = [counties.counties.randomElement(using: &random)!.fips]
        input.listed = Int.random(in: 0..<100, using: &random) < 85
        input.showWorkerType = input.listed
        input.showLanguages = input.listed
        input.showCounties = input.listed
        return input
    }
}
