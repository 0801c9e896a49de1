// Demo registry for `puente seed-demo`: a few hundred made-up people, organizations and
// certificates, generated from a fixed seed so every run builds the same program.

import Fluent
import Foundation
import PuenteCore
import Vapor

/// SplitMix64: small, fast, and the same sequence on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RegistryDemo {
    static let givenNames = ["María", "José", "Guadalupe", "Juan", "Rosa", "Luis", "Ana", "Carlos", "Lucía", "Miguel",
                             "Jasmine", "Darnell", "Keisha", "Marcus", "Tanisha", "Andre", "Mai", "Tuan", "Linh", "Minh",
                             "Kevin", "Grace", "Joon", "Soo-jin", "Aiyana", "Daniel", "Winona", "Ahmed", "Fatima", "Hodan",
                             "Nadia", "Olena", "Priya", "Arjun", "Sione", "Leilani", "Emily", "Sarah", "Robert", "Patricia"]
    static let familyNames = ["García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez",
                              "Cruz", "Flores", "Reyes", "Morales", "Ortiz", "Johnson", "Williams", "Brown", "Jackson", "Davis",
                              "Nguyen", "Tran", "Pham", "Kim", "Park", "Lee", "Begay", "Yazzie", "Whitehorse", "Ali", "Hassan",
                              "Mohamed", "Kovalenko", "Patel", "Singh", "Tupou", "Kealoha", "Smith", "Miller", "Wilson", "Moore"]
    static let organizations: [(String, Organization.Kind)] = [
        ("Valle Verde Community Clinic", .clinic), ("Delta Family Health Center", .healthCenter),
        ("Puentes de Salud Collective", .communityBased), ("Golden Coast Refugee Services", .communityBased),
        ("Red Mesa Tribal Health Program", .tribal), ("Riverbend County Public Health", .agency),
        ("Asian Pacific Wellness Alliance", .communityBased), ("Magnolia Neighborhood Health", .clinic),
        ("Central Valley Farmworker Partners", .communityBased), ("Bayou Community Care Network", .healthCenter),
        ("Second Chance Reentry Health", .communityBased), ("Hill Country Rural Health Cooperative", .clinic),
    ]
    static let languageWeights: [(String, Int)] = [("es", 45), ("vi", 6), ("zh", 5), ("ko", 3), ("tl", 4), ("ar", 3), ("so", 2),
                                                   ("hmn", 2), ("mix", 2), ("zap", 1), ("nv", 2), ("fa", 2), ("ru", 2), ("ht", 1), ("ase", 1)]

    /// Adds the demo registry unless it is there already; returns how many entries it created.
    static func seed(app: Application, count: Int = 300) async throws -> Int {
        let marker = "registry-demo-0@demo.puente.example.org"
        if try await RegistryEntry.query(on: app.db).filter(\.$email == marker).first() != nil { return 0 }
        var random = SeededGenerator(seed: 2026)
        var organizationIDs: [UUID] = []
        for (name, kind) in organizations {
            let existing = try await Organization.query(on: app.db).filter(\.$name == name).first()
            let organization = existing ?? Organization(name: name, kind: kind,
                                                        countyFIPS: app.config.counties.counties.randomElement(using: &random)?.fips)
            if existing == nil { try await organization.create(on: app.db) }
            organizationIDs.append(organization.id!)
        }
        let service = RegistryService(db: app.db, config: app.config, actor: .system)
        let counties = app.config.counties.counties
        var certificates = 0
        for index in 0..<count {
            var input = RegistryEntryInput()
            input.givenName = givenNames.randomElement(using: &random)!
            input.familyName = familyNames.randomElement(using: &random)!
            input.email = "registry-demo-\(index)@demo.puente.example.org"
            input.workerType = [WorkerType.chw, .chw, .promotora, .promotora, .chr, .other].randomElement(using: &random)!.rawValue
            if input.workerType == "other" { input.otherTitle = ["Patient Navigator", "Health Educator", "Doula",
                                                                 "Peer Specialist"].randomElement(using: &random)! }
            input.languages = ["en"] + (Int.random(in: 0..<100, using: &random) < 75 ? [weighted(languageWeights, &random)] : [])
            input.counties = Array(Set((0..<Int.random(in: 1...3,
                                                       using: &random)).map { _ in counties.randomElement(using: &random)!.fips }))
            input.communities = Array(Set((0..<Int.random(in: 0...2,
                                                          using: &random)).map { _ in app.config.communities.all.randomElement(using: &random)!.code }))
            input.listed = Int.random(in: 0..<100, using: &random) < 80
            input.showWorkerType = input.listed
            input.showLanguages = input.listed && Int.random(in: 0..<100, using: &random) < 90
            input.showCounties = input.listed && Int.random(in: 0..<100, using: &random) < 85
            input.showCommunities = input.listed && Int.random(in: 0..<100, using: &random) < 60
            input.showOrganizations = input.listed && Int.random(in: 0..<100, using: &random) < 50
            input.showContact = input.listed && Int.random(in: 0..<100, using: &random) < 25
            let status: RegistryEntry.Status = index % 25 == 0 ? .applied : (index % 40 == 0 ? .inactive : .active)
            let entry = try await service.createByStaff(input, status: status)
            if Int.random(in: 0..<100, using: &random) < 60 {
                try await Affiliation(entryID: entry.id!, organizationID: organizationIDs.randomElement(using: &random)!,
                                      title: nil, isEmployer: Bool.random(using: &random)).create(on: app.db)
                try await DirectoryIndex.refresh(entry.id!, on: app.db)
            }
            if status == .active, Int.random(in: 0..<100, using: &random) < 45 {
                let year = Int.random(in: 2021...2026, using: &random)
                var certificate = CredentialInput()
                certificate.number = ReadableCode.random(prefix: Credential.numberPrefix, groups: 3).value
                certificate.program = ShippedPrograms.all()[0].nameEN
                certificate.issuer = "\(app.config.programName) Training Institute"
                certificate.issuedOn = String(format: "%04d-%02d-%02d", year, Int.random(in: 1...12, using: &random),
                                              Int.random(in: 1...28, using: &random))
                certificate.expiresOn = String(format: "%04d", year + 2) + certificate.issuedOn.dropFirst(4)
                let recorded = try await service.recordCredential(certificate, for: entry)
                certificates += 1
                // One revoked certificate, so the demo shows all three answers verification gives.
                if certificates == 3 {
                    try await service.revoke(recorded, reason: "Issued before the practicum hours were confirmed.")
                }
            }
        }
        return count
    }

    private static func weighted(_ options: [(String, Int)], _ random: inout SeededGenerator) -> String {
        var pick = Int.random(in: 0..<options.reduce(0) { $0 + $1.1 }, using: &random)
        for (value, weight) in options {
            if pick < weight { return value }
            pick -= weight
        }
        return options[0].0
    }
}
