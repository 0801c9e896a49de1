// Staff create or edit a training program.

import Foundation
import PuenteCore

/// Add or change a program: names, descriptions and its completion requirements.
enum ProgramFormPage {
    static func page(_ ctx: PageContext, _ input: ProgramInput, id: UUID?, errors: FormErrors = .init()) -> PageView {
        let title = ctx.t(id == nil ? .programNew : .programEdit)
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: title)
        out.errorSummary(ctx, errors)
        out.form(ctx, action: id.map { SiteURL.staffProgram(.value($0)).path } ?? SiteURL.staffProgramNew.path) { out in
            out.field(ctx, name: "code", label: .programCode, value: input.code, errors: errors, hint: .programCodeHint)
            out.select(ctx, name: "kind", label: .programKind,
                       options: TrainingProgram.Kind.allCases.map { ($0.rawValue, ctx.t($0 == .core ? .programKindCore : .programKindCE)) },
                       selected: input.kind, errors: errors)
            out.field(ctx, name: "name_en", label: .programNameEN, value: input.nameEN, errors: errors)
            out.field(ctx, name: "name_es", label: .programNameES, value: input.nameES, errors: errors)
            out.textArea(ctx, name: "description_en", label: .programDescriptionEN, value: input.descriptionEN, errors: errors)
            out.textArea(ctx, name: "description_es", label: .programDescriptionES, value: input.descriptionES, errors: errors)
            out.field(ctx, name: "classroom_hours", label: .programClassroomHours, value: input.classroomHours, errors: errors)
            out.field(ctx, name: "practicum_hours", label: .programPracticumHours, value: input.practicumHours, errors: errors)
            out.field(ctx, name: "attendance_percent", label: .programAttendance, type: "number", value: input.attendancePercent,
                      errors: errors)
            out.field(ctx, name: "window_days", label: .programWindowDays, type: "number", value: input.windowDays, errors: errors,
                      hint: .programWindowHint, required: false)
            out.competencyPicker(ctx, selected: Set(input.competencies), errors: errors)
            out.choiceBoxes(name: "auto_complete", options: [("on", ctx.t(.programAutoComplete))], selected: input.autoComplete ? ["on"] : [])
            out.field(ctx, name: "valid_months", label: .programValidMonths, type: "number", value: input.validMonths, errors: errors,
                      required: false)
            out.field(ctx, name: "issuer", label: .programIssuer, value: input.issuer, errors: errors, hint: .programIssuerHint,
                      required: false)
            out.submit(ctx.t(.save))
        }
        return PageView(title: title, html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
