// `/fhir`: read and search for Practitioner, PractitionerRole, Organization and Location, by
// GET and by POST `_search`, answering `application/fhir+json` Bundles and OperationOutcomes.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct FHIRController: RouteCollection {
    static let allowed: [String: Set<String>] = [
        "Practitioner": ["_id", "identifier", "name", "given", "family", "active", "_lastUpdated"],
        "PractitionerRole": ["_id", "active", "practitioner", "organization", "location", "role", "service", "specialty",
                             "_lastUpdated", "_include:PractitionerRole:practitioner"],
        "Organization": ["_id", "identifier", "name", "active", "type", "partof", "_lastUpdated"],
        "Location": ["_id", "identifier", "name", "status", "type", "partof", "organization"],
    ]

    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.fhirMetadata.pathComponents, use: metadata)
        let fhir = routes.grouped(APIURL.fhir.pathComponents)
        for type in Self.allowed.keys {
            fhir.get(.constant(type)) { try await self.search(type, $0, pairs: QueryParameters.pairs($0.url.query)) }
            fhir.post(.constant(type), "_search") { req in
                let body = req.body.string ?? ""
                return try await self.search(type, req, pairs: QueryParameters.pairs(req.url.query) + QueryParameters.pairs(body))
            }
            fhir.get(.constant(type), ":id") { try await self.read(type, $0) }
        }
        for type in Self.historyTypes {
            fhir.get(.constant(type), "_history") { try await self.history(type, $0) }
        }
    }

    func builder(_ req: Request) async throws -> FHIRBuilder {
        FHIRBuilder(baseURL: req.config.baseURL, counties: req.config.counties,
                    fullAccess: PermissionGate.allows(try await req.roles(), .manageRegistry),
                    today: req.config.dateFormatting.isoDay(Date()))
    }

    static func respond(_ json: FHIRJSON, status: HTTPResponseStatus = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/fhir+json; charset=utf-8")
        return Response(status: status, headers: headers, body: .init(data: data))
    }

    // MARK: Read

    func read(_ type: String, _ req: Request) async throws -> Response {
        let id = req.parameters.get("id") ?? ""
        let builder = try await builder(req)
        let found: FHIRJSON?
        switch type {
        case "Practitioner":
            found = try await entries(req, builder).filter(\.$registryNumber == id).first().asyncMap { entry in
                builder.practitioner(entry, credentials: try await credentials(of: [entry], req)[entry.id!] ?? [])
            }
        case "PractitionerRole":
            let number = id.hasPrefix("role-") ? String(id.dropFirst(5)) : ""
            found = try await entries(req, builder).filter(\.$registryNumber == number).first().map(builder.practitionerRole)
        case "Organization":
            found = try await UUID(uuidString: id).asyncFlatMap { try await Organization.find($0, on: req.db) }.map(builder.organization)
        default:
            found = builder.jurisdictions.first { $0.id == id }.map(builder.location)
        }
        guard let found else {
            return Self.respond(FHIRBuilder.operationOutcome("not-found", "\(type)/\(id) is not known"), status: .notFound)
        }
        return Self.respond(found)
    }

    // MARK: Search

    func search(_ type: String, _ req: Request, pairs: [(String, String)]) async throws -> Response {
        let search: FHIRSearchRequest
        do {
            search = try FHIRSearchRequest(pairs: pairs, allowed: Self.allowed[type] ?? [])
        } catch let error as FHIRSearchError {
            return Self.respond(FHIRBuilder.operationOutcome("not-supported", error.message), status: .badRequest)
        }
        let builder = try await builder(req)
        do {
            let (total, matches, included) = try await run(type, search, req, builder)
            return Self.respond(bundle(type, req, search, total: total, matches: matches, included: included))
        } catch let error as FHIRSearchError {
            return Self.respond(FHIRBuilder.operationOutcome("invalid", error.message), status: .badRequest)
        }
    }

    private func run(_ type: String, _ search: FHIRSearchRequest, _ req: Request, _ builder: FHIRBuilder)
        async throws -> (Int, [FHIRJSON], [FHIRJSON]) {
        switch type {
        case "Practitioner", "PractitionerRole":
            let query = try await entries(req, builder)
            guard try applyEntryFilters(type, search, query, req, builder) else { return (0, [], []) }
            let total = try await query.count()
            let page = try await query.sort(\.$registryNumber).range(search.offset..<(search.offset + search.count)).all()
            if type == "Practitioner" {
                let credentials = try await credentials(of: page, req)
                return (total, page.map { builder.practitioner($0, credentials: credentials[$0.id!] ?? []) }, [])
            }
            let included = search.includes.isEmpty ? [] : page.map { builder.practitioner($0, credentials: []) }
            return (total, page.map(builder.practitionerRole), included)
        case "Organization":
            let query = Organization.query(on: req.db)
            for parameter in search.parameters {
                switch parameter.name {
                case "partof" where !parameter.matchesWhenAbsent: return (0, [], []) // no organization here has a parent
                case "_id", "identifier": query.filter(\.$id ~~ parameter.values.compactMap { UUID(uuidString: $0.split(separator: "|").last.map(String.init) ?? $0) })
                case "name":
                    let wanted = parameter.values.map(TextFolding.fold)
                    let all = try await query.all()
                    let ids = all.filter { organization in
                        let name = TextFolding.fold(organization.name)
                        return parameter.modifier == "exact" ? parameter.values.contains(organization.name)
                            : wanted.contains { parameter.modifier == "contains" ? name.contains($0) : name.hasPrefix($0) }
                    }.compactMap(\.id)
                    query.filter(\.$id ~~ ids)
                case "active": query.filter(\.$active == (try FHIRSearchRequest.flag(parameter)))
                case "type": query.filter(\.$kind ~~ parameter.values.compactMap { Organization.Kind(rawValue: $0.split(separator: "|").last.map(String.init) ?? $0) })
                case "_lastUpdated": try query.fhirDate(parameter, field: \.$updatedAt)
                default: break
                }
            }
            let total = try await query.count()
            let page = try await query.sort(\.$name).range(search.offset..<(search.offset + search.count)).all()
            return (total, page.map(builder.organization), [])
        default:
            var places = builder.jurisdictions
            for parameter in search.parameters {
                let values = parameter.values.map { $0.lowercased() }
                switch parameter.name {
                case "_id": places = places.filter { parameter.values.contains($0.id) }
                case "identifier":
                    places = places.filter { place in parameter.values.map(FHIRToken.init).contains { $0.matches(system: place.system, code: place.id) } }
                case "name":
                    places = places.filter { place in
                        let names = [place.searchName, place.displayName] // "Los Angeles" or "Los Angeles County, CA"
                        if parameter.modifier == "exact" { return names.contains { parameter.values.contains($0) } }
                        return names.map(TextFolding.fold).contains { name in
                            parameter.values.map(TextFolding.fold).contains { parameter.modifier == "contains" ? name.contains($0) : name.hasPrefix($0) }
                        }
                    }
                case "status": places = values.contains("active") ? places : []
                case "type":
                    let jurisdiction = parameter.values.map(FHIRToken.init).contains {
                        $0.matches(system: FHIRBuilder.Jurisdiction.typeSystem, code: FHIRBuilder.Jurisdiction.typeCode)
                    }
                    if !jurisdiction { places = [] }
                case "partof":
                    if parameter.modifier == "missing" {
                        places = places.filter { ($0.partOf == nil) == parameter.matchesWhenAbsent }
                    } else {
                        let parents = Set(parameter.values.map(FHIRToken.referencedID))
                        places = places.filter { $0.partOf.map { parents.contains($0.id) } ?? false }
                    }
                case "organization": if !parameter.matchesWhenAbsent { places = [] } // none has a managing organization
                default: break
                }
            }
            let page = places.dropFirst(search.offset).prefix(search.count)
            return (places.count, page.map(builder.location), [])
        }
    }

    /// Narrows `query` by every parameter; `false` when nothing can match (a property no entry has).
    private func applyEntryFilters(_ type: String, _ search: FHIRSearchRequest, _ query: QueryBuilder<RegistryEntry>,
                                   _ req: Request, _ builder: FHIRBuilder) throws -> Bool {
        for parameter in search.parameters {
            switch parameter.name {
            case "service", "specialty": // no role here offers a HealthcareService or records a specialty
                if !parameter.matchesWhenAbsent { return false }
            case "_id":
                query.filter(\.$registryNumber ~~ parameter.values.map { type == "PractitionerRole" && $0.hasPrefix("role-") ? String($0.dropFirst(5)) : $0 })
            case "identifier", "practitioner":
                query.filter(\.$registryNumber ~~ parameter.values.map { value in
                    String(value.split(separator: "|").last ?? "").replacingOccurrences(of: "Practitioner/", with: "")
                })
            case "active":
                if try FHIRSearchRequest.flag(parameter) { query.filter(\.$status == .active) } else { query.filter(\.$status != .active) }
            case "name": try query.fhirString(parameter, fields: [(\.$givenName, \.$givenNameFolded), (\.$familyName, \.$familyNameFolded)])
            case "given": try query.fhirString(parameter, fields: [(\.$givenName, \.$givenNameFolded)])
            case "family": try query.fhirString(parameter, fields: [(\.$familyName, \.$familyNameFolded)])
            case "_lastUpdated": try query.fhirDate(parameter, field: \.$updatedAt)
            case "role":
                if !builder.fullAccess { query.filter(\.$showWorkerType == true) }
                query.filter(\.$workerType ~~ parameter.values.compactMap { WorkerType(rawValue: String($0.split(separator: "|").last ?? "")) })
            case "location":
                if !builder.fullAccess { query.filter(\.$showCounties == true) }
                query.join(RegistryEntryCounty.self, on: \RegistryEntryCounty.$entry.$id == \RegistryEntry.$id)
                    .filter(RegistryEntryCounty.self, \.$fips ~~ parameter.values.map { $0.replacingOccurrences(of: "Location/", with: "") })
            case "organization":
                if !builder.fullAccess { query.filter(\.$showOrganizations == true) }
                query.join(Affiliation.self, on: \Affiliation.$entry.$id == \RegistryEntry.$id)
                    .filter(Affiliation.self,
                            \.$organization.$id ~~ parameter.values.compactMap { UUID(uuidString: $0.replacingOccurrences(of: "Organization/", with: "")) })
            default: break
            }
        }
        return true
    }

    /// Entries the caller may see: staff all of them, everyone else active and listed ones.
    func entries(_ req: Request, _ builder: FHIRBuilder) async throws -> QueryBuilder<RegistryEntry> {
        let query = RegistryEntry.query(on: req.db)
            .with(\.$languages).with(\.$counties)
            .with(\.$affiliations) { $0.with(\.$organization) }
        if !builder.fullAccess {
            query.filter(\.$status == .active).filter(\.$listedInDirectory == true)
        }
        return query
    }

    func credentials(of entries: [RegistryEntry], _ req: Request) async throws -> [UUID: [Credential]] {
        guard !entries.isEmpty else { return [:] }
        let rows = try await Credential.query(on: req.db).filter(\.$entry.$id ~~ entries.map { $0.id! }).sort(\.$issuedOn).all()
        return Dictionary(grouping: rows, by: { $0.$entry.id })
    }

    private func bundle(_ type: String, _ req: Request, _ search: FHIRSearchRequest, total: Int,
                        matches: [FHIRJSON], included: [FHIRJSON]) -> FHIRJSON {
        let base = "\(APIURL.fhir.absolute(req.config))/\(type)"
        var links: [FHIRJSON] = [["relation": "self", "url": search.link(base: base, offset: search.offset)]]
        // `_count=0` asks for the total alone: a next or previous link would point back at this page.
        if search.count > 0, search.offset + search.count < total {
            links.append(["relation": "next", "url": search.link(base: base, offset: search.offset + search.count)])
        }
        if search.count > 0, search.offset > 0 {
            links.append(["relation": "previous", "url": search.link(base: base, offset: max(0, search.offset - search.count))])
        }
        let entries = matches.map { resource -> FHIRJSON in
            ["fullUrl": "\(APIURL.fhir.absolute(req.config))/\(resource["resourceType"]!)/\(resource["id"]!)", "resource": resource,
             "search": ["mode": "match"]]
        } + included.map { resource -> FHIRJSON in
            ["fullUrl": "\(APIURL.fhir.absolute(req.config))/\(resource["resourceType"]!)/\(resource["id"]!)", "resource": resource,
             "search": ["mode": "include"]]
        }
        return ["resourceType": "Bundle", "type": "searchset", "total": total, "link": links, "entry": entries]
    }

    // MARK: Capability statement

    func metadata(req: Request) async throws -> Response {
        let resources = Self.allowed.keys.sorted().map { type -> FHIRJSON in
            var resource: FHIRJSON = [
                "type": type,
                "interaction": [["code": "read"], ["code": "search-type"]]
                    + (Self.historyTypes.contains(type) ? [["code": "history-type"]] : []),
                "searchParam": Self.allowed[type]!.filter { !$0.hasPrefix("_include") }.sorted().map { name -> FHIRJSON in
                    ["name": name, "type": ["_lastUpdated": "date", "active": "token", "identifier": "token", "_id": "token",
                                            "status": "token", "type": "token", "role": "token", "specialty": "token"][name]
                        ?? (["practitioner", "organization", "location", "partof", "service"].contains(name) ? "reference" : "string")]
                },
            ]
            let includes = Self.allowed[type]!.filter { $0.hasPrefix("_include:") }.map { String($0.dropFirst("_include:".count)) }
            if !includes.isEmpty { resource["searchInclude"] = includes }
            return resource
        }
        return Self.respond([
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": FHIRDate.instant(Date()),
            "publisher": req.config.programName,
            "kind": "instance",
            "implementation": ["description": "\(req.config.programName) CHW registry", "url": "\(req.config.baseURL)/fhir"],
            "fhirVersion": "4.0.1",
            "format": ["application/fhir+json"],
            "instantiates": ["https://profiles.ihe.net/ITI/mCSD/CapabilityStatement/IHE.mCSD.Directory"],
            "rest": [["mode": "server", "resource": resources]],
        ])
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }

    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
