// `/api/v1/registry/entries`: the registry as JSON, with the pages' permissions: anyone sees
// the consent-scoped directory; staff tokens see and change everything.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct ConsentDTO: Content, Equatable {
    var listed = false
    var workerType = false
    var languages = false
    var counties = false
    var communities = false
    var organizations = false
    var contact = false

    init(listed: Bool = false, workerType: Bool = false, languages: Bool = false, counties: Bool = false,
         communities: Bool = false, organizations: Bool = false, contact: Bool = false) {
        self.listed = listed
        self.workerType = workerType
        self.languages = languages
        self.counties = counties
        self.communities = communities
        self.organizations = organizations
        self.contact = contact
    }

    /// A flag left out means "keep it private".
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func flag(_ key: CodingKeys) throws -> Bool { try container.decodeIfPresent(Bool.self, forKey: key) ?? false }
        self.init(listed: try flag(.listed), workerType: try flag(.workerType), languages: try flag(.languages),
                  counties: try flag(.counties), communities: try flag(.communities),
                  organizations: try flag(.organizations), contact: try flag(.contact))
    }
}

struct StaffEntryDTO: Content {
    let id: UUID
    let registryNumber: String
    let givenName: String
    let familyName: String
    let email: String?
    let phone: String?
    let workerType: WorkerType
    let otherTitle: String?
    let status: RegistryEntry.Status
    let statusReason: String?
    let preferredContact: String
    let languages: [String]
    let counties: [String]
    let communities: [String]
    /// Organizations the person works or volunteers with; at most one is the employer.
    let organizations: [AffiliationDTO]
    let consent: ConsentDTO
    let createdAt: Date?
    let updatedAt: Date?

    init(_ entry: RegistryEntry) {
        id = entry.id!
        registryNumber = entry.registryNumber
        givenName = entry.givenName
        familyName = entry.familyName
        email = entry.email
        phone = entry.phone
        workerType = entry.workerType
        otherTitle = entry.otherTitle
        status = entry.status
        statusReason = entry.statusReason
        preferredContact = entry.preferredContact
        languages = entry.languages.map(\.code).sorted()
        counties = entry.counties.map(\.fips).sorted()
        communities = entry.communities.map(\.code).sorted()
        organizations = entry.affiliations.map { AffiliationDTO(id: $0.$organization.id, name: $0.organization.name,
                                                                isEmployer: $0.isEmployer) }
            .sorted(byCollating: \.name)
        consent = ConsentDTO(listed: entry.listedInDirectory, workerType: entry.showWorkerType, languages: entry.showLanguages,
                             counties: entry.showCounties, communities: entry.showCommunities,
                             organizations: entry.showOrganizations, contact: entry.showContact)
        createdAt = entry.createdAt
        updatedAt = entry.updatedAt
    }
}

struct AffiliationDTO: Content, Equatable {
    let id: UUID
    let name: String
    let isEmployer: Bool
}

/// The body of create and replace. Only `givenName`, `familyName`, `workerType`, `languages` and
/// `counties` are required; the rest default to the most private choice.
struct EntryRequest: Content {
    let givenName: String
    let familyName: String
    let email: String?
    let phone: String?
    let workerType: String
    let otherTitle: String?
    let preferredContact: String?
    let notes: String?
    let languages: [String]
    let counties: [String]
    let communities: [String]?
    let consent: ConsentDTO?
    /// Organization ids; absent leaves the entry's organizations as they are. `employerId` must be one of them.
    let organizationIds: [UUID]?
    let employerId: UUID?
    /// On create, the first status. On replace, a decision along `Status.nextStatuses` when it
    /// differs from the entry's, with `statusReason` for every status but `active`.
    let status: RegistryEntry.Status?
    let statusReason: String?

    var input: RegistryEntryInput {
        var input = RegistryEntryInput()
        input.givenName = givenName.trimmingCharacters(in: .whitespacesAndNewlines)
        input.familyName = familyName.trimmingCharacters(in: .whitespacesAndNewlines)
        input.email = email ?? ""
        input.phone = phone ?? ""
        input.workerType = workerType
        input.otherTitle = otherTitle ?? ""
        input.preferredContact = preferredContact ?? "email"
        input.notes = notes ?? ""
        input.languages = Array(Set(languages.map { $0.lowercased() }))
        input.counties = Array(Set(counties))
        input.communities = Array(Set(communities ?? []))
        input.organizations = organizationIds.map { Array(Set($0)) }
        input.employer = employerId
        let consent = consent ?? ConsentDTO()
        input.listed = consent.listed
        input.showWorkerType = consent.workerType
        input.showLanguages = consent.languages
        input.showCounties = consent.counties
        input.showCommunities = consent.communities
        input.showOrganizations = consent.organizations
        input.showContact = consent.contact
        return input
    }
}

struct PageDTO<Item: Content>: Content {
    let items: [Item]
    let page: Int
    let per: Int
    let total: Int
    /// True when `total` is a floor: the public directory stops counting at 200.
    var totalIsCapped = false
}

struct RegistryAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.registryEntries.pathComponents, use: list)
        routes.get(APIURL.registryEntry(.key).pathComponents, use: read)
        let staff = routes.grouped(Access.permission(.manageRegistry))
        staff.post(APIURL.registryEntries.pathComponents, use: create)
        staff.put(APIURL.registryEntry(.key).pathComponents, use: replace)
    }

    private func isStaff(_ req: Request) async throws -> Bool {
        PermissionGate.allows(try await req.roles(), .manageRegistry)
    }

    func list(req: Request) async throws -> Response {
        // An unknown status is a 400 for everyone, though only staff lists filter on it.
        let status = try req.queryParameters["status"].flatMap(\.nonEmpty).map { raw -> RegistryEntry.Status in
            guard let status = RegistryEntry.Status(rawValue: raw) else { throw Abort(.badRequest, reason: "unknown status \(raw)") }
            return status
        }
        if try await isStaff(req) {
            let page = try await RegistrySearch.query(RegistryStaffFilter(search: try req.searchText(), status: status), on: req.db)
                .with(\.$languages).with(\.$counties).with(\.$communities).with(\.$affiliations) { $0.with(\.$organization) }
                .paginate(PageRequest(page: try req.apiPageNumber(), per: RegistrySearch.pageSize))
            try await Audit.record(.registryApiList, entityType: .registryEntry, entityID: nil,
                                   summary: "listed \(page.items.count) entries", by: req.auditActor, on: req.db)
            return try json(PageDTO(items: page.items.map(StaffEntryDTO.init), page: page.metadata.page,
                                    per: page.metadata.per, total: page.metadata.total))
        }
        _ = try req.apiPageNumber() // out of range is a 400 here; the directory then stops at its own last page
        _ = try req.searchText() // as is text past the search box's limit
        let (filter, errors) = DirectoryFilter.parse(req)
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        let page = try await Directory.search(filter, on: req.db)
        return try json(PageDTO(items: page.items, page: page.page,
                                per: DirectoryFilter.pageSize, total: page.total, totalIsCapped: page.isCapped))
    }

    func read(req: Request) async throws -> Response {
        let number = Verification.normalize(req.parameters.get("number") ?? "")
        guard let entry = try await RegistryEntry.query(on: req.db).filter(\.$registryNumber == number)
            .with(\.$languages).with(\.$counties).with(\.$communities)
            .with(\.$affiliations, { $0.with(\.$organization) }).first() else { throw Abort(.notFound) }
        if try await isStaff(req) {
            try await Audit.record(.registryApiRead, entityType: .registryEntry, entityID: entry.registryNumber,
                                   summary: "read by API", by: req.auditActor, on: req.db)
            return try json(StaffEntryDTO(entry))
        }
        guard entry.status == .active, entry.listedInDirectory else { throw Abort(.notFound) }
        return try json(PublicEntryDTO(entry))
    }

    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(EntryRequest.self)
        do {
            let entry = try await req.registry.createByStaff(body.input, status: body.status ?? .active)
            return try await reloaded(entry, req, status: .created)
        } catch RegistryService.Failure.invalid(let errors) {
            throw ValidationFailure(errors: FormErrors(errors))
        }
    }

    func replace(req: Request) async throws -> Response {
        let number = Verification.normalize(req.parameters.get("number") ?? "")
        guard let entry = try await RegistryEntry.query(on: req.db).filter(\.$registryNumber == number).first() else { throw Abort(.notFound) }
        let body = try req.content.decode(EntryRequest.self)
        do {
            try await req.registry.replaceByStaff(entry, body.input, status: body.status, reason: body.statusReason ?? "")
            return try await reloaded(entry, req, status: .ok)
        } catch RegistryService.Failure.invalid(let errors) {
            throw ValidationFailure(errors: FormErrors(errors))
        } catch RegistryService.Failure.statusNotAllowed {
            throw ValidationFailure(errors: FormErrors(.init(messages: ["status": .registryStatusNotAllowed])))
        } catch RegistryService.Failure.reasonRequired {
            throw ValidationFailure(errors: FormErrors(.init(messages: ["status_reason": .reasonRequired])))
        }
    }

    private func reloaded(_ entry: RegistryEntry, _ req: Request, status: HTTPResponseStatus) async throws -> Response {
        let fresh = try await RegistryEntry.query(on: req.db).filter(\.$id == entry.id!)
            .with(\.$languages).with(\.$counties).with(\.$communities).with(\.$affiliations) { $0.with(\.$organization) }.first()!
        let response = try json(StaffEntryDTO(fresh))
        response.status = status
        return response
    }

    private func json<T: Content>(_ value: T) throws -> Response {
        let response = Response(status: .ok)
        try response.content.encode(value, using: JSONEncoder.api)
        return response
    }
}
