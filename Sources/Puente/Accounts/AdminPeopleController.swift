// Admins find people and assign roles. Every change is audited.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct AdminPeopleController: RouteCollection {
    static let pageSize = 25

    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.grouped(Access.permission(.manageRoles))
        admin.get(SiteURL.adminPeople.pathComponents, use: index)
        admin.post(SiteURL.adminPersonRoles(.key).pathComponents, use: updateRoles)
    }

    /// The query the page runs; tests call it directly.
    /// Names are matched and ordered without accents or case: "jose" finds José, and Álvaro is
    /// listed with the A's.
    static func people(matching search: String, page: Int, on db: any Database) async throws -> Page<User> {
        let query = User.query(on: db).with(\.$roles).sort(\.$nameFolded).sort(\.$name).sort(\.$email)
        let term = search.trimmingCharacters(in: .whitespaces).lowercased()
        if !term.isEmpty {
            query.group(.or) { group in
                group.filter(\.$email, contains: term)
                group.filter(\.$nameFolded, contains: TextFolding.fold(term))
            }
        }
        return try await query.paginateToLastPage(page, per: pageSize)
    }

    func index(req: Request) async throws -> Response {
        let search = try req.searchText()
        let page = try await Self.people(matching: search, page: req.htmlPageNumber, on: req.db)
        let rows = page.items.map { user in
            AdminPeoplePage.Row(id: user.id!, name: user.name, email: user.email,
                                roles: Set(user.roles.compactMap { Role(rawValue: $0.role) }))
        }
        return try await req.render {
            AdminPeoplePage.page($0, search: search, rows: rows, page: page.metadata.page, pages: page.metadata.pageCount)
        }
    }

    func updateRoles(req: Request) async throws -> Response {
        guard let id = req.parameters.get("personID", as: UUID.self),
              let person = try await User.find(id, on: req.db) else { throw Abort(.notFound) }
        let chosen = Set(req.formValues("roles").compactMap(Role.init(rawValue:)))
        let me = try req.requireUser()
        if person.id == me.id && !chosen.contains(.admin) {
            req.flash(.error, .adminRolesKeepOneAdmin)
            return req.redirect(to: .adminPeople)
        }
        try await req.accounts.setRoles(of: person, to: chosen)
        req.forgetCachedRoles()
        req.flash(.success, .adminRolesSaved, ["name": person.name])
        return req.redirect(to: .adminPeople)
    }
}
