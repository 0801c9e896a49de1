// The FHIR R4 directory API: valid resources (judged by the HL7 models), search, paging, scope.

import Fluent
import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct FHIRTests {
    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    func ids(_ bundle: [String: Any]) -> [String] {
        ((bundle["entry"] as? [[String: Any]]) ?? []).filter { (($0["search"] as? [String: Any])?["mode"] as? String) == "match" }
            .compactMap { ($0["resource"] as? [String: Any])?["id"] as? String }
    }

    func link(_ bundle: [String: Any], _ relation: String) -> String? {
        ((bundle["link"] as? [[String: Any]]) ?? []).first { $0["relation"] as? String == relation }?["url"] as? String
    }

    @Test(.enabled(if: FHIRValidator.isAvailable, "run `make test` to install fhir.resources"))
    func resourcesAndBundlesAreValidAgainstTheHL7Models() async throws {
        try await withPuente { app in
            let entry = try await app.makeListedEntry(given: "Helen", family: "Begay", type: .chr, languages: ["nv", "en"],
                                                      counties: ["06025"], organization: "Red Mesa Demo", email: "helen@example.org", consent: .all)
            try await app.makeCredential(for: entry, issuedOn: "2025-06-12", expiresOn: "2027-06-12")
            let organization = try #require(try await Organization.query(on: app.db).first())
            for path in ["/fhir/metadata", "/fhir/Practitioner/\(entry.registryNumber)", "/fhir/Practitioner",
                         "/fhir/PractitionerRole?_include=PractitionerRole:practitioner", "/fhir/Organization/\(organization.id!.uuidString.lowercased())",
                         "/fhir/Organization", "/fhir/Location/06025", "/fhir/Location/06", "/fhir/Location?name=san", "/fhir/Location?partof=Location/06&_count=2", "/fhir/Practitioner?foo=bar"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.headers.first(name: .contentType) == "application/fhir+json; charset=utf-8", "\(path)")
                #expect(try FHIRValidator.validate(Data(response.body.readableBytesView)) == "ok", "\(path)")
            }
        }
    }

    @Test func practitionerCarriesIdentifierLanguagesAndCertificateAsQualification() async throws {
        try await withPuente { app in
            let entry = try await app.makeListedEntry(given: "Helen", family: "Begay", languages: ["nv"], consent: .all)
            try await app.makeCredential(for: entry, number: "CERT-AAAA-BBBB-CCCC", issuedOn: "2025-06-12", revokedReason: "Issued in error")
            let practitioner = try json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner/\(entry.registryNumber)"))
            let identifier = try #require((practitioner["identifier"] as? [[String: Any]])?.first)
            #expect(identifier["value"] as? String == entry.registryNumber)
            let language = ((practitioner["communication"] as? [[String: Any]])?.first?["coding"] as? [[String: Any]])?.first
            #expect(language?["code"] as? String == "nv")
            let qualification = try #require((practitioner["qualification"] as? [[String: Any]])?.first)
            let code = ((qualification["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first
            #expect(code?["code"] as? String == "CER")
            #expect((qualification["period"] as? [String: Any])?["start"] as? String == "2025-06-12")
            #expect(qualificationStatus(qualification) == "revoked")
        }
    }

    /// The NDH practitioner-qualification extension's `status` code, and its `whereValid` state.
    func qualificationStatus(_ qualification: [String: Any]) -> String? {
        let outer = (qualification["extension"] as? [[String: Any]])?.first { $0["url"] as? String == FHIRBuilder.qualificationExtension }
        return (outer?["extension"] as? [[String: Any]])?.first { $0["url"] as? String == "status" }?["valueCode"] as? String
    }

    @Test func qualificationStatusFollowsExpiryRevocationAndTheHoldersSuspension() async throws {
        try await withPuente { app in
            let entry = try await app.makeListedEntry(given: "Helen", family: "Begay", consent: .all)
            try await app.makeCredential(for: entry, number: "CERT-AAAA-AAAA-AAAA", issuedOn: "2020-01-10", expiresOn: "2022-01-10")
            try await app.makeCredential(for: entry, number: "CERT-BBBB-BBBB-BBBB", issuedOn: "2025-06-12", expiresOn: "2099-06-12")
            let token = try await app.bearerToken(roles: [.staff])
            func statuses() async throws -> [String: String] {
                let practitioner = try json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner/\(entry.registryNumber)",
                                                                                headers: ["Authorization": "Bearer \(token)"]))
                let qualifications = (practitioner["qualification"] as? [[String: Any]]) ?? []
                return Dictionary(uniqueKeysWithValues: qualifications.map { qualification in
                    (((qualification["identifier"] as? [[String: Any]])?.first?["value"] as? String) ?? "", qualificationStatus(qualification) ?? "")
                })
            }
            #expect(try await statuses() == ["CERT-AAAA-AAAA-AAAA": "inactive", "CERT-BBBB-BBBB-BBBB": "active"])
            let practitioner = try json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner/\(entry.registryNumber)"))
            let whereValid = String(describing: (practitioner["qualification"] as? [[String: Any]])?.first?["extension"])
            #expect(whereValid.contains("whereValid") && whereValid.contains(app.config.counties.state))

            try await RegistryService(db: app.db, config: app.config, actor: .system).changeStatus(entry, to: .suspended, reason: "Under review")
            #expect(try await statuses() == ["CERT-AAAA-AAAA-AAAA": "inactive", "CERT-BBBB-BBBB-BBBB": "inactive"])
        }
    }

    @Test func aClientPagesThroughPractitioners() async throws {
        try await withPuente { app in
            for index in 0..<7 { try await app.makeListedEntry(given: "Person\(index)", family: "Family\(index)") }
            var seen: [String] = []
            var next: String? = "/fhir/Practitioner?_count=3"
            var pages = 0
            while let url = next {
                let path = url.replacingOccurrences(of: app.config.baseURL, with: "")
                let bundle = try json(try await app.testing().sendRequest(.GET, path))
                #expect(bundle["type"] as? String == "searchset")
                #expect(bundle["total"] as? Int == 7)
                seen += ids(bundle)
                next = link(bundle, "next")
                pages += 1
            }
            #expect(pages == 3)
            #expect(seen.count == 7)
            #expect(Set(seen).count == 7)
        }
    }

    @Test func stringSearchesHonourExactAndContainsAndPostSearchMatchesGet() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Guadalupe", family: "Hernández")
            try await app.makeListedEntry(given: "Lupe", family: "Fernandez")
            func search(_ query: String) async throws -> [String] {
                try ids(json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner?\(query)")))
            }
            #expect(try await search("family=hern").count == 1)
            #expect(try await search("family:contains=ernan").count == 2)
            #expect(try await search("family:exact=hernández").isEmpty)
            #expect(try await search("family:exact=Hern%C3%A1ndez").count == 1)
            #expect(try await search("name=lupe").count == 1)
            #expect(try await search("family:contains=%25").isEmpty) // `%` and `_` are characters, not wildcards
            #expect(try await search("family=_").isEmpty)
            #expect(try await search("family=hern,fern").count == 2)
            #expect(try await search("family=hern%5C,fern").isEmpty) // one value, "hern,fern"
            let posted = try await app.testing().sendRequest(.POST, "/fhir/Practitioner/_search",
                headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: "family:contains=ernan"))
            #expect(ids(try json(posted)).count == 2)
        }
    }

    @Test func commaSeparatedValuesHonourFHIREscapesAndAreNotDecodedTwice() {
        #expect(FHIRSearchRequest.values("hern,lupe") == ["hern", "lupe"])
        #expect(FHIRSearchRequest.values(#"Smith\, Jr.,lupe"#) == ["Smith, Jr.", "lupe"])
        #expect(FHIRSearchRequest.values(#"a\$b\|c\\d"#) == [#"a$b|c\d"#])
        #expect(FHIRSearchRequest.values(#"C:\temp\"#) == [#"C:\temp\"#]) // a lone backslash stays
        #expect(FHIRSearchRequest.values("100%41") == ["100%41"]) // `%2541` in the URL: already decoded once
        #expect(FHIRSearchRequest.values(",,").isEmpty)
    }

    @Test func lastUpdatedAndActiveFilter() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Recent", family: "One")
            #expect(try ids(json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner?_lastUpdated=gt2020-01-01"))).count == 1)
            #expect(try ids(json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner?_lastUpdated=lt2020-01-01"))).isEmpty)
            #expect(try ids(json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner?active=true"))).count == 1)
        }
    }

    @Test func unknownParametersAndIdsAreOperationOutcomes() async throws {
        try await withPuente { app in
            let unknown = try await app.testing().sendRequest(.GET, "/fhir/Practitioner?favourite-color=blue")
            #expect(unknown.status == .badRequest)
            let outcome = try json(unknown)
            #expect(outcome["resourceType"] as? String == "OperationOutcome")
            #expect(String(describing: outcome["issue"]).contains("favourite-color"))
            let missing = try await app.testing().sendRequest(.GET, "/fhir/Practitioner/CHW-0000-0000")
            #expect(missing.status == .notFound)
            #expect(try json(missing)["resourceType"] as? String == "OperationOutcome")
        }
    }

    @Test func pagingEdgesNeitherLoopNorTrap() async throws {
        try await withPuente { app in
            for index in 0..<3 { try await app.makeListedEntry(given: "Person\(index)", family: "Family\(index)") }
            // `_count=0` is the total alone; a client following `next` must not be sent round in a circle.
            for query in ["_count=0", "_count=0&_offset=2"] {
                let bundle = try json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner?\(query)"))
                #expect(bundle["total"] as? Int == 3, "\(query)")
                #expect(ids(bundle).isEmpty, "\(query)")
                #expect(link(bundle, "next") == nil && link(bundle, "previous") == nil, "\(query)")
            }
            // An offset near Int.max used to trap on `offset + count` and take the whole server down.
            for type in ["Practitioner", "PractitionerRole", "Organization", "Location"] {
                let response = try await app.testing().sendRequest(.GET, "/fhir/\(type)?_offset=9223372036854775800")
                #expect(response.status == .badRequest, "\(type)")
                #expect(String(describing: try json(response)["issue"]).contains("_offset"), "\(type)")
            }
            for query in ["%3A=x", "family%3A=x", "%3Acontains=x"] { // a name of ":" used to trap as well
                #expect(try await app.testing().sendRequest(.GET, "/fhir/Practitioner?\(query)").status == .badRequest, "\(query)")
            }
            let organizations = try await app.testing().sendRequest(.GET, "/fhir/Organization?active=maybe")
            #expect(organizations.status == .badRequest)
        }
    }

    @Test func withoutATokenOnlyWhatPeopleMadePublicIsServed() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Public", family: "Person", languages: ["es"], email: "public@example.org",
                                          consent: Consent(languages: false, contact: false))
            let hidden = try await app.makeListedEntry(given: "Hidden", family: "Person", listed: false)
            let bundle = try json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner"))
            #expect(bundle["total"] as? Int == 1)
            let body = String(describing: bundle)
            #expect(!body.contains("public@example.org"))
            #expect(!body.contains("communication"))
            #expect(try await app.testing().sendRequest(.GET, "/fhir/Practitioner/\(hidden.registryNumber)").status == .notFound)

            let token = try await app.bearerToken(roles: [.staff])
            let staffBundle = try json(try await app.testing().sendRequest(.GET, "/fhir/Practitioner", headers: ["Authorization": "Bearer \(token)"]))
            #expect(staffBundle["total"] as? Int == 2)
            #expect(String(describing: staffBundle).contains("public@example.org"))
        }
    }

    @Test func locationsAreTheStateAndItsCountiesAsMCSDJurisdictions() async throws {
        try await withPuente { app in
            let state = try json(try await app.testing().sendRequest(.GET, "/fhir/Location/06"))
            #expect(state["name"] as? String == "California")
            #expect(state["partOf"] == nil)
            let county = try json(try await app.testing().sendRequest(.GET, "/fhir/Location/06037"))
            #expect((county["partOf"] as? [String: Any])?["reference"] as? String == "Location/06")

            func search(_ query: String) async throws -> (Int?, [String]) {
                let bundle = try json(try await app.testing().sendRequest(.GET, "/fhir/Location?\(query)"))
                return (bundle["total"] as? Int, ids(bundle))
            }
            #expect(try await search("partof=Location/06&_count=100").0 == 58)
            #expect(try await search("partof=06037").0 == 0)
            #expect(try await search("partof:missing=true").1 == ["06"])
            #expect(try await search("type=http://terminology.hl7.org/CodeSystem/v3-RoleCode|JURISD&_count=0").0 == 59)
            #expect(try await search("type=HOSP").0 == 0)
            #expect(try await search("identifier=urn:oid:2.16.840.1.113883.6.92|06").1 == ["06"])
            #expect(try await search("identifier=urn:oid:2.16.840.1.113883.6.93|06").1.isEmpty) // a state code is not a county code
            #expect(try await search("name=los%20angeles%20county").1 == ["06037"])
            #expect(try await search("name:exact=Los%20Angeles%20County%5C,%20CA").1 == ["06037"]) // a comma in a value is escaped
            #expect(try await search("organization=Organization/x").0 == 0)
        }
    }

    @Test func parametersForWhatNoResourceHereHoldsMatchOnlyWhenAskedForMissing() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Ana", family: "Ortiz", organization: "Valle Demo Clinic")
            for (path, expected) in [("/fhir/PractitionerRole?specialty=394814009", 0), ("/fhir/PractitionerRole?service=HealthcareService/1", 0),
                                     ("/fhir/PractitionerRole?specialty:missing=true", 1), ("/fhir/Organization?partof=Organization/1", 0),
                                     ("/fhir/Organization?partof:missing=true", 1)] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .ok, "\(path)")
                #expect(try json(response)["total"] as? Int == expected, "\(path)")
            }
            let metadata = String(describing: try json(try await app.testing().sendRequest(.GET, "/fhir/metadata")))
            for name in ["specialty", "service", "partof"] { #expect(metadata.contains(name), "\(name)") }
        }
    }

    @Test func practitionerRoleIncludesPractitionersAndFiltersByLocation() async throws {
        try await withPuente { app in
            let here = try await app.makeListedEntry(given: "Here", family: "Worker", counties: ["06025"])
            try await app.makeListedEntry(given: "There", family: "Worker", counties: ["06037"])
            let bundle = try json(try await app.testing().sendRequest(.GET, "/fhir/PractitionerRole?location=Location/06025&_include=PractitionerRole:practitioner"))
            #expect(ids(bundle) == ["role-\(here.registryNumber)"])
            let included = ((bundle["entry"] as? [[String: Any]]) ?? []).filter { (($0["search"] as? [String: Any])?["mode"] as? String) == "include" }
            #expect(included.count == 1)
        }
    }
}
