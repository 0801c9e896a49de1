// "Are you sure?" for an action that cannot be taken back: what happens, then a warning button
// and a way back. The form repeats the first post's fields with `confirmed=yes`.

import PuenteCore

enum ConfirmationPage {
    static func view(_ ctx: PageContext, _ confirmation: Confirmation, action: String) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: confirmation.heading)
        if let first = confirmation.consequences.first { out.warningText(ctx, first) }
        if confirmation.consequences.count > 1 {
            out.element(.ul) { out in
                for consequence in confirmation.consequences.dropFirst() { out.leaf(.li, text: consequence) }
            }
        }
        out.form(ctx, action: action) { out in
            for (name, value) in confirmation.carry { out.open(.input, ["type": "hidden", "name": name, "value": value]) }
            out.open(.input, ["type": "hidden", "name": Confirmation.field, "value": "yes"])
            out.buttonGroup { out in
                out.submit(confirmation.confirm, kind: .warning)
                out.linkButton(confirmation.back, ctx.t(.confirmGoBack), kind: .secondary)
            }
        }
        return PageView(title: confirmation.heading, html: out.html)
    }
}
