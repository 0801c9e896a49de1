// HL7 FHIR R4 shapes for the registry, after the IHE mCSD profile: Practitioner,
// PractitionerRole, Organization, Location. Built as JSON objects; what a resource holds
// follows the same consent rules as the public directory unless the caller is staff.

import Foundation
import PuenteCore

typealias FHIRJSON = [String: Any]

struct FHIRBuilder {
    let baseURL: String
    let counties: CountyList
    /// Staff see every field; everyone else sees what the person chose to show.
    let fullAccess: Bool
    let today: String

    var registrySystem: String { "\(baseURL)/fhir/sid/registry-number" }
    var workerTypeSystem: String { "\(baseURL)/fhir/CodeSystem/worker-type" }
    /// The US national directory guide's (NDH) extension for what R4's qualification lacks: a
    /// status from its QualificationStatusCS and where the certificate counts.
    static let qualificationExtension = "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification"

    private func meta(_ date: Date?) -> FHIRJSON {
        ["lastUpdated": FHIRDate.instant(date ?? Date(timeIntervalSince1970: 0))]
    }

    func practitioner(_ entry: RegistryEntry, credentials: [Credential]) -> FHIRJSON {
        var resource: FHIRJSON = [
            "resourceType": "Practitioner",
            "id": entry.registryNumber,
            "meta": meta(entry.updatedAt),
            "identifier": [["use": "official", "system": registrySystem, "value": entry.registryNumber]],
            "active": entry.status == .active,
            "name": [["use": "official", "text": entry.fullName, "family": entry.familyName, "given": [entry.givenName]]],
        ]
        if fullAccess || entry.showContact {
            var telecom: [FHIRJSON] = []
            if let email = entry.email { telecom.append(["system": "email", "value": email]) }
            if let phone = entry.phone { telecom.append(["system": "phone", "value": phone]) }
            if !telecom.isEmpty { resource["telecom"] = telecom }
        }
        if fullAccess || entry.showLanguages, !entry.languages.isEmpty {
            resource["communication"] = entry.languages.map(\.code).sorted().map { code -> FHIRJSON in
                ["coding": [["system": "urn:ietf:bcp:47", "code": code, "display": SpokenLanguages.named(code)?.english ?? code]]]
            }
        }
        if !credentials.isEmpty {
            resource["qualification"] = credentials.map { qualification($0, holderSuspended: entry.status == .suspended) }
        }
        return resource
    }

    /// A certificate as `Practitioner.qualification`; R4 has no status there, so it rides in an extension.
    private func qualification(_ credential: Credential, holderSuspended: Bool) -> FHIRJSON {
        var period: FHIRJSON = ["start": credential.issuedOn]
        if let end = credential.expiresOn { period["end"] = end }
        return [
            "extension": [[
                "url": Self.qualificationExtension,
                "extension": [
                    ["url": "status", "valueCode": Self.qualificationStatus(credential.status(today: today),
                                                                            holderSuspended: holderSuspended)],
                    ["url": "whereValid", "valueCodeableConcept": [
                        "coding": [["system": "https://www.usps.com/", "code": counties.state]],
                    ]],
                ],
            ]],
            "identifier": [["system": "\(baseURL)/fhir/sid/certificate-number", "value": credential.number]],
            "code": [
                "coding": [["system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": "CER", "display": "Certificate"]],
                "text": credential.program,
            ],
            "period": period,
            "issuer": ["display": credential.issuer],
        ]
    }

    /// NDH's QualificationStatusCS: `active` may be relied on; `inactive` may not (expired, or the
    /// holder is suspended); `revoked` was withdrawn by the issuer.
    static func qualificationStatus(_ status: Credential.Status, holderSuspended: Bool) -> String {
        switch status {
        case .revoked: "revoked"
        case .expired: "inactive"
        case .valid: holderSuspended ? "inactive" : "active"
        }
    }

    func practitionerRole(_ entry: RegistryEntry) -> FHIRJSON {
        var resource: FHIRJSON = [
            "resourceType": "PractitionerRole",
            "id": "role-\(entry.registryNumber)",
            "meta": meta(entry.updatedAt),
            "active": entry.status == .active,
            "practitioner": ["reference": "Practitioner/\(entry.registryNumber)", "display": entry.fullName],
        ]
        if fullAccess || entry.showWorkerType {
            resource["code"] = [[
                "coding": [["system": workerTypeSystem, "code": entry.workerType.rawValue, "display": entry.workerType.name(in: .en)]],
                "text": entry.workerType == .other ? (entry.otherTitle ?? "Other") : entry.workerType.name(in: .en),
            ]]
        }
        if fullAccess || entry.showOrganizations, let employer = entry.affiliations.first(where: \.isEmployer) ?? entry.affiliations.first {
            resource["organization"] = ["reference": "Organization/\(employer.$organization.id.uuidString.lowercased())",
                                        "display": employer.organization.name]
        }
        if fullAccess || entry.showCounties, !entry.counties.isEmpty {
            resource["location"] = entry.counties.map(\.fips).sorted().map { fips -> FHIRJSON in
                ["reference": "Location/\(fips)", "display": counties.county(fips: fips).map { "\($0.name) County" } ?? fips]
            }
        }
        return resource
    }

    func organization(_ organization: Organization) -> FHIRJSON {
        [
            "resourceType": "Organization",
            "id": organization.id!.uuidString.lowercased(),
            "meta": meta(organization.updatedAt),
            "active": organization.active,
            "type": [["coding": [["system": "\(baseURL)/fhir/CodeSystem/organization-kind", "code": organization.kind.rawValue]]]],
            "name": organization.name,
        ]
    }

    /// A place the program serves, as an mCSD jurisdiction Location: the state, and each county
    /// `partOf` it. Ids are FIPS codes (`06`, `06037`), identifiers carry the FIPS code systems.
    struct Jurisdiction {
        static let stateSystem = "urn:oid:2.16.840.1.113883.6.92"
        static let countySystem = "urn:oid:2.16.840.1.113883.6.93"
        static let typeSystem = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
        static let typeCode = "JURISD"

        let id: String
        let system: String
        /// What a `name` search matches: "Los Angeles", "California".
        let searchName: String
        let displayName: String
        let partOf: (id: String, display: String)?
    }

    var jurisdictions: [Jurisdiction] {
        let state = Jurisdiction(id: counties.stateFIPS, system: Jurisdiction.stateSystem, searchName: counties.stateName,
                                 displayName: counties.stateName, partOf: nil)
        return [state] + counties.counties.map { county in
            Jurisdiction(id: county.fips, system: Jurisdiction.countySystem, searchName: county.name,
                         displayName: "\(county.name) County, \(counties.state)", partOf: (state.id, state.displayName))
        }
    }

    func location(_ place: Jurisdiction) -> FHIRJSON {
        var resource: FHIRJSON = [
            "resourceType": "Location",
            "id": place.id,
            "identifier": [["system": place.system, "value": place.id]],
            "status": "active",
            "name": place.displayName,
            "mode": "instance",
            "type": [["coding": [["system": Jurisdiction.typeSystem, "code": Jurisdiction.typeCode, "display": "jurisdiction"]]]],
            "physicalType": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/location-physical-type", "code": "jdn",
                                         "display": "Jurisdiction"]]],
        ]
        if let parent = place.partOf { resource["partOf"] = ["reference": "Location/\(parent.id)", "display": parent.display] }
        return resource
    }

    static func operationOutcome(_ code: String, _ diagnostics: String, severity: String = "error") -> FHIRJSON {
        ["resourceType": "OperationOutcome", "issue": [["severity": severity, "code": code, "diagnostics": diagnostics]]]
    }
}

enum FHIRDate {
    static func instant(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// Parses `2026-11-23`, `2026-11-23T10:00:00Z` or with an offset, as FHIR search dates allow.
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
