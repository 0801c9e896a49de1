// Continuing-education and work hours on a page of their own: report hours with an optional
// evidence file, and see what staff made of each report.

import Fluent
import Foundation
import PuenteCore

enum HourReportPage {
    struct Model {
        let records: [HourRecord]
        let input: HourRecordInput
        let errors: FormErrors
    }

    static func query(on db: any Database, user: User, input: HourRecordInput = .init(), errors: FormErrors = .init()) async throws -> Model {
        Model(records: try await HourRecord.query(on: db).filter(\.$user.$id == user.id!).sort(\.$day, .descending).all(),
              input: input, errors: errors)
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        var out = HTMLWriter(capacity: 8192)
        out.element(.p) { $0.link(SiteURL.trainingMine.path, "← " + ctx.t(.trainingMineTitle)) }
        out.leaf(.h1, text: ctx.t(.hoursTitle))
        out.leaf(.p, text: ctx.t(.hoursLead))
        out.errorSummary(ctx, model.errors)
        // Multipart, for the optional evidence file; the CSRF token travels as a field like any form's.
        out.element(.form, ["method": "post", "action": SiteURL.trainingHours.path, "enctype": "multipart/form-data", "novalidate": ""]) { out in
            out.csrfField(ctx)
            out.select(ctx, name: "kind", label: .hoursKind, options: HourRecord.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                       selected: model.input.kind, errors: model.errors)
            out.field(ctx, name: "day", label: .practicumDay, type: "date", value: model.input.day, errors: model.errors)
            out.field(ctx, name: "hours", label: .practicumHours, value: model.input.hours, errors: model.errors, hint: .practicumHoursHint)
            out.field(ctx, name: "topic", label: .hoursTopic, value: model.input.topic, errors: model.errors)
            out.field(ctx, name: "provider", label: .hoursProvider, value: model.input.provider, errors: model.errors)
            out.field(ctx, name: "evidence", label: .hoursEvidence, type: "file", errors: model.errors, required: false)
            out.submit(ctx.t(.hoursSubmit))
        }
        if !model.records.isEmpty {
            out.leaf(.h2, text: ctx.t(.hoursYourReports))
            HourReportPage.records(ctx, model.records, &out)
        }
        return PageView(title: ctx.t(.hoursTitle), html: out.html, status: status)
    }

    /// Each report in one line with its state, and its evidence file when there is one.
    static func records(_ ctx: PageContext, _ records: [HourRecord], _ out: inout HTMLWriter) {
        out.element(.ul) { out in
            for record in records {
                out.element(.li) { out in
                    out.text("\(TrainingText.day(ctx, record.day)) · \(ctx.t(record.kind.label)) · \(Hours.text(quarterHours: record.quarterHours)) h · \(record.topic) ")
                    out.tag(ctx, record.status)
                    if let comment = record.comment { out.text(" — " + comment) }
                    if record.evidenceFile != nil {
                        out.text(" · ")
                        out.link(SiteURL.trainingHourEvidence(.value(record.id!)).path, ctx.t(.hoursEvidenceLink))
                    }
                }
            }
        }
    }
}
