// The signed-in person's own profile.

import PuenteCore

enum ProfilePage {
    struct Model {
        let email: String
        let name: String
        let language: Language
        let isEmailVerified: Bool
        let roles: [Role]
    }

    static func page(_ ctx: PageContext, _ model: Model, errors: FormErrors = .init()) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.profileTitle))
        out.summaryList(ctx, [
            SummaryRow(key: ctx.t(.emailLabel),
                       value: model.email + " · " + ctx.t(model.isEmailVerified ? .profileEmailVerified : .profileEmailUnverified)),
            SummaryRow(key: ctx.t(.profileRoles), value: model.roles.map { ctx.t($0.label) }.joined(separator: ", ")),
        ])
        out.errorSummary(ctx, errors)
        out.form(ctx, action: SiteURL.profile.path) { out in
            out.field(ctx, name: "name", label: .nameLabel, value: model.name, errors: errors, autocomplete: "name")
            out.languageSelect(ctx, name: "language", selected: model.language)
            out.submit(ctx.t(.save))
        }
        return PageView(title: ctx.t(.profileTitle), html: out.html, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
