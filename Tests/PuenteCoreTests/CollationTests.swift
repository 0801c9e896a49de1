import Testing
@testable import PuenteCore

@Suite struct CollationTests {
    @Test func accentsAndCaseDoNotMoveAWord() {
        #expect(["zapoteco", "árabe", "armenio", "inglés"].sortedByCollation() == ["árabe", "armenio", "inglés", "zapoteco"])
        #expect(["Zamora", "Álvarez", "beltrán", "Ávila"].sortedByCollation() == ["Álvarez", "Ávila", "beltrán", "Zamora"])
    }

    @Test func wordsThatFoldAlikeKeepOneOrder() {
        #expect(["Peña", "Pena", "PENA"].sortedByCollation() == ["PENA", "Pena", "Peña"])
        #expect(["Pena", "Peña", "PENA"].sortedByCollation() == ["PENA", "Pena", "Peña"])
    }

    @Test func elementsSortByTheTextTheyName() {
        let people = [(id: 1, name: "Úrsula Ortiz"), (id: 2, name: "Tomás Reyes"), (id: 3, name: "Ana Soto")]
        #expect(people.sorted(byCollating: \.name).map(\.id) == [3, 2, 1])
    }
}
