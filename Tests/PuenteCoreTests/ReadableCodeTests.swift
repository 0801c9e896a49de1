import Testing
@testable import PuenteCore

@Suite struct ReadableCodeTests {
    @Test func randomCodesHaveTheShapeAndDoNotRepeat() {
        let codes = (0..<1000).map { _ in ReadableCode.random(prefix: "CHW", groups: 2).value }
        #expect(Set(codes).count == 1000)
        #expect(codes.allSatisfy { $0.count == "CHW-XXXX-XXXX".count && $0.hasPrefix("CHW-") })
        #expect(codes.allSatisfy { !$0.dropFirst(4).contains(where: { "ILOU".contains($0) }) })
    }

    @Test func typedCodesAreNormalized() {
        #expect(ReadableCode(typed: " chw 7k3m 9qxo ", prefix: "CHW", groups: 2)?.value == "CHW-7K3M-9QX0")
        #expect(ReadableCode(typed: "CHW-7K3M-9QXL", prefix: "CHW", groups: 2)?.value == "CHW-7K3M-9QX1")
        #expect(ReadableCode(typed: "CHW-7K3M", prefix: "CHW", groups: 2) == nil)
        #expect(ReadableCode(typed: "CERT-7K3M-9QXD", prefix: "CHW", groups: 2) == nil)
        #expect(ReadableCode(typed: "CHW-7K3M-9QU!", prefix: "CHW", groups: 2) == nil)
    }
}
