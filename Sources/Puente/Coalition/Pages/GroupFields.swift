// Staff's forms for a group itself: making one (on /staff/coalition) and changing its name and
// purpose in both languages (on its staff page). The slug is set once: it is in addresses
// people keep, so neither the page nor the API changes it.

import Foundation
import PuenteCore

enum GroupFields {
    static func newGroup(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: GroupService.GroupInput, errors: FormErrors) {
        out.leaf(.h2, text: ctx.t(.coalitionGroupNew))
        out.form(ctx, action: SiteURL.staffCoalitionGroups.path) { out in
            out.field(ctx, name: "slug", label: .coalitionGroupSlugLabel, value: input.slug, errors: errors, hint: .coalitionGroupSlugInvalid)
            fields(&out, ctx, input, errors: errors)
            out.submit(ctx.t(.coalitionGroupMake), kind: .secondary)
        }
    }

    static func about(_ out: inout HTMLWriter, _ ctx: PageContext, _ group: CoalitionGroup, _ sent: GroupService.GroupInput?,
                      errors: FormErrors, action: String) {
        out.leaf(.h2, text: ctx.t(.coalitionGroupAbout))
        out.form(ctx, action: action) { out in
            fields(&out, ctx, sent ?? GroupService.GroupInput(group), errors: errors)
            out.submit(ctx.t(.save), kind: .secondary, name: "action", value: "saveGroup")
        }
    }

    private static func fields(_ out: inout HTMLWriter, _ ctx: PageContext, _ input: GroupService.GroupInput, errors: FormErrors) {
        let kinds: [(String, String)] = CoalitionGroup.Kind.allCases.map { kind in
            let label: L10n = switch kind {
            case .steering: .coalitionGroupKindSteering
            case .committee: .coalitionGroupKindCommittee
            case .workgroup: .coalitionGroupKindWorkgroup
            }
            return (kind.rawValue, ctx.t(label))
        }
        out.select(ctx, name: "kind", label: .coalitionGroupKindLabel, options: kinds,
                   selected: input.kind.isEmpty ? CoalitionGroup.Kind.workgroup.rawValue : input.kind, errors: errors)
        out.field(ctx, name: "name", label: .coalitionGroupNameLabel, value: input.name, errors: errors)
        out.field(ctx, name: "nameEs", label: .coalitionGroupNameEsLabel, value: input.nameEs, errors: errors, hint: .spanishVersionHint,
                  required: false)
        out.textArea(ctx, name: "purpose", label: .coalitionGroupPurposeLabel, value: input.purpose, errors: errors, required: false)
        out.textArea(ctx, name: "purposeEs", label: .coalitionGroupPurposeEsLabel, value: input.purposeEs, errors: errors, required: false)
    }
}
