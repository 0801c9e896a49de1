// The signed-in person's own profile.

import Plot
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
        PageView(title: ctx.t(.profileTitle), content: Div {
            H1(ctx.t(.profileTitle))
            Tag.element(.dl) {
                Tag.element(.dt) { Text(ctx.t(.emailLabel)) }
                Tag.element(.dd) {
                    Text(model.email + " · " + ctx.t(model.isEmailVerified ? .profileEmailVerified : .profileEmailUnverified))
                }
                Tag.element(.dt) { Text(ctx.t(.profileRoles)) }
                Tag.element(.dd) { Text(model.roles.map { ctx.t($0.label) }.joined(separator: ", ")) }
            }
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.profile.path) {
                UI.field(ctx, name: "name", label: .nameLabel, value: model.name, errors: errors, autocomplete: "name")
                UI.languageSelect(ctx, name: "language", selected: model.language)
                UI.submit(ctx.t(.save))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
