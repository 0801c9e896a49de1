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

    static func page(_ ctx: PageContext, filter: RegistryStaffFilter, counties: CountyList, rows: [Row], total: Int, page: Int, pages: Int) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.registryStaffTitle))
        out.element(.p) { out in
            out.link(SiteURL.staffRegistryNew.path, ctx.t(.registryStaffNew), ["class": "button"])
            out.text(" ")
            out.link(SiteURL.staffRegistryImport.path, ctx.t(.importTitle))
            out.text(" · ")
            out.link(SiteURL.staffRegistryExport.path(query: filter.queryItems), ctx.t(.exportCSV))
            out.text(" · ")
            out.link(SiteURL.staffOrganizations.path, ctx.t(.organizationsTitle))
        }
        out.element(.form, ["method": "get", "action": SiteURL.staffRegistry.path, "role": "search"]) { out in
            RegistryStaffFilterFields.write(&out, ctx, filter: filter, counties: counties)
            out.submit(ctx.t(.auditFilterSubmit))
        }
        if rows.isEmpty {
            out.leaf(.p, text: ctx.t(.noResults))
        } else {
            out.element(.p) { out in
                out.text(ctx.t(.registryStaffMatches, ["count": "\(total)"]) + " ")
                // The same filter, as the segment of a message to these people.
                var segment = filter.queryItems
                segment["segment"] = "registry"
                out.link(SiteURL.staffMessageNew.path(query: segment), ctx.t(.segmentWriteToThese))
            }
        }
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
            SiteURL.staffRegistry.path(query: filter.queryItems.merging(["page": "\(number)"]) { $1 })
        }
        return PageView(title: ctx.t(.registryStaffTitle), html: out.html)
    }
}

/// The registry's staff filters (status, county, language, worker type): the registry page and
/// the segment of a message write the same fields.
enum RegistryStaffFilterFields {
    static func write(_ out: inout HTMLWriter, _ ctx: PageContext, filter: RegistryStaffFilter, counties: CountyList, search: Bool = true) {
        let any = ctx.t(.directoryAny)
        if search {
            out.field(ctx, name: "q", label: .adminRolesSearch, type: "search", value: filter.search, errors: .init(), required: false)
        }
        out.select(ctx, name: "status", label: .registryStaffFilterStatus,
                   options: RegistryEntry.Status.allCases.map { ($0.rawValue, ctx.t($0.label)) }, selected: filter.status?.rawValue ?? "",
                   errors: .init(), anyOption: any)
        out.select(ctx, name: "county", label: .directoryCountyLabel, options: DirectoryPage.Options.counties(counties),
                   selected: filter.county, errors: .init(), anyOption: any)
        out.select(ctx, name: "language", label: .directoryLanguageLabel, options: DirectoryPage.Options.languages[ctx.language]!,
                   selected: filter.language, errors: .init(), anyOption: any)
        out.select(ctx, name: "type", label: .directoryTypeLabel, options: DirectoryPage.Options.types[ctx.language]!,
                   selected: filter.type?.rawValue, errors: .init(), anyOption: any)
    }
}
