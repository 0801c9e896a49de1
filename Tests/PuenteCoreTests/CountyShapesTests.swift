// The generated county outlines match the county lists they are drawn for.

import PuenteCore
import Testing

@Suite struct CountyShapesTests {
    @Test(arguments: ["CA", "MS"])
    func everyCountyOfTheStateHasExactlyOneOutline(state: String) throws {
        let shapes = try #require(CountyShapes.forState(state))
        let list = try #require(CountyList.forState(state))
        #expect(Set(shapes.paths.keys) == Set(list.counties.map(\.fips)))
        #expect(shapes.state == state)
    }

    @Test(arguments: ["CA", "MS"])
    func outlinesAreClosedRelativePathsInsideTheViewBox(state: String) throws {
        let shapes = try #require(CountyShapes.forState(state))
        for (fips, path) in shapes.paths {
            #expect(path.hasPrefix("M") && path.hasSuffix("z"), "\(fips)")
            // Every ring starts at an absolute point inside the box; the rest are relative steps.
            for ring in path.split(separator: "M") {
                let start = ring.prefix { $0 != "l" }.split(separator: " ").compactMap { Int($0) }
                #expect(start.count == 2 && (0...shapes.width).contains(start[0]) && (0...shapes.height).contains(start[1]),
                        "\(fips) starts at \(start)")
            }
        }
    }

    @Test func theShapesStaySmallEnoughForAPublicPage() {
        for state in ["CA", "MS"] {
            let bytes = CountyShapes.forState(state)!.paths.values.reduce(0) { $0 + $1.utf8.count }
            #expect(bytes < 12_000, "\(state): \(bytes) bytes of path data")
        }
    }

    @Test func anUnknownStateHasNoMap() {
        #expect(CountyShapes.forState("TX") == nil)
    }
}
