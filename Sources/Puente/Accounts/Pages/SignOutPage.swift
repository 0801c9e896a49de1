// Sign out, confirmed with a button.

import Plot
import PuenteCore
import Foundation

enum SignOutPage {
    static func page(_ ctx: PageContext) -> PageView {
        PageView(title: ctx.t(.navSignOut), content: Div {
            H1(ctx.t(.navSignOut))
            UI.form(ctx, action: SiteURL.logout.path) { UI.submit(ctx.t(.navSignOut)) }
        })
    }
}
