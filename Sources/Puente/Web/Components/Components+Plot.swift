// The shared components for pages still written as Plot components: each one is the
// `HTMLWriter` component (HTMLWriter+Form.swift), placed as one raw node. Issue 20 converts the
// remaining Plot pages as it redesigns them; then this file goes (decision 0018).

import Plot
import PuenteCore

enum UI {
    static func csrfField(_ ctx: PageContext) -> Component {
        Tag.raw(HTMLWriter.fragment { $0.csrfField(ctx) })
    }

    static func table(label: String, @ComponentBuilder content: @escaping () -> Component) -> Component {
        Tag.raw(HTMLWriter.fragment(capacity: 4096) { $0.table(label: label) { $0.raw(content().render()) } })
    }

    static func form(_ ctx: PageContext, action: String, @ComponentBuilder content: @escaping () -> Component) -> Component {
        Tag.raw(HTMLWriter.fragment(capacity: 4096) { $0.form(ctx, action: action) { $0.raw(content().render()) } })
    }

    static func field(_ ctx: PageContext, name: String, label: L10n, type: String = "text", value: String = "",
                      errors: FormErrors, hint: L10n? = nil, autocomplete: String? = nil, required: Bool = true,
                      readOnly: Bool = false) -> Component {
        Tag.raw(HTMLWriter.fragment {
            $0.field(ctx, name: name, label: label, type: type, value: value, errors: errors, hint: hint, autocomplete: autocomplete,
                     required: required, readOnly: readOnly)
        })
    }

    static func textArea(_ ctx: PageContext, name: String, label: L10n, value: String, errors: FormErrors,
                         required: Bool = true) -> Component {
        Tag.raw(HTMLWriter.fragment { $0.textArea(ctx, name: name, label: label, value: value, errors: errors, required: required) })
    }

    static func languageSelect(_ ctx: PageContext, name: String, selected: Language) -> Component {
        Tag.raw(HTMLWriter.fragment { $0.languageSelect(ctx, name: name, selected: selected) })
    }

    static func select(_ ctx: PageContext, name: String, label: L10n, options: [(String, String)], selected: String?,
                       errors: FormErrors, anyOption: String? = nil) -> Component {
        Tag.raw(HTMLWriter.fragment(capacity: 2048) {
            $0.select(ctx, name: name, label: label, options: options, selected: selected, errors: errors, anyOption: anyOption)
        })
    }

    static func checkboxes(_ ctx: PageContext, name: String, field: String, legend: L10n, selected: Set<String>, errors: FormErrors,
                           options: [(String, String)], inColumns: Bool = false) -> Component {
        Tag.raw(HTMLWriter.fragment(capacity: 4096) {
            $0.checkboxes(ctx, name: name, field: field, legend: legend, selected: selected, errors: errors, options: options,
                          inColumns: inColumns)
        })
    }

    static func submit(_ title: String, kind: ButtonKind = .primary, name: String? = nil, value: String? = nil) -> Component {
        Tag.raw(HTMLWriter.fragment { $0.submit(title, kind: kind, name: name, value: value) })
    }

    /// A status as a tag in its tone (docs/design-system.md).
    static func tag(_ ctx: PageContext, _ status: some StatusDisplay) -> Component {
        Tag.raw(HTMLWriter.fragment { $0.tag(ctx, status) })
    }

    /// Submit buttons side by side: (title, kind, name, value) each.
    static func buttonGroup(_ buttons: [(String, ButtonKind, String, String)]) -> Component {
        Tag.raw(HTMLWriter.fragment { out in
            out.buttonGroup { out in for (title, kind, name, value) in buttons { out.submit(title, kind: kind, name: name, value: value) } }
        })
    }

    static func errorSummary(_ ctx: PageContext, _ errors: FormErrors) -> Component {
        Tag.raw(HTMLWriter.fragment { $0.errorSummary(ctx, errors) })
    }

    static func pagination(_ ctx: PageContext, page: Int, pages: Int, link: (Int) -> String) -> Component {
        Tag.raw(HTMLWriter.fragment { $0.pagination(ctx, page: page, pages: pages, link: link) })
    }
}
