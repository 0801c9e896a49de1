// A member applies to the registry.

import Foundation
import Plot
import PuenteCore

enum RegistryApplyPage {
    static func page(_ ctx: PageContext, _ input: RegistryEntryInput, errors: FormErrors = .init(),
                     choices: RegistryFormChoices) -> PageView {
        PageView(title: ctx.t(.registryApplyTitle), content: Div {
            H1(ctx.t(.registryApplyTitle))
            Paragraph(ctx.t(.registryApplyLead))
            Paragraph(ctx.t(.registryFree)).class("notice")
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.registryApply.path) {
                RegistryFormView.fields(ctx, input, errors, choices: choices, staff: false)
                UI.submit(ctx.t(.registryApplySubmit))
            }
        }, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension RegistryApplyPage {
    /// Instead of the form, until the account's email address is confirmed (the banner above offers a new link).
    static func confirmEmailFirst(_ ctx: PageContext) -> PageView {
        PageView(title: ctx.t(.registryApplyTitle), content: Div {
            H1(ctx.t(.registryApplyTitle))
            Paragraph(ctx.t(.registryFree)).class("notice")
            Paragraph(ctx.t(.registryConfirmEmailFirst)).class("notice notice-warning")
        }, status: .forbidden)
    }
}
