// The page a person sees when something went wrong: what happened, and the way home.

import PuenteCore

enum ErrorPage {
    static func view(_ ctx: PageContext, message: L10n, status: HTTPStatusCode) -> PageView {
        var out = HTMLWriter(capacity: 512)
        out.element(.div) { out in
            out.leaf(.h1, text: ctx.t(.errorTitle))
            out.leaf(.p, text: ctx.t(message))
            out.element(.p) { $0.link(SiteURL.home.path, ctx.t(.errorGoHome)) }
        }
        return PageView(title: ctx.t(.errorTitle), html: out.html, status: status)
    }
}
