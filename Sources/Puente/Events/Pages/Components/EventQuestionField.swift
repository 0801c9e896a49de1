// One custom question as a form field.

import Fluent
import Foundation
import Plot
import PuenteCore
import Vapor

/// One custom question as a form field: a text box, a list of choices, or yes / no.
enum EventQuestionField {
    static func render(_ ctx: PageContext, _ question: EventQuestion, answer: String, errors: FormErrors) -> Component {
        let name = EventQuestion.field(question.id)
        let error = errors[name]
        let label = question.prompt + (question.required ? "" : " (" + ctx.t(.optionalField) + ")")
        switch question.kind {
        case .text:
            return Div {
                Tag.element(.label, ["for": "field-\(name)"]) { Text(label) }
                if let error { Paragraph(ctx.t(error)).class("field-error").id("field-\(name)-error") }
                Tag.void(.input, ["type": "text", "id": "field-\(name)", "name": name, "value": answer,
                                   "maxlength": "\(EventQuestion.maximumAnswerLength)",
                                   "aria-invalid": error == nil ? nil : "true", "aria-describedby": error == nil ? nil : "field-\(name)-error"])
            }.class(error == nil ? "field" : "field has-error")
        case .choice, .yesNo:
            let options: [(String, String)] = question.kind == .yesNo ? [("yes", ctx.t(.yes)), ("no",
                                                                                                ctx.t(.no))] : question.choices.map { ($0, $0) }
            return Tag.element(.fieldset, ["class": error == nil ? "choices" : "choices has-error", "id": "field-\(name)"]) {
                Tag.element(.legend) { Text(label) }
                if let error { Paragraph(ctx.t(error)).class("field-error") }
                for (value, text) in options {
                    Tag.element(.label, ["class": "choice"]) {
                        Tag.void(.input, ["type": "radio", "name": name, "value": value, "checked": answer == value ? "" : nil])
                        Text(" " + text)
                    }
                }
            }
        }
    }
}
