// The form components every page uses, written into the page's `HTMLWriter` (decision 0018).
// Each field ties its label, hint and error together with ids and `aria-describedby`.

import PuenteCore

extension HTMLWriter {
    mutating func csrfField(_ ctx: PageContext) {
        open(.input, ["type": "hidden", "name": CSRF.fieldName, "value": ctx.csrfToken])
    }

    /// A form that always carries the CSRF token and posts to `action`.
    mutating func form(_ ctx: PageContext, action: String, _ content: (inout HTMLWriter) -> Void) {
        element(.form, ["method": "post", "action": action, "novalidate": ""]) { out in
            out.csrfField(ctx)
            content(&out)
        }
    }

    mutating func field(_ ctx: PageContext, name: String, label: L10n, type: String = "text", value: String = "",
                        errors: FormErrors, hint: L10n? = nil, autocomplete: String? = nil, required: Bool = true,
                        readOnly: Bool = false, id: String? = nil) {
        // `id`: when one page repeats a form (a card per person), each field needs its own.
        let id = id ?? "field-\(name)"
        let error = errors[name]
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        element(.div, ["class": error == nil ? "field" : "field has-error"]) { out in
            out.leaf(.label, ["for": id], text: ctx.t(label))
            if let hint { out.leaf(.p, ["class": "hint", "id": "\(id)-hint"], text: ctx.t(hint)) }
            if let error { out.leaf(.p, ["class": "field-error", "id": "\(id)-error"], text: ctx.t(error)) }
            out.open(.input, [
                "type": type, "id": id, "name": name,
                "value": type == "password" ? nil : value,
                "autocomplete": autocomplete,
                "required": required ? "" : nil,
                "readonly": readOnly ? "" : nil,
                "aria-invalid": error == nil ? nil : "true",
                "aria-describedby": describedBy.isEmpty ? nil : describedBy,
            ])
        }
    }

    mutating func textArea(_ ctx: PageContext, name: String, label: L10n, value: String, errors: FormErrors, required: Bool = true) {
        let id = "field-\(name)"
        let error = errors[name]
        element(.div, ["class": error == nil ? "field" : "field has-error"]) { out in
            out.leaf(.label, ["for": id], text: ctx.t(label))
            if let error { out.leaf(.p, ["class": "field-error", "id": "\(id)-error"], text: ctx.t(error)) }
            out.leaf(.textarea, ["id": id, "name": name, "rows": "6", "required": required ? "" : nil,
                                 "aria-invalid": error == nil ? nil : "true", "aria-describedby": error == nil ? nil : "\(id)-error"],
                     text: value)
        }
    }

    mutating func languageSelect(_ ctx: PageContext, name: String, selected: Language) {
        let id = "field-\(name)"
        element(.div, ["class": "field"]) { out in
            out.leaf(.label, ["for": id], text: ctx.t(.preferredLanguageLabel))
            out.element(.select, ["id": id, "name": name]) { out in
                for language in Language.allCases {
                    out.leaf(.option, ["value": language.rawValue, "selected": language == selected ? "" : nil], text: language.endonym)
                }
            }
        }
    }

    /// A labelled drop-down; `options` are (value, text), `anyOption` an empty first choice.
    mutating func select(_ ctx: PageContext, name: String, label: L10n, options: RenderedOptions, selected: String?,
                         errors: FormErrors, anyOption: String? = nil, id: String? = nil) {
        let id = id ?? "field-\(name)"
        let error = errors[name]
        element(.div, ["class": error == nil ? "field" : "field has-error"]) { out in
            out.leaf(.label, ["for": id], text: ctx.t(label))
            if let error { out.leaf(.p, ["class": "field-error", "id": "\(id)-error"], text: ctx.t(error)) }
            out.element(.select, ["id": id, "name": name, "aria-invalid": error == nil ? nil : "true",
                                  "aria-describedby": error == nil ? nil : "\(id)-error"]) { out in
                if let anyOption { out.leaf(.option, ["value": ""], text: anyOption) }
                out.raw(options.html(selected: selected))
            }
        }
    }

    mutating func select(_ ctx: PageContext, name: String, label: L10n, options: [(String, String)], selected: String?,
                         errors: FormErrors, anyOption: String? = nil, id: String? = nil) {
        select(ctx, name: name, label: label, options: RenderedOptions(options), selected: selected, errors: errors, anyOption: anyOption,
               id: id)
    }

    /// A fieldset of labelled checkboxes; each label wraps its box so the whole line is the target.
    /// `inColumns` sets long lists of short names (46 languages, 58 counties) side by side, so on
    /// a phone they take half the scrolling.
    mutating func checkboxes(_ ctx: PageContext, name: String, field: String, legend: L10n, selected: Set<String>,
                             errors: FormErrors, options: [(String, String)], inColumns: Bool = false) {
        choices(ctx, field: field, legend: legend, errors: errors, inColumns: inColumns) { out in
            out.choiceBoxes(name: name, options: options, selected: selected)
        }
    }

    /// The fieldset around a group of choices: legend, error, then whatever `content` writes.
    mutating func choices(_ ctx: PageContext, field: String, legend: L10n, errors: FormErrors, inColumns: Bool = false,
                          _ content: (inout HTMLWriter) -> Void) {
        element(.fieldset, ["class": inColumns ? "choices choices-columns" : "choices", "id": "field-\(field)",
                            "aria-invalid": errors[field] == nil ? nil : "true"]) { out in
            out.leaf(.legend, text: ctx.t(legend))
            if let error = errors[field] { out.leaf(.p, ["class": "field-error"], text: ctx.t(error)) }
            content(&out)
        }
    }

    /// One labelled box per option, the label wrapping the box so the whole line is the target.
    mutating func choiceBoxes(name: String, options: [(String, String)], selected: Set<String>, type: String = "checkbox") {
        for (value, text) in options {
            element(.label, ["class": "choice"]) { out in
                out.open(.input, ["type": type, "name": name, "value": value, "checked": selected.contains(value) ? "" : nil])
                out.text(" " + text)
            }
        }
    }

    /// A fieldset of radios: one answer from a few.
    mutating func radios(_ ctx: PageContext, name: String, legend: L10n, selected: String, errors: FormErrors, options: [(String, String)]) {
        choices(ctx, field: name, legend: legend, errors: errors) { out in
            out.choiceBoxes(name: name, options: options, selected: [selected], type: "radio")
        }
    }

    /// A form field's value carried unseen from another step of the same form.
    mutating func hidden(_ name: String, _ value: String) {
        open(.input, ["type": "hidden", "name": name, "value": value])
    }

    mutating func submit(_ title: String) {
        submit(title, kind: .primary)
    }

    /// At the top of a form that failed validation: each error once, linked to its field
    /// (`field-<name>`), so a phone user jumps straight to it. The page title says so too.
    mutating func errorSummary(_ ctx: PageContext, _ errors: FormErrors) {
        guard !errors.isEmpty else { return }
        element(.div, ["class": "error-summary", "role": "alert", "tabindex": "-1"]) { out in
            out.leaf(.h2, text: ctx.t(.errorSummaryTitle))
            out.leaf(.p, text: ctx.t(.formErrorSummary))
            out.element(.ul) { out in
                for field in errors.fields {
                    guard let message = errors[field] else { continue }
                    out.element(.li) { $0.link("#field-\(field)", ctx.t(message)) }
                }
            }
        }
    }
}
