// The one set of form and page components every view uses.

import Plot
import PuenteCore

enum UI {
    static func csrfField(_ ctx: PageContext) -> Component {
        Tag.raw(csrfFieldHTML(ctx))
    }

    static func csrfFieldHTML(_ ctx: PageContext) -> String {
        "<input" + Tag.render(["type": "hidden", "name": CSRF.fieldName, "value": ctx.csrfToken]) + ">"
    }

    /// A table that scrolls sideways inside its own region on a narrow screen. The region takes
    /// keyboard focus, so it can be scrolled without a pointer (WCAG 2.1.1), and is named by
    /// `label` for screen readers.
    static func table(label: String, @ComponentBuilder content: @escaping () -> Component) -> Component {
        Tag.element(.div, ["class": "table-scroll", "role": "region", "aria-label": label, "tabindex": "0"]) {
            Tag.element(.table, content: content)
        }
    }

    /// A form that always carries the CSRF token and posts to `action`.
    static func form(_ ctx: PageContext, action: String, @ComponentBuilder content: @escaping () -> Component) -> Component {
        Tag.element(.form, ["method": "post", "action": action, "novalidate": ""]) {
            csrfField(ctx)
            content()
        }
    }

    /// Label, input, hint and error tied together with ids and `aria-describedby`.
    static func field(_ ctx: PageContext, name: String, label: L10n, type: String = "text", value: String = "",
                      errors: FormErrors, hint: L10n? = nil, autocomplete: String? = nil, required: Bool = true,
                      readOnly: Bool = false) -> Component {
        Tag.raw(fieldHTML(ctx, name: name, label: label, type: type, value: value, errors: errors, hint: hint,
                          autocomplete: autocomplete, required: required, readOnly: readOnly))
    }

    static func fieldHTML(_ ctx: PageContext, name: String, label: L10n, type: String = "text", value: String = "",
                          errors: FormErrors, hint: L10n? = nil, autocomplete: String? = nil, required: Bool = true,
                          readOnly: Bool = false) -> String {
        let id = "field-\(name)"
        let error = errors[name]
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        var out = HTMLWriter(capacity: 512)
        out.element(.div, ["class": error == nil ? "field" : "field has-error"]) { out in
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
        return out.html
    }

    static func textArea(_ ctx: PageContext, name: String, label: L10n, value: String, errors: FormErrors,
                         required: Bool = true) -> Component {
        let id = "field-\(name)"
        let error = errors[name]
        var out = HTMLWriter(capacity: 512)
        out.element(.div, ["class": error == nil ? "field" : "field has-error"]) { out in
            out.leaf(.label, ["for": id], text: ctx.t(label))
            if let error { out.leaf(.p, ["class": "field-error", "id": "\(id)-error"], text: ctx.t(error)) }
            out.leaf(.textarea, ["id": id, "name": name, "rows": "6", "required": required ? "" : nil,
                                  "aria-invalid": error == nil ? nil : "true", "aria-describedby": error == nil ? nil : "\(id)-error"],
                     text: value)
        }
        return Tag.raw(out.html)
    }

    static func languageSelect(_ ctx: PageContext, name: String, selected: Language) -> Component {
        let id = "field-\(name)"
        return Div {
            Tag.element(.label, ["for": id]) { Text(ctx.t(.preferredLanguageLabel)) }
            Tag.element(.select, ["id": id, "name": name]) {
                for language in Language.allCases {
                    Tag.element(.option, ["value": language.rawValue, "selected": language == selected ? "" : nil]) {
                        Text(language.endonym)
                    }
                }
            }
        }.class("field")
    }

    /// A labelled drop-down; `options` are (value, text), `anyOption` an empty first choice.
    static func select(_ ctx: PageContext, name: String, label: L10n, options: [(String, String)], selected: String?,
                       errors: FormErrors, anyOption: String? = nil) -> Component {
        Tag.raw(selectHTML(ctx, name: name, label: label, options: options, selected: selected, errors: errors, anyOption: anyOption))
    }

    static func selectHTML(_ ctx: PageContext, name: String, label: L10n, options: [(String, String)], selected: String?,
                           errors: FormErrors, anyOption: String? = nil) -> String {
        selectHTML(ctx, name: name, label: label, options: RenderedOptions(options), selected: selected, errors: errors,
                   anyOption: anyOption)
    }

    static func selectHTML(_ ctx: PageContext, name: String, label: L10n, options: RenderedOptions, selected: String?,
                           errors: FormErrors, anyOption: String? = nil) -> String {
        let id = "field-\(name)"
        let error = errors[name]
        var out = HTMLWriter(capacity: 256 + options.length)
        out.element(.div, ["class": error == nil ? "field" : "field has-error"]) { out in
            out.leaf(.label, ["for": id], text: ctx.t(label))
            if let error { out.leaf(.p, ["class": "field-error", "id": "\(id)-error"], text: ctx.t(error)) }
            out.element(.select, ["id": id, "name": name, "aria-invalid": error == nil ? nil : "true",
                                   "aria-describedby": error == nil ? nil : "\(id)-error"]) { out in
                if let anyOption { out.leaf(.option, ["value": ""], text: anyOption) }
                out.raw(options.html(selected: selected))
            }
        }
        return out.html
    }

    /// A fieldset of labelled checkboxes; each label wraps its box so the whole line is the target.
    /// `inColumns` sets long lists of short names (46 languages, 58 counties) side by side, so on
    /// a phone they take half the scrolling.
    static func checkboxes(_ ctx: PageContext, name: String, field: String, legend: L10n, selected: Set<String>, errors: FormErrors,
                           options: [(String, String)], inColumns: Bool = false) -> Component {
        Tag.element(.fieldset, ["class": inColumns ? "choices choices-columns" : "choices", "id": "field-\(field)"]) {
            Tag.element(.legend) { Text(ctx.t(legend)) }
            if let error = errors[field] { Paragraph(ctx.t(error)).class("field-error") }
            for (value, text) in options {
                Tag.element(.label, ["class": "choice"]) {
                    Tag.void(.input, ["type": "checkbox", "name": name, "value": value, "checked": selected.contains(value) ? "" : nil])
                    Text(" " + text)
                }
            }
        }
    }

    static func submit(_ title: String) -> Component {
        Tag.raw(submitHTML(title))
    }

    static func submitHTML(_ title: String) -> String {
        Tag.leaf(.button, ["type": "submit"], text: title)
    }

    /// Listed at the top of a form that failed validation; the page title says so too.
    static func errorSummary(_ ctx: PageContext, _ errors: FormErrors) -> Component {
        Tag.raw(errorSummaryHTML(ctx, errors))
    }

    static func errorSummaryHTML(_ ctx: PageContext, _ errors: FormErrors) -> String {
        guard !errors.isEmpty else { return "" }
        return "<div class=\"error-summary\" role=\"alert\">" + Tag.leaf(.p, text: ctx.t(.formErrorSummary)) + "</div>"
    }

    static func pagination(_ ctx: PageContext, page: Int, pages: Int, link: (Int) -> String) -> Component {
        Tag.raw(paginationHTML(ctx, page: page, pages: pages, link: link))
    }

    static func paginationHTML(_ ctx: PageContext, page: Int, pages: Int, link: (Int) -> String) -> String {
        guard pages > 1 else { return "" }
        let label = ctx.t(.pageOf, ["page": "\(page)", "pages": "\(pages)"])
        var out = HTMLWriter(capacity: 256)
        out.element(.nav, ["class": "pagination", "aria-label": label]) { out in
            if page > 1 { out.link(link(page - 1), ctx.t(.previousPage), ["rel": "prev"]) }
            out.leaf(.span, text: label)
            if page < pages { out.link(link(page + 1), ctx.t(.nextPage), ["rel": "next"]) }
        }
        return out.html
    }
}

/// A drop-down's options, escaped once. Long lists (58 counties, 40 languages) are the same on
/// every page but for which one is selected, so a page only joins them.
struct RenderedOptions: Sendable {
    private let options: [(value: String, text: String, html: String)]
    let length: Int

    init(_ options: [(value: String, text: String)]) {
        self.options = options.map { value, text in (value, text, Tag.leaf(.option, ["value": value], text: text)) }
        length = self.options.reduce(0) { $0 + $1.html.utf8.count } + 16
    }

    /// Only the selected option is written anew.
    func html(selected: String?) -> String {
        var html = ""
        html.reserveCapacity(length)
        for option in options {
            html += option.value == selected ? Tag.leaf(.option, ["value": option.value, "selected": ""], text: option.text) : option.html
        }
        return html
    }
}

extension SensitiveData {
    /// What a person is told when free text they typed looks like one of these.
    var message: L10n {
        switch self {
        case .socialSecurityNumber: .privacyRefusedSSN
        case .taxID: .privacyRefusedTaxID
        case .paymentCard: .privacyRefusedCard
        }
    }
}
