// `/coalition/join`: join as a CHW/promotor(a)/CHR, or apply for an organization. Shows what
// the person already joined, so joining twice is not even offered.

import Foundation
import PuenteCore

enum JoinPage {
    struct Model {
        let input: MembershipService.JoinInput
        let errors: FormErrors
        let memberships: [CoalitionMembership]
        let hasRegistryEntry: Bool
        let offersList: Bool
        let verified: Bool
    }

    static func view(_ ctx: PageContext, _ model: Model) -> PageView {
        var out = HTMLWriter(capacity: 8_192)
        out.leaf(.h1, text: ctx.t(.coalitionJoinTitle))
        out.leaf(.p, text: ctx.t(.coalitionJoinLead))
        if !model.memberships.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionYourMemberships))
            out.element(.ul, ["class": "list", "id": "memberships"]) { out in
                for membership in model.memberships {
                    out.element(.li) { out in
                        out.text((membership.organization?.name ?? ctx.t(.coalitionJoinAsPerson)) + " ")
                        out.tag(ctx.t(membership.status.label), tone: membership.status.tone)
                    }
                }
            }
        }
        guard model.verified else {
            out.panel(tone: .warning, heading: ctx.t(.coalitionVerifyFirst)) { $0.link(SiteURL.resendVerification.path, ctx.t(.coalitionVerifyLink)) }
            return PageView(title: ctx.t(.coalitionJoinTitle), html: out.html)
        }
        let isPerson = model.memberships.contains { $0.kind == .person }
        out.errorSummary(ctx, model.errors)
        out.form(ctx, action: SiteURL.coalitionJoin.path) { out in
            var kinds: [(String, String)] = []
            if !isPerson { kinds.append(("person", ctx.t(.coalitionJoinAsPerson))) }
            kinds.append(("organization", ctx.t(.coalitionJoinAsOrganization)))
            out.radios(ctx, name: "kind", legend: .coalitionJoinKind, selected: isPerson ? "organization" : model.input.kind, errors: model.errors,
                       options: kinds)
            if model.hasRegistryEntry, !isPerson {
                out.choiceBoxes(name: "linkRegistry", options: [("on", ctx.t(.coalitionJoinLinkRegistry))],
                                selected: model.input.linkRegistry ? ["on"] : [])
            }
            out.leaf(.h2, text: ctx.t(.coalitionJoinOrganizationHeading))
            out.leaf(.p, ["class": "hint"], text: ctx.t(.coalitionJoinOrganizationHint))
            out.field(ctx, name: "organizationName", label: .organizationName, value: model.input.organizationName, errors: model.errors,
                      autocomplete: "organization", required: false)
            out.select(ctx, name: "organizationKind", label: .organizationKind,
                       options: Organization.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) }, selected: model.input.organizationKind,
                       errors: model.errors)
            if model.offersList {
                out.choiceBoxes(name: "subscribe", options: [("on", ctx.t(.coalitionJoinSubscribe))], selected: model.input.subscribe ? ["on"] : [])
            }
            out.submit(ctx.t(.coalitionJoinButton))
        }
        out.warningText(ctx, ctx.t(.coalitionAntiFraud, ["contact": ctx.contactEmail]))
        return PageView(title: ctx.t(.coalitionJoinTitle), html: out.html, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension CoalitionMembership.Status {
    var label: L10n {
        switch self {
        case .applied: .coalitionStatusApplied
        case .member: .coalitionStatusMember
        case .inactive: .coalitionStatusInactive
        }
    }

    var tone: Tone {
        switch self {
        case .applied: .info
        case .member: .success
        case .inactive: .neutral
        }
    }
}
