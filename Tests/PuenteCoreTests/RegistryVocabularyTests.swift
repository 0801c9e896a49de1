import Testing
@testable import PuenteCore

@Suite struct RegistryVocabularyTests {
    @Test func californiaHas58CountiesWithAlphabeticalOddFIPSCodes() {
        let list = CountyList.california
        #expect(list.counties.count == 58)
        #expect(Set(list.counties.map(\.fips)).count == 58)
        #expect(list.county(fips: "06001")?.name == "Alameda")
        #expect(list.county(fips: "06037")?.name == "Los Angeles")
        #expect(list.county(fips: "06073")?.name == "San Diego")
        #expect(list.county(fips: "06115")?.name == "Yuba")
    }

    @Test func mississippiHas82Counties() {
        let list = CountyList.mississippi
        #expect(list.counties.count == 82)
        #expect(list.county(fips: "28049")?.name == "Hinds")
        #expect(list.county(fips: "28047")?.name == "Harrison")
        #expect(list.county(fips: "28163")?.name == "Yazoo")
        #expect(list.find("hinds county")?.fips == "28049")
        #expect(list.find("Atlantis") == nil)
    }

    @Test func languagesAreUniqueAndNamedInBothLanguages() {
        #expect(Set(SpokenLanguages.all.map(\.code)).count == SpokenLanguages.all.count)
        #expect(SpokenLanguages.named("ES")?.name(in: .es) == "español")
        #expect(SpokenLanguages.named("mix")?.name(in: .en) == "Mixtec")
        #expect(SpokenLanguages.named("xx") == nil)
        #expect(SpokenLanguages.all.allSatisfy { !$0.english.isEmpty && !$0.spanish.isEmpty })
    }

    @Test func workerTypesAreNamedInBothLanguages() {
        for type in WorkerType.allCases {
            #expect(type.name(in: .en) != type.name(in: .es) || type == .promotora)
        }
    }
}
