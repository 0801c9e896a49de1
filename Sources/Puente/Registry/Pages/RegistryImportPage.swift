// Uploading a CSV, the dry-run report, and the button that commits it.

import Foundation
import PuenteCore

enum RegistryImportPage {
    static func page(_ ctx: PageContext, report: ImportReport? = nil, importID: UUID? = nil, error: L10n? = nil) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.importTitle))
        out.leaf(.p, text: ctx.t(.importLead))
        if let error { out.leaf(.p, ["class": "error-summary", "role": "alert"], text: ctx.t(error)) }
        out.element(.form, ["method": "post", "action": SiteURL.staffRegistryImport.path, "enctype": "multipart/form-data"]) { out in
            out.csrfField(ctx)
            out.element(.div, ["class": "field"]) { out in
                out.leaf(.label, ["for": "field-file"], text: ctx.t(.importFileLabel))
                out.open(.input, ["type": "file", "id": "field-file", "name": "file", "accept": ".csv,text/csv", "required": ""])
            }
            out.submit(ctx.t(.importCheck))
        }
        if let report { self.report(&out, ctx, report, importID: importID) }
        return PageView(title: ctx.t(.importTitle), html: out.html,
                        status: report.map { $0.isCommittable ? .ok : .unprocessableEntity } ?? (error == nil ? .ok : .unprocessableEntity))
    }

    private static func report(_ out: inout HTMLWriter, _ ctx: PageContext, _ report: ImportReport, importID: UUID?) {
        out.element(.section, ["aria-labelledby": "report-heading"]) { out in
            out.leaf(.h2, ["id": "report-heading"], text: report.fileName)
            if !report.mapping.isEmpty {
                out.leaf(.h3, text: ctx.t(.importMapping))
                out.element(.ul) { out in
                    for (header, column) in report.mapping {
                        out.leaf(.li, text: "\(header) → \(column?.rawValue ?? ctx.t(.importIgnored))")
                    }
                }
            }
            if report.problems.isEmpty {
                out.leaf(.p, ["class": "notice"], text: ctx.t(.importReady, ["count": "\(report.rowCount)"]))
                if let importID, report.isCommittable {
                    out.form(ctx, action: SiteURL.staffRegistryImportCommit(.value(importID)).path) { out in
                        out.submit(ctx.t(.importCommit, ["count": "\(report.rowCount)"]))
                    }
                }
            } else {
                let summary = ctx.t(.importProblems, ["count": "\(report.problems.count)"])
                out.leaf(.p, ["class": "error-summary", "role": "alert"], text: summary)
                out.table(label: summary) { out in
                    out.element(.thead) { out in
                        out.element(.tr) { out in
                            for heading in [L10n.importLine, .importColumn, .columnWhat] { out.leaf(.th, ["scope": "col"], text: ctx.t(heading)) }
                        }
                    }
                    out.element(.tbody) { out in
                        for problem in report.problems.prefix(500) {
                            out.element(.tr, ["class": "import-problem"]) { out in
                                out.leaf(.td, text: "\(problem.line)")
                                out.leaf(.td, text: problem.column ?? "")
                                out.leaf(.td, text: problem.message)
                            }
                        }
                    }
                }
            }
        }
    }
}
