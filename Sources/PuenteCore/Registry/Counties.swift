// Counties a program serves, shipped as data. FIPS county codes in both states are the odd
// numbers in alphabetical order (001, 003, …), so each code is derived from its position.

public struct County: Hashable, Sendable, Codable {
    /// Five-digit FIPS code, state then county: `06037` is Los Angeles County.
    public let fips: String
    public let name: String
}

public struct CountyList: Sendable {
    /// USPS code, `CA`.
    public let state: String
    public let stateName: String
    public let stateFIPS: String
    public let counties: [County]
    /// The FIPS codes in the reading order of the counties' names (the same in both languages).
    public let readingOrder: ReadingOrder
    /// The counties grouped by region (CountyRegions.swift), worked out once per list.
    public private(set) var regions: [CountyRegion] = []

    init(state: String, stateName: String, stateFIPS: String, names: [String]) {
        self.state = state
        self.stateName = stateName
        self.stateFIPS = stateFIPS
        let counties = names.enumerated().map { index, name in
            let number = index * 2 + 1
            return County(fips: stateFIPS + String(repeating: "0", count: 3 - String(number).count) + String(number), name: name)
        }
        self.counties = counties
        let names = Dictionary(uniqueKeysWithValues: counties.map { ($0.fips, $0.name) })
        readingOrder = ReadingOrder(codes: counties.map(\.fips)) { fips, _ in names[fips]! }
        regions = groupedByRegion()
    }

    public func county(fips: String) -> County? { counties.first { $0.fips == fips } }

    /// Finds a county by FIPS code or by name, ignoring case and a trailing "County".
    public func find(_ text: String) -> County? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " county", with: "")
        return counties.first { $0.fips == wanted || $0.name.lowercased() == wanted }
    }

    public static func forState(_ code: String) -> CountyList? {
        switch code.uppercased() {
        case "CA": california
        case "MS": mississippi
        default: nil
        }
    }

    public static let california = CountyList(state: "CA", stateName: "California", stateFIPS: "06", names: [
        "Alameda", "Alpine", "Amador", "Butte", "Calaveras", "Colusa", "Contra Costa", "Del Norte", "El Dorado",
        "Fresno", "Glenn", "Humboldt", "Imperial", "Inyo", "Kern", "Kings", "Lake", "Lassen", "Los Angeles",
        "Madera", "Marin", "Mariposa", "Mendocino", "Merced", "Modoc", "Mono", "Monterey", "Napa", "Nevada",
        "Orange", "Placer", "Plumas", "Riverside", "Sacramento", "San Benito", "San Bernardino", "San Diego",
        "San Francisco", "San Joaquin", "San Luis Obispo", "San Mateo", "Santa Barbara", "Santa Clara",
        "Santa Cruz", "Shasta", "Sierra", "Siskiyou", "Solano", "Sonoma", "Stanislaus", "Sutter", "Tehama",
        "Trinity", "Tulare", "Tuolumne", "Ventura", "Yolo", "Yuba",
    ])

    public static let mississippi = CountyList(state: "MS", stateName: "Mississippi", stateFIPS: "28", names: [
        "Adams", "Alcorn", "Amite", "Attala", "Benton", "Bolivar", "Calhoun", "Carroll", "Chickasaw", "Choctaw",
        "Claiborne", "Clarke", "Clay", "Coahoma", "Copiah", "Covington", "DeSoto", "Forrest", "Franklin", "George",
        "Greene", "Grenada", "Hancock", "Harrison", "Hinds", "Holmes", "Humphreys", "Issaquena", "Itawamba",
        "Jackson", "Jasper", "Jefferson", "Jefferson Davis", "Jones", "Kemper", "Lafayette", "Lamar", "Lauderdale",
        "Lawrence", "Leake", "Lee", "Leflore", "Lincoln", "Lowndes", "Madison", "Marion", "Marshall", "Monroe",
        "Montgomery", "Neshoba", "Newton", "Noxubee", "Oktibbeha", "Panola", "Pearl River", "Perry", "Pike",
        "Pontotoc", "Prentiss", "Quitman", "Rankin", "Scott", "Sharkey", "Simpson", "Smith", "Stone", "Sunflower",
        "Tallahatchie", "Tate", "Tippah", "Tishomingo", "Tunica", "Union", "Walthall", "Warren", "Washington",
        "Wayne", "Webster", "Wilkinson", "Winston", "Yalobusha", "Yazoo",
    ])
}

import Foundation
