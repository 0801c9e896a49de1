// Staff CSV import (check, then commit) and export of the current staff search.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct RegistryImportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageRegistry))
        staff.get(SiteURL.staffRegistryImport.pathComponents, use: form)
        staff.post(SiteURL.staffRegistryImport.pathComponents, use: check)
        staff.post(SiteURL.staffRegistryImportCommit(.key).pathComponents, use: commit)
        staff.get(SiteURL.staffRegistryExport.pathComponents, use: export)
    }

    private func importer(_ req: Request) -> RegistryImport {
        RegistryImport(db: req.db, config: req.config, language: req.language)
    }

    func form(req: Request) async throws -> Response {
        try await req.render { RegistryImportPage.page($0) }
    }

    func check(req: Request) async throws -> Response {
        guard let file = try? req.content.get(File.self, at: "file"), file.data.readableBytes > 0 else {
            return try await req.render { RegistryImportPage.page($0, error: .importNoFile) }
        }
        let data = Data(file.data.readableBytesView)
        let fileName = String(file.filename.prefix(200))
        let (report, _) = try await importer(req).check(data, fileName: fileName)
        var importID: UUID?
        if report.isCommittable, let text = String(data: data, encoding: .utf8) {
            let pending = RegistryImportFile()
            pending.fileName = fileName
            pending.content = text
            pending.createdBy = req.currentUser?.email
            try await pending.create(on: req.db)
            importID = pending.id
        }
        return try await req.render { RegistryImportPage.page($0, report: report, importID: importID) }
    }

    func commit(req: Request) async throws -> Response {
        guard let id = req.parameters.get("importID", as: UUID.self),
              let pending = try await RegistryImportFile.find(id, on: req.db) else { throw Abort(.notFound) }
        // Marking it used first, conditionally, means a double click cannot import twice.
        let claimed = try await req.db.sql.raw("""
            UPDATE registry_imports SET committed_at = \(bind: Date()) WHERE id = \(bind: id) AND committed_at IS NULL RETURNING id
            """).all()
        guard !claimed.isEmpty else {
            return try await req.render { RegistryImportPage.page($0, error: .importExpired) }
        }
        let importer = importer(req)
        let (report, rows) = try await importer.check(Data(pending.content.utf8), fileName: pending.fileName)
        guard report.isCommittable else {
            pending.committedAt = nil
            try await pending.save(on: req.db)
            return try await req.render { RegistryImportPage.page($0, report: report) }
        }
        do {
            try await importer.commit(rows, fileName: pending.fileName, actor: req.auditActor)
        } catch {
            pending.committedAt = nil
            try await pending.save(on: req.db)
            throw error
        }
        req.flash(.success, .importDone, ["count": "\(rows.count)"])
        return req.redirect(to: .staffRegistry)
    }

    /// The staff search (the same `q`, `status`, `county`, `language` and `type`) as CSV; the
    /// export itself is audited.
    func export(req: Request) async throws -> Response {
        let filter = RegistryStaffFilter(query: req)
        let entries = try await RegistrySearch.query(filter, on: req.db)
            .with(\.$languages).with(\.$counties).with(\.$communities).with(\.$affiliations) { $0.with(\.$organization) }.all()
        let yes = { (flag: Bool) in flag ? "yes" : "no" }
        var rows = [ImportColumn.allCases.map(\.rawValue)]
        for entry in entries {
            rows.append(ImportColumn.allCases.map { column -> String in
                switch column {
                case .registryNumber: entry.registryNumber
                case .givenName: entry.givenName
                case .familyName: entry.familyName
                case .email: entry.email ?? ""
                case .phone: entry.phone ?? ""
                case .workerType: entry.workerType.rawValue
                case .otherTitle: entry.otherTitle ?? ""
                case .preferredContact: entry.preferredContact
                case .languages: entry.languages.map(\.code).sorted().joined(separator: ";")
                case .counties: entry.counties.map(\.fips).sorted().joined(separator: ";")
                case .communities: entry.communities.map(\.code).sorted().joined(separator: ";")
                case .organizations: entry.affiliations.map(\.organization.name).sorted().joined(separator: ";")
                case .employer: entry.affiliations.first(where: \.isEmployer)?.organization.name ?? ""
                case .status: entry.status.rawValue
                case .notes: entry.notes ?? ""
                case .listed: yes(entry.listedInDirectory)
                case .showWorkerType: yes(entry.showWorkerType)
                case .showLanguages: yes(entry.showLanguages)
                case .showCounties: yes(entry.showCounties)
                case .showCommunities: yes(entry.showCommunities)
                case .showOrganizations: yes(entry.showOrganizations)
                case .showContact: yes(entry.showContact)
                case .sharesStanding: yes(entry.sharesStanding)
                }
            })
        }
        try await Audit.record(.registryExport, entityType: .registryEntry, entityID: nil,
                               summary: "exported \(entries.count) entries (\(filter.queryItems.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")))",
                               by: req.auditActor, on: req.db)
        return Response.csv(rows, filename: "registry.csv")
    }
}
