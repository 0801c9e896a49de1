// Staff create or edit a training program.

import Foundation
import Plot
import PuenteCore

/// Add or change a program: names, descriptions and its completion requirements.
enum ProgramFormPage {
    static func page(_ ctx: PageContext, _ input: ProgramInput, id: UUID?, errors: FormErrors = .init()) -> PageView {
        let title = ctx.t(id == nil ? .programNew : .programEdit)
        return PageView(title: title, content: Div {
            H1(title)
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: id.map { SiteURL.staffProgram(.value($0)).path } ?? SiteURL.staffProgramNew.path) {
                UI.field(ctx, name: "code", label: .programCode, value: input.code, errors: errors, hint: .programCodeHint)
                Div {
                    Tag.element(.label, ["for": "field-kind"]) { Text(ctx.t(.programKind)) }
                    Tag.element(.select, ["id": "field-kind", "name": "kind"]) {
                        for kind in TrainingProgram.Kind.allCases {
                            Tag.element(.option, ["value": kind.rawValue, "selected": input.kind == kind.rawValue ? "" : nil]) {
                                Text(ctx.t(kind == .core ? .programKindCore : .programKindCE))
                            }
                        }
                    }
                }.class("field")
                UI.field(ctx, name: "name_en", label: .programNameEN, value: input.nameEN, errors: errors)
                UI.field(ctx, name: "name_es", label: .programNameES, value: input.nameES, errors: errors)
                UI.textArea(ctx, name: "description_en", label: .programDescriptionEN, value: input.descriptionEN, errors: errors)
                UI.textArea(ctx, name: "description_es", label: .programDescriptionES, value: input.descriptionES, errors: errors)
                UI.field(ctx, name: "classroom_hours", label: .programClassroomHours, value: input.classroomHours, errors: errors)
                UI.field(ctx, name: "practicum_hours", label: .programPracticumHours, value: input.practicumHours, errors: errors)
                UI.field(ctx, name: "attendance_percent", label: .programAttendance, type: "number", value: input.attendancePercent,
                         errors: errors)
                UI.field(ctx, name: "window_days", label: .programWindowDays, type: "number", value: input.windowDays, errors: errors,
                         hint: .programWindowHint, required: false)
                UI.checkboxes(ctx, name: "competencies[]", field: "competencies", legend: .progressCompetencies,
                              selected: Set(input.competencies),
                              errors: errors, options: Competencies.all.map { ($0.id, $0.name.text(in: ctx.language)) })
                Tag.element(.label, ["class": "choice"]) {
                    Tag.void(.input, ["type": "checkbox", "name": "auto_complete", "value": "on",
                                       "checked": input.autoComplete ? "" : nil])
                    Text(" " + ctx.t(.programAutoComplete))
                }
                UI.field(ctx, name: "valid_months", label: .programValidMonths, type: "number", value: input.validMonths, errors: errors,
                         required: false)
                UI.field(ctx, name: "issuer", label: .programIssuer, value: input.issuer, errors: errors, hint: .programIssuerHint,
                         required: false)
                UI.submit(ctx.t(.save))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
