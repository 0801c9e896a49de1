// Uploading a CSV, the dry-run report, and the button that commits it.

import Foundation
import Plot
import PuenteCore

enum RegistryImportPage {
    static func page(_ ctx: PageContext, report: ImportReport? = nil, importID: UUID? = nil, error: L10n? = nil) -> PageView {
        PageView(title: ctx.t(.importTitle), content: Div {
            H1(ctx.t(.importTitle))
            Paragraph(ctx.t(.importLead))
            if let error { Paragraph(ctx.t(error)).class("error-summary").attributes(["role": "alert"]) }
            Tag.element(.form, ["method": "post", "action": SiteURL.staffRegistryImport.path, "enctype": "multipart/form-data"]) {
                UI.csrfField(ctx)
                Div {
                    Tag.element(.label, ["for": "field-file"]) { Text(ctx.t(.importFileLabel)) }
                    Tag.void(.input, ["type": "file", "id": "field-file", "name": "file", "accept": ".csv,text/csv", "required": ""])
                }.class("field")
                UI.submit(ctx.t(.importCheck))
            }
            if let report { self.report(ctx, report, importID: importID) }
        }, status: report.map { $0.isCommittable ? .ok : .unprocessableEntity } ?? (error == nil ? .ok : .unprocessableEntity))
    }

    private static func report(_ ctx: PageContext, _ report: ImportReport, importID: UUID?) -> Component {
        Tag.element(.section, ["aria-labelledby": "report-heading"]) {
            Tag.element(.h2, ["id": "report-heading"]) { Text(report.fileName) }
            if !report.mapping.isEmpty {
                H3(ctx.t(.importMapping))
                Tag.element(.ul) {
                    for (header, column) in report.mapping {
                        Tag.element(.li) { Text("\(header) → \(column?.rawValue ?? ctx.t(.importIgnored))") }
                    }
                }
            }
            if report.problems.isEmpty {
                Paragraph(ctx.t(.importReady, ["count": "\(report.rowCount)"])).class("notice")
                if let importID, report.isCommittable {
                    UI.form(ctx, action: SiteURL.staffRegistryImportCommit(.value(importID)).path) {
                        UI.submit(ctx.t(.importCommit, ["count": "\(report.rowCount)"]))
                    }
                }
            } else {
                Paragraph(ctx.t(.importProblems,
                                ["count": "\(report.problems.count)"])).class("error-summary").attributes(["role": "alert"])
                UI.table(label: ctx.t(.importProblems, ["count": "\(report.problems.count)"])) {
                    Tag.element(.thead) {
                        Tag.element(.tr) {
                            Tag.element(.th, ["scope": "col"]) { Text(ctx.t(.importLine)) }
                            Tag.element(.th, ["scope": "col"]) { Text(ctx.t(.importColumn)) }
                            Tag.element(.th, ["scope": "col"]) { Text(ctx.t(.columnWhat)) }
                        }
                    }
                    Tag.element(.tbody) {
                        for problem in report.problems.prefix(500) {
                            Tag.element(.tr, ["class": "import-problem"]) {
                                Tag.element(.td) { Text("\(problem.line)") }
                                Tag.element(.td) { Text(problem.column ?? "") }
                                Tag.element(.td) { Text(problem.message) }
                            }
                        }
                    }
                }
            }
        }
    }
}
