// Sign out, confirmed with a button.

import PuenteCore
import Foundation

enum SignOutPage {
    static func page(_ ctx: PageContext) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.navSignOut))
        out.form(ctx, action: SiteURL.logout.path) { $0.submit(ctx.t(.navSignOut)) }
        return PageView(title: ctx.t(.navSignOut), html: out.html)
    }
}
