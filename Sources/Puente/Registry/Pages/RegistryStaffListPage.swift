// Staff search the registry.

import Foundation
import PuenteCore

enum RegistryStaffListPage {
    struct Row {
        let id: UUID
        let number: String
        let name: String
        let status: RegistryEntry.Status
        let type: String
    }

    static func page(_ ctx: PageContext, search: String, status: String, rows: [Row], page: Int, pages: Int) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.registryStaffTitle))
        out.element(.p) { out in
            out.link(SiteURL.staffRegistryNew.path, ctx.t(.registryStaffNew), ["class": "button"])
            out.text(" ")
            out.link(SiteURL.staffRegistryImport.path, ctx.t(.importTitle))
            out.text(" · ")
            out.link(SiteURL.staffRegistryExport.path(query: ["q": search, "status": status]), ctx.t(.exportCSV))
            out.text(" · ")
            out.link(SiteURL.staffOrganizations.path, ctx.t(.organizationsTitle))
        }
        out.element(.form, ["method": "get", "action": SiteURL.staffRegistry.path, "role": "search"]) { out in
            out.field(ctx, name: "q", label: .adminRolesSearch, type: "search", value: search, errors: .init(), required: false)
            out.select(ctx, name: "status", label: .registryStaffFilterStatus,
                       options: RegistryEntry.Status.allCases.map { ($0.rawValue, ctx.t($0.label)) }, selected: status, errors: .init(),
                       anyOption: ctx.t(.directoryAny))
            out.submit(ctx.t(.auditFilterSubmit))
        }
        if rows.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        out.table(label: ctx.t(.registryStaffTitle)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.registryMyNumber, .columnPerson, .directoryTypeLabel, .trainingStatus] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for row in rows {
                    out.element(.tr) { out in
                        out.element(.td) { $0.link(SiteURL.staffRegistryEntry(.value(row.id)).path, row.number) }
                        out.leaf(.td, text: row.name)
                        out.leaf(.td, text: row.type)
                        out.element(.td) { $0.tag(ctx, row.status) }
                    }
                }
            }
        }
        out.pagination(ctx, page: page, pages: pages) { number in
            SiteURL.staffRegistry.path(query: ["q": search, "status": status, "page": "\(number)"])
        }
        return PageView(title: ctx.t(.registryStaffTitle), html: out.html)
    }
}
