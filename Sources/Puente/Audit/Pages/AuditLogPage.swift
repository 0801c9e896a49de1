// The audit log table with its filter form.

import Foundation
import Plot
import PuenteCore

enum AuditLogPage {
    struct Row {
        let when: Date
        let who: String?
        let action: String
        let what: String
        let fromWhere: String
    }

    static func page(_ ctx: PageContext, filter: AuditLogFilter, rows: [Row], page: Int, pages: Int) -> PageView {
        PageView(title: ctx.t(.auditTitle), content: Div {
            H1(ctx.t(.auditTitle))
            Paragraph(ctx.t(.auditLead))
            filters(ctx, filter)
            if rows.isEmpty {
                Paragraph(ctx.t(.noResults))
            } else {
                table(ctx, rows)
            }
            UI.pagination(ctx, page: page, pages: pages) { number in
                SiteURL.auditLog.path(query: [
                    "actor": filter.actor, "action": filter.action, "entity": filter.entity,
                    "from": filter.from, "to": filter.to, "page": "\(number)",
                ])
            }
        })
    }

    private static func filters(_ ctx: PageContext, _ filter: AuditLogFilter) -> Component {
        Tag.element(.form, ["method": "get", "action": SiteURL.auditLog.path]) {
            filterField(ctx, "actor", .auditFilterActor, filter.actor, type: "text")
            filterField(ctx, "action", .auditFilterAction, filter.action, type: "text")
            filterField(ctx, "entity", .auditFilterEntity, filter.entity, type: "text")
            filterField(ctx, "from", .auditFilterFrom, filter.from, type: "date")
            filterField(ctx, "to", .auditFilterTo, filter.to, type: "date")
            UI.submit(ctx.t(.auditFilterSubmit))
        }
    }

    private static func filterField(_ ctx: PageContext, _ name: String, _ label: L10n, _ value: String, type: String) -> Component {
        UI.field(ctx, name: name, label: label, type: type, value: value, errors: .init(), required: false)
    }

    private static func table(_ ctx: PageContext, _ rows: [Row]) -> Component {
        UI.table(label: ctx.t(.auditTitle)) {
            Tag.element(.thead) {
                Tag.element(.tr) {
                    for heading in [L10n.columnWhen, .columnWho, .columnAction, .columnWhat, .columnFromWhere] {
                        Tag.element(.th, ["scope": "col"]) { Text(ctx.t(heading)) }
                    }
                }
            }
            Tag.element(.tbody) {
                for row in rows {
                    Tag.element(.tr) {
                        Tag.element(.td) { Text(ctx.dates.format(row.when, .dateTime, in: ctx.language)) }
                        Tag.element(.td) { Text(row.who ?? ctx.t(.auditSystem)) }
                        Tag.element(.td) { Text(row.action) }
                        Tag.element(.td) { Text(row.what) }
                        Tag.element(.td) { Text(row.fromWhere) }
                    }
                }
            }
        }
    }
}
