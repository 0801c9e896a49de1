// The one page layout: skip link, header with navigation and language switcher, main, footer.

import PuenteCore

enum Layout {
    static func render(_ page: PageView, _ ctx: PageContext) -> String {
        var out = HTMLWriter(capacity: 16_384)
        out.raw("<!DOCTYPE html>")
        out.open(.html, ["lang": ctx.language.rawValue])
        out.raw("<head><meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"/>")
        out.leaf(.title, text: "\(page.title) · \(ctx.programName)")
        out.raw("<link rel=\"stylesheet\" href=\"\(Escape.attribute(SiteURL.stylesheet.path))\" type=\"text/css\"/></head><body>")
        out.link("#main", ctx.t(.skipToContent), ["class": "skip-link"])
        header(ctx, &out)
        out.element(.main, ["id": "main", "tabindex": "-1"]) { out in
            if let flash = ctx.flash {
                out.element(.div, ["class": "flash flash-\(flash.kind.rawValue)", "role": flash.kind == .error ? "alert" : "status"]) {
                    $0.leaf(.p, text: flash.message)
                }
            }
            out.raw(page.html)
        }
        footer(ctx, &out)
        out.raw("</body></html>")
        return out.html
    }

    private static func header(_ ctx: PageContext, _ out: inout HTMLWriter) {
        out.open(.header)
        out.element(.div, ["class": "bar"]) { out in
            out.link(SiteURL.home.path, ctx.programName, ["class": "brand"])
            languageSwitcher(ctx, &out)
        }
        // On a phone the links fold under one "Menu" button, so a page starts on its content
        // rather than under up to eight rows of links; wider screens show them all (stylesheet).
        // A disclosure, not a script: it works without JavaScript and screen readers know it.
        out.element(.details, ["class": "menu"]) { out in
            out.leaf(.summary, text: ctx.t(.menu))
            out.element(.nav, ["aria-label": ctx.t(.mainNavigation)]) { out in
                out.open(.ul)
                for item in Navigation.items(for: ctx) {
                    out.open(.li)
                    out.link(item.path, ctx.t(item.label), item.path == ctx.currentPath ? ["aria-current": "page"] : [:])
                    out.close(.li)
                }
                out.close(.ul)
            }
        }
        if let user = ctx.user {
            out.leaf(.p, ["class": "signed-in"], text: ctx.t(.signedInAs, ["name": user.name]))
            if !user.isEmailVerified {
                out.element(.div, ["class": "notice"]) { out in
                    out.leaf(.p, text: ctx.t(.emailNotVerifiedBanner))
                    out.element(.form, ["method": "post", "action": SiteURL.resendVerification.path, "novalidate": ""]) { out in
                        out.csrfField(ctx)
                        out.leaf(.button, ["type": "submit"], text: ctx.t(.resendVerification))
                    }
                }
            }
        }
        out.close(.header)
    }

    private static func languageSwitcher(_ ctx: PageContext, _ out: inout HTMLWriter) {
        out.element(.p, ["class": "language-switcher"]) { out in
            out.leaf(.span, text: ctx.t(.switchLanguage) + " ")
            for language in Language.allCases where language != ctx.language {
                out.link(ctx.path(in: language), language.endonym, ["lang": language.rawValue, "hreflang": language.rawValue])
            }
        }
    }

    private static func footer(_ ctx: PageContext, _ out: inout HTMLWriter) {
        out.element(.footer) { out in
            out.leaf(.p, ["class": "anti-fraud"], text: ctx.t(.antiFraudNotice))
            out.element(.p) { $0.link(SiteURL.contact.path, ctx.t(.antiFraudReport)) }
            out.leaf(.p, text: ctx.t(.footerContact, ["email": ctx.contactEmail]))
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
