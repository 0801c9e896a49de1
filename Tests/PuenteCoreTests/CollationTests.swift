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

@Suite struct ReadingOrderTests {
    @Test func codesFollowTheirNamesInTheReadersLanguage() {
        #expect(SpokenLanguages.readingOrder.sorted(["es", "en", "ar"], in: .es) == ["ar", "es", "en"]) // árabe, español, inglés
        #expect(SpokenLanguages.readingOrder.sorted(["es", "en", "ar"], in: .en) == ["ar", "en", "es"]) // Arabic, English, Spanish
    }

    @Test func codesOutsideTheVocabularyComeLast() {
        let order = ReadingOrder(codes: ["b", "a"]) { code, _ in code == "a" ? "Zeta" : "Alfa" }
        #expect(order.sorted(["zz", "a", "b", "yy"], in: .en) == ["b", "a", "yy", "zz"])
    }

    @Test func countiesAndCommunitiesReadAlphabetically() {
        #expect(CountyList.california.readingOrder.sorted(["06115", "06001", "06037"], in: .es) == ["06001", "06037", "06115"])
        let list = CommunityList(all: [Community(code: "u", english: "Unhoused people", spanish: "Personas sin hogar"),
                                       Community(code: "i", english: "Immigrants", spanish: "Inmigrantes")])
        #expect(list.readingOrder.sorted(["u", "i"], in: .es) == ["i", "u"])
        #expect(list.readingOrder.sorted(["u", "i"], in: .en) == ["i", "u"])
    }
}
