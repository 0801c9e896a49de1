// Staff search the registry.

import Foundation
import Plot
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
        PageView(title: ctx.t(.registryStaffTitle), content: Div {
            H1(ctx.t(.registryStaffTitle))
            Paragraph {
                Tag.a(SiteURL.staffRegistryNew.path, ctx.t(.registryStaffNew), ["class": "button"])
                Text(" ")
                Tag.a(SiteURL.staffRegistryImport.path, ctx.t(.importTitle))
                Text(" · ")
                Tag.a(SiteURL.staffRegistryExport.path(query: ["q": search, "status": status]), ctx.t(.exportCSV))
                Text(" · ")
                Tag.a(SiteURL.staffOrganizations.path, ctx.t(.organizationsTitle))
            }
            Tag.element(.form, ["method": "get", "action": SiteURL.staffRegistry.path, "role": "search"]) {
                UI.field(ctx, name: "q", label: .adminRolesSearch, type: "search", value: search, errors: .init(), required: false)
                Div {
                    Tag.element(.label, ["for": "field-status"]) { Text(ctx.t(.registryStaffFilterStatus)) }
                    Tag.element(.select, ["id": "field-status", "name": "status"]) {
                        Tag.element(.option, ["value": ""]) { Text(ctx.t(.directoryAny)) }
                        for option in RegistryEntry.Status.allCases {
                            Tag.element(.option, ["value": option.rawValue, "selected": option.rawValue == status ? "" : nil]) {
                                Text(ctx.t(option.label))
                            }
                        }
                    }
                }.class("field")
                UI.submit(ctx.t(.auditFilterSubmit))
            }
            if rows.isEmpty { Paragraph(ctx.t(.noResults)) }
            UI.table(label: ctx.t(.registryStaffTitle)) {
                Tag.element(.thead) {
                    Tag.element(.tr) {
                        for heading in [L10n.registryMyNumber, .columnPerson, .directoryTypeLabel, .trainingStatus] {
                            Tag.element(.th, ["scope": "col"]) { Text(ctx.t(heading)) }
                        }
                    }
                }
                Tag.element(.tbody) {
                    for row in rows {
                        Tag.element(.tr) {
                            Tag.element(.td) { Tag.a(SiteURL.staffRegistryEntry(.value(row.id)).path, row.number) }
                            Tag.element(.td) { Text(row.name) }
                            Tag.element(.td) { Text(row.type) }
                            Tag.element(.td) { UI.tag(ctx, row.status) }
                        }
                    }
                }
            }
            UI.pagination(ctx, page: page, pages: pages) { number in
                SiteURL.staffRegistry.path(query: ["q": search, "status": status, "page": "\(number)"])
            }
        })
    }
}
