// Status at a glance: tags, panels, inset and warning text (docs/design-system.md).

import PuenteCore

extension HTMLWriter {
    /// A short status in its tone: `<strong class="tag tag-success">✓ Valid</strong>`.
    mutating func tag(_ text: String, tone: Tone, icon: String? = nil) {
        element(.strong, ["class": "tag tag-\(tone.rawValue)"]) { out in
            out.leaf(.span, ["class": "icon", "aria-hidden": "true"], text: icon ?? tone.icon)
            out.text(" " + text)
        }
    }

    mutating func tag(_ ctx: PageContext, _ status: some StatusDisplay) {
        tag(ctx.t(status.label), tone: status.tone, icon: status.icon)
    }

    /// The answer of a page in a coloured box: a certificate's status, a registration that went
    /// through. `heading` is the box's first line, `content` what it means.
    mutating func panel(tone: Tone, icon: String? = nil, heading: String, headingLevel: HTMLElement = .h2,
                        _ content: (inout HTMLWriter) -> Void = { _ in }) {
        element(.div, ["class": "panel panel-\(tone.rawValue)"]) { out in
            out.element(headingLevel, ["class": "panel-title"]) { out in
                out.leaf(.span, ["class": "icon", "aria-hidden": "true"], text: icon ?? tone.icon)
                out.text(" " + heading)
            }
            content(&out)
        }
    }

    mutating func panel(_ ctx: PageContext, _ status: some StatusDisplay, headingLevel: HTMLElement = .h2,
                        _ content: (inout HTMLWriter) -> Void = { _ in }) {
        panel(tone: status.tone, icon: status.icon, heading: ctx.t(status.label), headingLevel: headingLevel, content)
    }

    /// Text set apart from what is around it: a quotation, a note about what happens next.
    mutating func insetText(_ text: String) {
        leaf(.p, ["class": "inset"], text: text)
    }

    /// A warning the reader must not miss, with its icon and a hidden "Warning" for screen readers.
    mutating func warningText(_ ctx: PageContext, _ text: String) {
        element(.p, ["class": "warning-text"]) { out in
            out.leaf(.span, ["class": "icon", "aria-hidden": "true"], text: "!")
            out.leaf(.span, ["class": "visually-hidden"], text: ctx.t(.warningPrefix) + " ")
            out.text(text)
        }
    }
}
