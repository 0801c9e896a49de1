// A page that only says one thing: a link was sent, a link expired.

import Plot
import PuenteCore
import Foundation

enum MessagePage {
    static func page(_ ctx: PageContext, title: L10n, message: L10n, status: HTTPStatusCode) -> PageView {
        PageView(title: ctx.t(title), content: Div {
            H1(ctx.t(title))
            Paragraph(ctx.t(message))
        }, status: status)
    }
}
