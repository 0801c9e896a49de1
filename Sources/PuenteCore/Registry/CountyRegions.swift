// Counties grouped by region, so a form lists 58 or 82 counties as a few groups a person can
// find their own in. California's are the five regions the state itself used in 2020 (the
// regional stay-at-home order), which cover every county once. A state without a table is split
// into northern, central and southern thirds by where its counties sit on the map.

public struct CountyRegion: Sendable, Equatable {
    public let english: String
    public let spanish: String
    /// FIPS codes in the reading order of the counties' names.
    public let counties: [String]

    public func name(in language: Language) -> String { language == .es ? spanish : english }
}

extension CountyList {
    func groupedByRegion() -> [CountyRegion] {
        if state == "CA" { return named(Self.californiaRegions) }
        guard let shapes = CountyShapes.forState(state) else {
            return [CountyRegion(english: stateName, spanish: stateName, counties: readingOrder.sorted(counties.map(\.fips), in: .en))]
        }
        return thirds(shapes)
    }

    private static let californiaRegions: [(String, String, [String])] = [
        ("Northern California", "Norte de California", ["Del Norte", "Glenn", "Humboldt", "Lake", "Lassen", "Mendocino", "Modoc",
                                                         "Shasta", "Siskiyou", "Tehama", "Trinity"]),
        ("Bay Area", "Área de la Bahía", ["Alameda", "Contra Costa", "Marin", "Monterey", "Napa", "San Francisco", "San Mateo",
                                          "Santa Clara", "Santa Cruz", "Solano", "Sonoma"]),
        ("Greater Sacramento", "Gran Sacramento", ["Alpine", "Amador", "Butte", "Colusa", "El Dorado", "Nevada", "Placer",
                                                   "Plumas", "Sacramento", "Sierra", "Sutter", "Yolo", "Yuba"]),
        ("San Joaquin Valley", "Valle de San Joaquín", ["Calaveras", "Fresno", "Kern", "Kings", "Madera", "Mariposa", "Merced",
                                                        "San Benito", "San Joaquin", "Stanislaus", "Tulare", "Tuolumne"]),
        ("Southern California", "Sur de California", ["Imperial", "Inyo", "Los Angeles", "Mono", "Orange", "Riverside",
                                                      "San Bernardino", "San Diego", "San Luis Obispo", "Santa Barbara", "Ventura"]),
    ]

    private func named(_ table: [(String, String, [String])]) -> [CountyRegion] {
        table.map { english, spanish, names in
            CountyRegion(english: english, spanish: spanish,
                         counties: readingOrder.sorted(names.compactMap { find($0)?.fips }, in: .en))
        }
    }

    /// North, centre and south by each county's middle on the map, a third of the counties each.
    private func thirds(_ shapes: CountyShapes) -> [CountyRegion] {
        let byLatitude = counties.map(\.fips).sorted { (shapes.middle(of: $0) ?? 0) < (shapes.middle(of: $1) ?? 0) }
        let size = (byLatitude.count + 2) / 3
        let names = [("Northern \(stateName)", "Norte de \(stateName)"), ("Central \(stateName)", "Centro de \(stateName)"),
                     ("Southern \(stateName)", "Sur de \(stateName)")]
        return names.enumerated().map { index, name in
            let slice = byLatitude.dropFirst(index * size).prefix(size)
            return CountyRegion(english: name.0, spanish: name.1, counties: readingOrder.sorted(Array(slice), in: .en))
        }
    }
}

extension CountyShapes {
    /// The vertical middle of a county's outline, in the map's pixels (0 is the north edge).
    public func middle(of fips: String) -> Double? {
        guard let path = paths[fips] else { return nil }
        var low = Int.max, high = Int.min
        for ring in path.split(separator: "M") {
            let numbers = Self.integers(in: ring)
            guard numbers.count >= 2 else { continue }
            var y = numbers[1]
            low = min(low, y); high = max(high, y)
            // After the absolute start, the numbers are relative (dx, dy) steps.
            for index in stride(from: 3, to: numbers.count, by: 2) {
                y += numbers[index]
                low = min(low, y); high = max(high, y)
            }
        }
        return low <= high ? Double(low + high) / 2 : nil
    }

    /// The signed integers in path data such as `2 499l2-2 8 1`.
    static func integers(in text: Substring) -> [Int] {
        var numbers: [Int] = []
        var current = "", sign = 1
        func flush() {
            if let value = Int(current) { numbers.append(sign * value) }
            current = ""; sign = 1
        }
        for character in text {
            if character.isNumber { current.append(character) }
            else { flush(); if character == "-" { sign = -1 } }
        }
        flush()
        return numbers
    }
}
