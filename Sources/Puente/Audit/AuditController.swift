// Staff browse and filter the audit log.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct AuditLogFilter: Sendable {
    var actor = ""
    var action = ""
    var entity = ""
    var from = ""
    var to = ""
    var page = 1
}

struct AuditController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(Access.permission(.readAuditLog)).get(SiteURL.auditLog.pathComponents, use: index)
    }

    /// The query the page runs; tests call it directly. Dates are whole days in the program's zone.
    static func events(_ filter: AuditLogFilter, dates: DateFormatting, on db: any Database) async throws -> Page<AuditEvent> {
        let query = AuditEvent.query(on: db).sort(\.$occurredAt, .descending)
        if !filter.actor.isEmpty { query.filter(\.$actorEmail, contains: filter.actor) }
        if !filter.action.isEmpty { query.filter(\.$action, startsWith: filter.action) }
        if !filter.entity.isEmpty { query.filter(\.$entityType == filter.entity) }
        if let start = dates.startOfDay(filter.from) { query.filter(\.$occurredAt >= start) }
        if let end = dates.startOfDay(filter.to) { query.filter(\.$occurredAt < end.addingTimeInterval(24 * 3600)) }
        return try await query.paginateToLastPage(filter.page, per: pageSize)
    }

    func index(req: Request) async throws -> Response {
        let filter = AuditLogFilter(
            actor: try req.searchText("actor"),
            action: try req.searchText("action"),
            entity: try req.searchText("entity"),
            from: try req.searchText("from"),
            to: try req.searchText("to"),
            page: req.htmlPageNumber)
        let page = try await Self.events(filter, dates: req.config.dateFormatting, on: req.db)
        let rows = page.items.map {
            AuditLogPage.Row(when: $0.occurredAt, who: $0.actorEmail, action: $0.action,
                             what: [$0.entityType, $0.entityID].compactMap { $0 }.joined(separator: " ") + " — " + $0.summary,
                             fromWhere: $0.ip ?? "")
        }
        return try await req.render {
            AuditLogPage.view($0, filter: filter, rows: rows, page: page.metadata.page, pages: page.metadata.pageCount)
        }
    }
}
