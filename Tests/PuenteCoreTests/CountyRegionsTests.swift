// Counties in regions, for the forms that list them, and the languages offered first.

import PuenteCore
import Testing

@Suite struct CountyRegionsTests {
    @Test(arguments: ["CA", "MS"])
    func everyCountyIsInExactlyOneRegion(state: String) throws {
        let list = try #require(CountyList.forState(state))
        let placed = list.regions.flatMap(\.counties)
        #expect(placed.count == list.counties.count)
        #expect(Set(placed) == Set(list.counties.map(\.fips)))
        #expect(list.regions.allSatisfy { !$0.counties.isEmpty })
    }

    @Test func californiaUsesTheStatesOwnFiveRegions() throws {
        let regions = CountyList.california.regions
        #expect(regions.map(\.english) == ["Northern California", "Bay Area", "Greater Sacramento", "San Joaquin Valley",
                                           "Southern California"])
        func region(of name: String) -> String? {
            let fips = CountyList.california.find(name)!.fips
            return regions.first { $0.counties.contains(fips) }?.name(in: .es)
        }
        #expect(region(of: "Los Angeles") == "Sur de California")
        #expect(region(of: "Humboldt") == "Norte de California")
        #expect(region(of: "Fresno") == "Valle de San Joaquín")
    }

    @Test func aStateWithoutATableIsSplitNorthToSouthByItsMap() throws {
        let list = CountyList.mississippi
        let regions = list.regions
        #expect(regions.map(\.english) == ["Northern Mississippi", "Central Mississippi", "Southern Mississippi"])
        func region(of name: String) -> Int? { regions.firstIndex { $0.counties.contains(list.find(name)!.fips) } }
        #expect(region(of: "DeSoto") == 0 && region(of: "Tishomingo") == 0)
        #expect(region(of: "Hinds") == 1 && region(of: "Lauderdale") == 1)
        #expect(region(of: "Harrison") == 2 && region(of: "Hancock") == 2)
    }

    @Test func aCountysMiddleIsReadFromItsOutline() throws {
        let shapes = CountyShapes(state: "XX", width: 100, height: 100, paths: ["1": "M10 20l5 0 0 30-5 0z", "2": "M0 0l1 1zM0 90l0 10z"])
        #expect(shapes.middle(of: "1") == 35)
        #expect(shapes.middle(of: "2") == 50)
        #expect(shapes.middle(of: "3") == nil)
    }

    @Test func theLanguagesOfferedFirstAreOnTheList() {
        #expect(SpokenLanguages.common.allSatisfy { SpokenLanguages.named($0) != nil })
        #expect(Array(SpokenLanguages.common.prefix(2)) == ["en", "es"])
    }
}
