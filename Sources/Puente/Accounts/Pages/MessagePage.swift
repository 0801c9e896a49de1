// A page that only says one thing: a link was sent, a link expired.

import PuenteCore
import Foundation

enum MessagePage {
    static func page(_ ctx: PageContext, title: L10n, message: L10n, status: HTTPStatusCode) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(title))
        out.leaf(.p, text: ctx.t(message))
        return PageView(title: ctx.t(title), html: out.html, status: status)
    }
}
