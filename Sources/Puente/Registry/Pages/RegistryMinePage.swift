// A member's own registry entry and what the public sees of it.

import Foundation
import Plot
import PuenteCore

enum RegistryMinePage {
    struct Model {
        let number: String
        let status: RegistryEntry.Status
        let reason: String?
        let input: RegistryEntryInput
    }

    static func page(_ ctx: PageContext, _ model: Model, errors: FormErrors = .init(), choices: RegistryFormChoices) -> PageView {
        PageView(title: ctx.t(.registryMyTitle), content: Div {
            H1(ctx.t(.registryMyTitle))
            Tag.element(.dl) {
                Tag.element(.dt) { Text(ctx.t(.registryMyNumber)) }
                Tag.element(.dd) { Text(model.number) }
                Tag.element(.dt) { Text(ctx.t(.registryMyStatus)) }
                Tag.element(.dd) { UI.tag(ctx, model.status) }
                if let reason = model.reason {
                    Tag.element(.dt) { Text(ctx.t(.registryMyReason)) }
                    Tag.element(.dd) { Text(reason) }
                }
            }
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.registryMine.path) {
                RegistryFormView.fields(ctx, model.input, errors, choices: choices, staff: false, nameSettled: model.status.nameIsSettled)
                UI.submit(ctx.t(model.status == .changesRequested ? .registryMyUpdate : .save))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
