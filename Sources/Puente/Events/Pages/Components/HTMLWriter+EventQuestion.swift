// One custom question as a form field.

import PuenteCore

extension HTMLWriter {
    /// A text box, a list of choices, or yes / no; `answer` is what the person gave before.
    mutating func eventQuestion(_ ctx: PageContext, _ question: EventQuestion, answer: String, errors: FormErrors) {
        let name = EventQuestion.field(question.id)
        let error = errors[name]
        let label = question.promptText.marked(in: ctx.language) + (question.required ? "" : " (" + ctx.t(.optionalField) + ")")
        switch question.kind {
        case .text:
            element(.div, ["class": error == nil ? "field" : "field has-error"]) { out in
                out.leaf(.label, ["for": "field-\(name)"], text: label)
                if let error { out.leaf(.p, ["class": "field-error", "id": "field-\(name)-error"], text: ctx.t(error)) }
                out.open(.input, ["type": "text", "id": "field-\(name)", "name": name, "value": answer,
                                  "maxlength": "\(EventQuestion.maximumAnswerLength)", "aria-invalid": error == nil ? nil : "true",
                                  "aria-describedby": error == nil ? nil : "field-\(name)-error"])
            }
        case .choice, .yesNo:
            let options = question.kind == .yesNo ? [("yes", ctx.t(.yes)), ("no", ctx.t(.no))] : question.choiceLabels(in: ctx.language).map { ($0.value, $0.label) }
            element(.fieldset, ["class": error == nil ? "choices" : "choices has-error", "id": "field-\(name)"]) { out in
                out.leaf(.legend, text: label)
                if let error { out.leaf(.p, ["class": "field-error"], text: ctx.t(error)) }
                for (value, text) in options {
                    out.element(.label, ["class": "choice"]) { out in
                        out.open(.input, ["type": "radio", "name": name, "value": value, "checked": answer == value ? "" : nil])
                        out.text(" " + text)
                    }
                }
            }
        }
    }
}
