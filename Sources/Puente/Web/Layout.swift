// The one page layout: skip link, header with navigation and language switcher, main, footer.

import Plot
import PuenteCore

enum Layout {
    static func render(_ page: PageView, _ ctx: PageContext) -> String {
        let document = HTML(
            .lang(ctx.language == .es ? .spanish : .english),
            .head(
                .encoding(.utf8),
                .viewport(.accordingToDevice),
                .title("\(page.title) · \(ctx.programName)"),
                .stylesheet(SiteURL.stylesheet.path)
            ),
            .body {
                Tag.a("#main", ctx.t(.skipToContent), ["class": "skip-link"])
                header(ctx)
                Tag.element("main", ["id": "main", "tabindex": "-1"]) {
                    UI.flash(ctx.flash)
                    page.content
                }
                footer(ctx)
            }
        )
        return document.render()
    }

    private static func header(_ ctx: PageContext) -> Component {
        Header {
            Div {
                Tag.a(SiteURL.home.path, ctx.programName, ["class": "brand"])
                languageSwitcher(ctx)
            }.class("bar")
            Tag.element("nav", ["aria-label": ctx.t(.mainNavigation)]) {
                List(Navigation.items(for: ctx)) { item in
                    Tag.a(item.path, ctx.t(item.label), item.path == ctx.currentPath ? ["aria-current": "page"] : [:])
                }
            }
            if let user = ctx.user {
                Paragraph(ctx.t(.signedInAs, ["name": user.name])).class("signed-in")
                if !user.isEmailVerified {
                    Div {
                        Paragraph(ctx.t(.emailNotVerifiedBanner))
                        UI.form(ctx, action: SiteURL.resendVerification.path) {
                            UI.submit(ctx.t(.resendVerification))
                        }
                    }.class("notice")
                }
            }
        }
    }

    private static func languageSwitcher(_ ctx: PageContext) -> Component {
        Paragraph {
            Span(ctx.t(.switchLanguage) + " ")
            for language in Language.allCases where language != ctx.language {
                Tag.a(ctx.path(in: language), language.endonym,
                      ["lang": language.rawValue, "hreflang": language.rawValue])
            }
        }.class("language-switcher")
    }

    private static func footer(_ ctx: PageContext) -> Component {
        Footer {
            Paragraph(ctx.t(.antiFraudNotice)).class("anti-fraud")
            Paragraph {
                Tag.a(SiteURL.contact.path, ctx.t(.antiFraudReport))
            }
            Paragraph(ctx.t(.footerContact, ["email": ctx.contactEmail]))
        }
    }
}

/// What the main navigation shows; each capability adds its entries here as it ships.
enum Navigation {
    struct Item {
        let path: String
        let label: L10n
    }

    static func items(for ctx: PageContext) -> [Item] {
        var items = [Item(path: SiteURL.home.path, label: .navHome)]
        items.append(Item(path: SiteURL.directory.path, label: .navDirectory))
        items.append(Item(path: SiteURL.training.path, label: .navTraining))
        items.append(Item(path: SiteURL.events.path, label: .navEvents))
        items.append(Item(path: SiteURL.verify.path, label: .navVerify))
        items.append(Item(path: SiteURL.contact.path, label: .navContact))
        if ctx.user == nil {
            items.append(Item(path: SiteURL.login.path, label: .navSignIn))
            items.append(Item(path: SiteURL.signup.path, label: .navSignUp))
            return items
        }
        items.append(Item(path: SiteURL.profile.path, label: .navProfile))
        items.append(Item(path: SiteURL.registryMine.path, label: .navRegistryApply))
        items.append(Item(path: SiteURL.trainingMine.path, label: .navTrainingMine))
        items.append(Item(path: SiteURL.myEvents.path, label: .myEventsTitle))
        if ctx.can(.supervisePracticum) { items.append(Item(path: SiteURL.trainingSupervision.path, label: .navSupervision)) }
        if ctx.can(.teach) { items.append(Item(path: SiteURL.staffTraining.path, label: .navTrainingStaff)) }
        if ctx.can(.manageRegistry) { items.append(Item(path: SiteURL.staffRegistry.path, label: .navRegistryStaff)) }
        if ctx.can(.manageEvents) { items.append(Item(path: SiteURL.staffEvents.path, label: .navEventsStaff)) }
        if ctx.can(.manageRoles) { items.append(Item(path: SiteURL.adminPeople.path, label: .navAdminRoles)) }
        if ctx.can(.readAuditLog) { items.append(Item(path: SiteURL.auditLog.path, label: .navAuditLog)) }
        items.append(Item(path: SiteURL.logout.path, label: .navSignOut))
        return items
    }
}
