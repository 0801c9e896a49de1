// The home page: what the program is and what a person can do here.

import Plot
import PuenteCore

enum HomePage {
    static func page(_ ctx: PageContext) -> PageView {
        PageView(title: ctx.t(.navHome), content: Div {
            H1(ctx.t(.homeTitle))
            Paragraph(ctx.t(.homeLead))
            H2(ctx.t(.homeWhatTitle))
            List([L10n.homeWhatRegistry, .homeWhatTraining, .homeWhatEvents, .homeWhatCoalition, .homeWhatLanguages]) { item in
                Text(ctx.t(item))
            }
            Paragraph(ctx.t(.homeFree))
            if ctx.user == nil {
                Paragraph { Tag.a(SiteURL.signup.path, ctx.t(.homeGetStarted), ["class": "button"]) }
            }
        })
    }
}
