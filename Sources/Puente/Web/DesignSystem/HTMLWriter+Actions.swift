// Buttons and the groups they sit in (docs/design-system.md): one primary action per form,
// secondary ones outlined, destructive ones in the warning colour, with space between them.

import PuenteCore

enum ButtonKind: String, Sendable, CaseIterable {
    case primary, secondary, warning

    var className: String { self == .primary ? "button" : "button button-\(rawValue)" }
}

extension HTMLWriter {
    /// A submit button; `name`/`value` say which of several buttons in a form was pressed.
    mutating func submit(_ title: String, kind: ButtonKind, name: String? = nil, value: String? = nil) {
        leaf(.button, ["type": "submit", "class": kind.className, "name": name, "value": value], text: title)
    }

    /// A link that looks like a button: for going somewhere, never for changing something.
    mutating func linkButton(_ href: String, _ title: String, kind: ButtonKind = .primary) {
        link(href, title, ["class": kind.className, "role": nil])
    }

    /// Buttons and links side by side with room between them, stacked on a narrow phone.
    mutating func buttonGroup(_ content: (inout HTMLWriter) -> Void) {
        element(.div, ["class": "button-group"], content)
    }
}
