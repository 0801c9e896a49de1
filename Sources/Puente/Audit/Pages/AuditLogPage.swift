// The audit log table with its filter form.

import Foundation
import PuenteCore

enum AuditLogPage {
    struct Row {
        let when: Date
        let who: String?
        let action: String
        let what: String
        let fromWhere: String
    }

    static func view(_ ctx: PageContext, filter: AuditLogFilter, rows: [Row], page: Int, pages: Int) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.element(.div) { out in
            out.leaf(.h1, text: ctx.t(.auditTitle))
            out.leaf(.p, text: ctx.t(.auditLead))
            filters(ctx, filter, &out)
            if rows.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) } else { table(ctx, rows, &out) }
            out.pagination(ctx, page: page, pages: pages) { number in
                SiteURL.auditLog.path(query: [
                    "actor": filter.actor, "action": filter.action, "entity": filter.entity,
                    "from": filter.from, "to": filter.to, "page": "\(number)",
                ])
            }
        }
        return PageView(title: ctx.t(.auditTitle), html: out.html)
    }

    private static func filters(_ ctx: PageContext, _ filter: AuditLogFilter, _ out: inout HTMLWriter) {
        out.element(.form, ["method": "get", "action": SiteURL.auditLog.path]) { out in
            for (name, label, value, type) in [("actor", L10n.auditFilterActor, filter.actor, "text"),
                                               ("action", .auditFilterAction, filter.action, "text"),
                                               ("entity", .auditFilterEntity, filter.entity, "text"),
                                               ("from", .auditFilterFrom, filter.from, "date"), ("to", .auditFilterTo, filter.to, "date")] {
                out.field(ctx, name: name, label: label, type: type, value: value, errors: .init(), required: false)
            }
            out.submit(ctx.t(.auditFilterSubmit))
        }
    }

    private static func table(_ ctx: PageContext, _ rows: [Row], _ out: inout HTMLWriter) {
        out.table(label: ctx.t(.auditTitle)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.columnWhen, .columnWho, .columnAction, .columnWhat, .columnFromWhere] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for row in rows {
                    out.element(.tr) { out in
                        out.leaf(.td, text: ctx.dates.format(row.when, .dateTime, in: ctx.language))
                        out.leaf(.td, text: row.who ?? ctx.t(.auditSystem))
                        out.element(.td) { out in
                            // The words, and the stored code beneath them for the filter.
                            out.text(Audit.Action(rawValue: row.action)?.words.text(in: ctx.language) ?? row.action)
                            out.leaf(.p, ["class": "hint"], text: row.action)
                        }
                        out.leaf(.td, text: row.what)
                        out.leaf(.td, text: row.fromWhere)
                    }
                }
            }
        }
    }
}
