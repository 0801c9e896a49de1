// The admin's list of people, each with a small form of role checkboxes.

import Foundation
import PuenteCore

enum AdminPeoplePage {
    struct Row {
        let id: UUID
        let name: String
        let email: String
        let roles: Set<Role>
    }

    static func page(_ ctx: PageContext, search: String, rows: [Row], page: Int, pages: Int) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.adminRolesTitle))
        out.leaf(.p, text: ctx.t(.adminRolesLead))
        out.element(.form, ["method": "get", "action": SiteURL.adminPeople.path, "role": "search"]) { out in
            out.leaf(.label, ["for": "q"], text: ctx.t(.adminRolesSearch))
            out.open(.input, ["type": "search", "id": "q", "name": "q", "value": search])
            out.submit(ctx.t(.auditFilterSubmit), kind: .secondary)
        }
        if rows.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        for row in rows { person(&out, ctx, row) }
        out.pagination(ctx, page: page, pages: pages) { number in
            SiteURL.adminPeople.path(query: ["q": search, "page": "\(number)"])
        }
        return PageView(title: ctx.t(.adminRolesTitle), html: out.html)
    }

    private static func person(_ out: inout HTMLWriter, _ ctx: PageContext, _ row: Row) {
        out.element(.article, ["class": "card"]) { out in
            out.leaf(.h2, text: row.name)
            out.leaf(.p, text: row.email)
            out.form(ctx, action: SiteURL.adminPersonRoles(.value(row.id)).path) { out in
                out.element(.fieldset, ["class": "choices"]) { out in
                    out.leaf(.legend, text: ctx.t(.columnRoles) + ": " + row.name)
                    out.choiceBoxes(name: "roles[]", options: Role.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                                    selected: Set(row.roles.map(\.rawValue)))
                }
                out.submit(ctx.t(.save))
            }
        }
    }
}
