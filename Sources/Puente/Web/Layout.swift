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
        out.element(.main, ["id": "main", "tabindex": "-1", "class": "wrap"]) { out in
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
        // The line above the band says whose site this is, as state and federal sites do.
        out.element(.div, ["class": "official"]) { $0.leaf(.p, ["class": "wrap"], text: ctx.officialLine) }
        out.element(.div, ["class": "band"]) { out in
            out.element(.div, ["class": "wrap"]) { out in
                out.element(.div, ["class": "bar"]) { out in
                    out.link(SiteURL.home.path, ctx.programName, ["class": "brand"])
                    languageSwitcher(ctx, &out)
                }
                menu(ctx, &out)
                if let user = ctx.user { out.leaf(.p, ["class": "signed-in"], text: ctx.t(.signedInAs, ["name": user.name])) }
            }
        }
        if let user = ctx.user, !user.isEmailVerified {
            out.element(.div, ["class": "wrap"]) { out in
                out.element(.div, ["class": "notice"]) { out in
                    out.leaf(.p, text: ctx.t(.emailNotVerifiedBanner))
                    out.element(.form, ["method": "post", "action": SiteURL.resendVerification.path, "novalidate": ""]) { out in
                        out.csrfField(ctx)
                        out.submit(ctx.t(.resendVerification), kind: .secondary)
                    }
                }
            }
        }
        out.close(.header)
    }

    /// On a phone the links fold under one "Menu" button and open as a vertical list in groups,
    /// so a page starts on its content; wider screens show the groups side by side (stylesheet).
    /// A disclosure, not a script: it works without JavaScript and screen readers know it.
    private static func menu(_ ctx: PageContext, _ out: inout HTMLWriter) {
        out.element(.details, ["class": "menu"]) { out in
            out.leaf(.summary, text: ctx.t(.menu))
            out.element(.nav, ["aria-label": ctx.t(.mainNavigation)]) { out in
                for group in Navigation.groups(for: ctx) {
                    let id = "nav-\(group.id)"
                    out.element(.section) { out in
                        out.leaf(.p, ["class": "nav-group", "id": id], text: ctx.t(group.title))
                        out.element(.ul, ["aria-labelledby": id]) { out in
                            for item in group.items {
                                out.element(.li) {
                                    $0.link(item.path, ctx.t(item.label), item.path == ctx.currentPath ? ["aria-current": "page"] : [:])
                                }
                            }
                        }
                    }
                }
            }
        }
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
            out.element(.div, ["class": "wrap"]) { out in
                out.leaf(.p, ["class": "anti-fraud"], text: ctx.t(.antiFraudNotice))
                out.element(.p) { $0.link(SiteURL.contact.path, ctx.t(.antiFraudReport)) }
                out.leaf(.p, text: ctx.t(.footerContact, ["email": ctx.contactEmail]))
            }
        }
    }
}

/// What the main navigation shows, in groups; each capability adds its entries as it ships.
enum Navigation {
    struct Item {
        let path: String
        let label: L10n
    }

    struct Group {
        let id: String
        let title: L10n
        let items: [Item]
    }

    static func groups(for ctx: PageContext) -> [Group] {
        let find = Group(id: "find", title: .navGroupFind, items: [
            Item(path: SiteURL.home.path, label: ctx.user == nil ? .navHome : .navMyAccount),
            Item(path: SiteURL.directory.path, label: .navDirectory),
            Item(path: SiteURL.verify.path, label: .navVerify),
            Item(path: SiteURL.training.path, label: .navTraining),
            Item(path: SiteURL.events.path, label: .navEvents),
            Item(path: SiteURL.lists.path, label: .navLists),
            Item(path: SiteURL.coalition.path, label: .navCoalition),
            Item(path: SiteURL.contact.path, label: .navContact),
        ])
        guard ctx.user != nil else {
            return [find, Group(id: "account", title: .navGroupAccount, items: [
                Item(path: SiteURL.login.path, label: .navSignIn),
                Item(path: SiteURL.signup.path, label: .navSignUp),
            ])]
        }
        var mineItems = [
            Item(path: SiteURL.registryMine.path, label: .navRegistryApply),
            Item(path: SiteURL.trainingMine.path, label: .navTrainingMine),
            Item(path: SiteURL.myEvents.path, label: .myEventsTitle),
            Item(path: SiteURL.listPreferences.path, label: .listPreferencesTitle),
            Item(path: SiteURL.profile.path, label: .navProfile),
            Item(path: SiteURL.logout.path, label: .navSignOut),
        ]
        if ctx.user?.roles.contains(.organizationRepresentative) == true {
            mineItems.insert(Item(path: SiteURL.coalitionMyOrganization.path, label: .navMyOrganization), at: 3)
        }
        let mine = Group(id: "mine", title: .navGroupMine, items: mineItems)
        var work: [Item] = []
        if ctx.can(.supervisePracticum) { work.append(Item(path: SiteURL.trainingSupervision.path, label: .navSupervision)) }
        if ctx.can(.teach) { work.append(Item(path: SiteURL.staffTraining.path, label: .navTrainingStaff)) }
        if ctx.can(.manageRegistry) { work.append(Item(path: SiteURL.staffRegistry.path, label: .navRegistryStaff)) }
        if ctx.can(.manageEvents) { work.append(Item(path: SiteURL.staffEvents.path, label: .navEventsStaff)) }
        if ctx.can(.manageLists) { work.append(Item(path: SiteURL.staffLists.path, label: .navListsStaff)) }
        if ctx.can(.manageCoalition) { work.append(Item(path: SiteURL.staffCoalition.path, label: .navCoalitionStaff)) }
        if ctx.can(.manageLists) { work.append(Item(path: SiteURL.staffMessages.path, label: .navMessagesStaff)) }
        if ctx.can(.manageRoles) { work.append(Item(path: SiteURL.adminPeople.path, label: .navAdminRoles)) }
        if ctx.can(.readAuditLog) { work.append(Item(path: SiteURL.auditLog.path, label: .navAuditLog)) }
        if ctx.can(.viewStyleguide) { work.append(Item(path: SiteURL.styleguide.path, label: .navStyleguide)) }
        return work.isEmpty ? [mine, find] : [mine, Group(id: "work", title: .navGroupWork, items: work), find]
    }
}
