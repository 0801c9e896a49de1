// The admin's list of people, each with a small form of role checkboxes.

import Foundation
import Plot
import PuenteCore

enum AdminPeoplePage {
    struct Row {
        let id: UUID
        let name: String
        let email: String
        let roles: Set<Role>
    }

    static func page(_ ctx: PageContext, search: String, rows: [Row], page: Int, pages: Int) -> PageView {
        PageView(title: ctx.t(.adminRolesTitle), content: Div {
            H1(ctx.t(.adminRolesTitle))
            Paragraph(ctx.t(.adminRolesLead))
            Tag.element(.form, ["method": "get", "action": SiteURL.adminPeople.path, "role": "search"]) {
                Tag.element(.label, ["for": "q"]) { Text(ctx.t(.adminRolesSearch)) }
                Tag.void(.input, ["type": "search", "id": "q", "name": "q", "value": search])
                UI.submit(ctx.t(.auditFilterSubmit))
            }
            if rows.isEmpty { Paragraph(ctx.t(.noResults)) }
            for row in rows { person(ctx, row) }
            UI.pagination(ctx, page: page, pages: pages) { number in
                SiteURL.adminPeople.path(query: ["q": search, "page": "\(number)"])
            }
        })
    }

    private static func person(_ ctx: PageContext, _ row: Row) -> Component {
        Article {
            H2(row.name)
            Paragraph(row.email)
            UI.form(ctx, action: SiteURL.adminPersonRoles(.value(row.id)).path) {
                Tag.element(.fieldset) {
                    Tag.element(.legend) { Text(ctx.t(.columnRoles) + ": " + row.name) }
                    for role in Role.allCases {
                        Tag.element(.label) {
                            Tag.void(.input, ["type": "checkbox", "name": "roles[]", "value": role.rawValue,
                                               "checked": row.roles.contains(role) ? "" : nil])
                            Text(" " + ctx.t(role.label))
                        }
                    }
                }
                UI.submit(ctx.t(.save))
            }
        }
    }
}
