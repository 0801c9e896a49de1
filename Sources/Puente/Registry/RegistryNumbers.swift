// Drawing many registry numbers at once, unique within the batch and against the registry.

import Fluent
import Foundation
import PuenteCore

enum RegistryNumbers {
    static func draw(_ count: Int, excluding taken: Set<String> = [], on db: any Database) async throws -> [String] {
        var drawn = Set<String>()
        var numbers: [String] = []
        numbers.reserveCapacity(count)
        while numbers.count < count {
            var batch: [String] = []
            while batch.count < min(count - numbers.count, 5000) {
                let number = ReadableCode.random(prefix: RegistryEntry.numberPrefix, groups: 2).value
                if !taken.contains(number), drawn.insert(number).inserted { batch.append(number) }
            }
            let existing = Set(try await RegistryEntry.query(on: db).filter(\.$registryNumber ~~ batch).all().map(\.registryNumber))
            numbers += batch.filter { !existing.contains($0) }
        }
        return numbers
    }
}
