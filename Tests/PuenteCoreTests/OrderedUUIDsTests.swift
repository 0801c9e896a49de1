import Foundation
import Testing
@testable import PuenteCore

@Suite struct OrderedUUIDsTests {
    @Test func idsIncreaseAsBytesAndAreVersion7() {
        var generator = OrderedUUIDs(now: Date(timeIntervalSince1970: 1_790_000_000))
        let ids = (0..<5000).map { _ in generator.next() }
        let bytes = ids.map { id in withUnsafeBytes(of: id.uuid) { Array($0) } }
        #expect(zip(bytes, bytes.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.uuidString.dropFirst(14).first == "7" })
        #expect(ids.allSatisfy { "89AB".contains($0.uuidString.dropFirst(19).first!) })
    }

    @Test func laterGeneratorsSortAfterEarlierOnes() {
        var earlier = OrderedUUIDs(now: Date(timeIntervalSince1970: 1_790_000_000))
        var later = OrderedUUIDs(now: Date(timeIntervalSince1970: 1_790_000_001))
        let first = withUnsafeBytes(of: earlier.next().uuid) { Array($0) }
        let second = withUnsafeBytes(of: later.next().uuid) { Array($0) }
        #expect(first.lexicographicallyPrecedes(second))
    }
}
