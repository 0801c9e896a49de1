// `GET /fhir/{type}/_history?_since=`: what changed, for directories that mirror this one
// (IHE mCSD's incremental sync). The registry keeps no old versions, so each changed resource
// appears once, as it is now; a person who left the public directory appears as a DELETE, so a
// mirror drops them (see `DirectoryWithdrawals`). Newest first, paged like a search.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

extension FHIRController {
    static let historyTypes = ["Practitioner", "PractitionerRole", "Organization"]

    func history(_ type: String, _ req: Request) async throws -> Response {
        let search: FHIRSearchRequest
        let since: Date?
        do {
            let pairs = QueryParameters.pairs(req.url.query)
            search = try FHIRSearchRequest(pairs: pairs, allowed: ["_since"])
            since = try search.all("_since").first.map { parameter in
                guard let text = parameter.values.first, parameter.values.count == 1, let date = FHIRDate.parse(text) else {
                    throw FHIRSearchError(message: "_since must be an instant such as 2026-01-01T00:00:00Z")
                }
                return date
            }
        } catch let error as FHIRSearchError {
            return Self.respond(FHIRBuilder.operationOutcome("not-supported", error.message), status: .badRequest)
        }
        let builder = try await builder(req)
        let (total, changes) = try await changes(type, since: since, search, req, builder)
        let resources = try await current(type, changes.filter { !$0.withdrawn }.map(\.id), req, builder)
        let base = "\(APIURL.fhir.absolute(req.config))/\(type)/_history"
        var links: [FHIRJSON] = [["relation": "self", "url": search.link(base: base, offset: search.offset)]]
        if search.count > 0, search.offset + search.count < total {
            links.append(["relation": "next", "url": search.link(base: base, offset: search.offset + search.count)])
        }
        let entries = changes.compactMap { change -> FHIRJSON? in
            let url = "\(type)/\(change.resourceID(type))"
            if change.withdrawn {
                return ["fullUrl": "\(APIURL.fhir.absolute(req.config))/\(url)", "request": ["method": "DELETE", "url": url],
                        "response": ["status": "204 No Content", "lastModified": FHIRDate.instant(change.at)]]
            }
            guard let resource = resources[change.id] else { return nil } // changed again since the list was read
            return ["fullUrl": "\(APIURL.fhir.absolute(req.config))/\(url)", "resource": resource, "request": ["method": "PUT", "url": url],
                    "response": ["status": "200 OK", "lastModified": FHIRDate.instant(change.at)]]
        }
        return Self.respond(["resourceType": "Bundle", "type": "history", "total": total, "link": links, "entry": entries])
    }

    struct Change {
        /// The registry number, or the organization's id.
        let id: String
        let at: Date
        let withdrawn: Bool

        func resourceID(_ type: String) -> String { type == "PractitionerRole" ? "role-\(id)" : id }
    }

    /// One page of changes after `since`, newest first, and how many there are in all.
    private func changes(_ type: String, since: Date?, _ search: FHIRSearchRequest, _ req: Request,
                         _ builder: FHIRBuilder) async throws -> (Int, [Change]) {
        let after: SQLQueryString = since.map { "> \(bind: $0)" } ?? "IS NOT NULL"
        let union: SQLQueryString
        if type == "Organization" {
            union = "SELECT \(ident: "id") AS change_id, updated_at AS changed_at, 0 AS withdrawn FROM \(ident: Organization.schema) WHERE updated_at \(after)"
        } else if builder.fullAccess {
            union = "SELECT registry_number AS change_id, updated_at AS changed_at, 0 AS withdrawn FROM \(ident: RegistryEntry.schema) WHERE updated_at \(after)"
        } else {
            union = """
                SELECT registry_number AS change_id, updated_at AS changed_at, 0 AS withdrawn FROM \(ident: RegistryEntry.schema)
                    WHERE updated_at \(after) AND status = \(bind: RegistryEntry.Status.active.rawValue) AND listed_in_directory = \(bind: true)
                UNION ALL
                SELECT registry_number, withdrawn_at, 1 FROM \(ident: DirectoryWithdrawals.table) WHERE withdrawn_at \(after)
                """
        }
        let sql = req.db.sql
        let total = try await sql.raw("SELECT count(*) AS n FROM (\(union)) changes").first()?.decode(column: "n", as: Int.self) ?? 0
        guard search.count > 0 else { return (total, []) }
        let rows = try await sql.raw("""
            SELECT change_id, changed_at, withdrawn FROM (\(union)) changes
            ORDER BY changed_at DESC, change_id LIMIT \(literal: search.count) OFFSET \(literal: search.offset)
            """).all()
        return (total, try rows.map { row in
            let id = type == "Organization"
                ? try row.decode(column: "change_id", as: UUID.self).uuidString.lowercased()
                : try row.decode(column: "change_id", as: String.self)
            return Change(id: id, at: try row.decode(column: "changed_at", as: Date.self),
                          withdrawn: try row.decode(column: "withdrawn", as: Int.self) != 0)
        })
    }

    /// The current resources for the changed ids, by id.
    private func current(_ type: String, _ ids: [String], _ req: Request, _ builder: FHIRBuilder) async throws -> [String: FHIRJSON] {
        guard !ids.isEmpty else { return [:] }
        if type == "Organization" {
            let organizations = try await Organization.query(on: req.db).filter(\.$id ~~ ids.compactMap(UUID.init(uuidString:))).all()
            return Dictionary(uniqueKeysWithValues: organizations.map { ($0.id!.uuidString.lowercased(), builder.organization($0)) })
        }
        let found = try await entries(req, builder).filter(\.$registryNumber ~~ ids).all()
        if type == "PractitionerRole" {
            return Dictionary(uniqueKeysWithValues: found.map { ($0.registryNumber, builder.practitionerRole($0)) })
        }
        let credentials = try await credentials(of: found, req)
        return Dictionary(uniqueKeysWithValues: found.map { ($0.registryNumber, builder.practitioner($0, credentials: credentials[$0.id!] ?? [])) })
    }
}
