// Staff's coalition page (`/staff/coalition`) and a group's seats, roles and focus areas.

import Foundation
import PuenteCore

enum CoalitionStaffPage {
    struct Model {
        let memberships: [CoalitionMembership]
        let proposals: [OrganizationProposal]
        let texts: [CoalitionText.Key: (String, String)]
        let groups: [CoalitionDirectory.GroupSummary]
        let progress: [CoalitionDirectory.Progress]
        /// What was sent when making a group failed.
        var newGroup = GroupService.GroupInput()
        let errors: FormErrors
    }

    static func index(_ ctx: PageContext, _ model: Model) -> PageView {
        var out = HTMLWriter(capacity: 32_768)
        out.leaf(.h1, text: ctx.t(.coalitionStaffTitle))
        out.errorSummary(ctx, model.errors)
        out.leaf(.h2, text: ctx.t(.coalitionMembershipsTitle))
        let applied = model.memberships.filter { $0.status == .applied }
        let counts = Dictionary(grouping: model.memberships, by: \.status).mapValues(\.count)
        out.leaf(.p, text: ctx.t(.coalitionMembershipCounts, ["members": "\(counts[.member] ?? 0)", "applied": "\(counts[.applied] ?? 0)",
                                                             "inactive": "\(counts[.inactive] ?? 0)"]))
        out.table(label: ctx.t(.coalitionMembershipsTitle)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.nameLabel, .organizationName, .coalitionMembershipStatus, .coalitionMembershipDecide] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for membership in applied + model.memberships.filter({ $0.status != .applied }).prefix(100) {
                    out.element(.tr) { out in
                        out.leaf(.td, text: membership.user.map { "\($0.name) <\($0.email)>" } ?? "—")
                        out.leaf(.td, text: membership.organization?.name ?? "—")
                        out.element(.td) { $0.tag(ctx.t(membership.status.label), tone: membership.status.tone) }
                        out.element(.td) { out in
                            out.form(ctx, action: SiteURL.staffCoalitionMembership(.value(membership.id!)).path) { out in
                                out.buttonGroup { out in
                                    if membership.status != .member {
                                        out.submit(ctx.t(.coalitionApprove), kind: .primary, name: "status", value: "member")
                                    }
                                    if membership.status != .inactive {
                                        out.submit(ctx.t(.coalitionDeactivate), kind: .warning, name: "status", value: "inactive")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if !model.proposals.isEmpty {
            out.leaf(.h2, text: ctx.t(.myOrganizationProposals))
            out.element(.ul, ["class": "list"]) { out in
                for proposal in model.proposals {
                    out.element(.li) { out in
                        let kind = ctx.t(proposal.kind == .nomination ? .proposalKindNomination : .proposalKindSite)
                        out.text("\(proposal.organization.name): \(kind) — \(proposal.name), \(proposal.contact). \(proposal.details)")
                        out.form(ctx, action: SiteURL.staffCoalitionMembership(.value(proposal.id!)).path) { out in
                            out.hidden("subject", "proposal")
                            out.buttonGroup { out in
                                out.submit(ctx.t(.proposalStatusAccepted), kind: .secondary, name: "status", value: "accepted")
                                out.submit(ctx.t(.proposalStatusDeclined), kind: .warning, name: "status", value: "declined")
                            }
                        }
                    }
                }
            }
        }
        out.leaf(.h2, text: ctx.t(.coalitionGroupsTitle))
        out.element(.ul, ["class": "list"]) { out in
            for summary in model.groups {
                out.element(.li) { out in
                    out.link(SiteURL.staffCoalitionGroup(.value(summary.group.slug)).path, summary.group.title.english)
                    out.text(" · " + ctx.t(.coalitionGroupSeatCount, ["count": "\(summary.members)"]))
                }
            }
        }
        GroupFields.newGroup(&out, ctx, model.newGroup, errors: model.errors)
        if !model.progress.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionObjectivesTitle, ["year": "\(Day(Date(), in: ctx.dates.timeZone).year)"]))
            out.element(.ul, ["class": "list"]) { out in
                for progress in model.progress {
                    out.leaf(.li, text: ctx.content(progress.objective.title, spanish: progress.objective.titleEs) + ": "
                             + ctx.t(.coalitionObjectiveProgress, ["count": "\(progress.count)", "target": "\(progress.objective.yearlyTarget)"]))
                }
            }
        }
        out.leaf(.h2, text: ctx.t(.coalitionTextsTitle))
        out.form(ctx, action: SiteURL.staffCoalitionTexts.path) { out in
            for key in CoalitionText.Key.allCases {
                let (english, spanish) = model.texts[key] ?? ("", "")
                out.element(.fieldset) { out in
                    out.element(.legend) { out in
                        out.text(ctx.t(key.heading) + " ")
                        if spanish.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.tag(ctx.t(.spanishNotYetTranslated), tone: .warning) }
                    }
                    out.textArea(ctx, name: key.rawValue, label: .contentEnglish, value: english, errors: model.errors)
                    out.textArea(ctx, name: "\(key.rawValue)Es", label: .contentSpanish, value: spanish, errors: model.errors, required: false)
                }
            }
            out.submit(ctx.t(.save))
        }
        return PageView(title: ctx.t(.coalitionStaffTitle), html: out.html, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension CoalitionText.Key {
    var heading: L10n {
        switch self {
        case .goal: .coalitionGoalTitle
        case .structure: .coalitionStructureTitle
        case .principles: .coalitionPrinciplesTitle
        case .join: .coalitionJoinTitle
        }
    }
}

enum GroupStaffPage {
    struct Model {
        let group: CoalitionGroup
        let seats: [GroupSeat]
        let detail: CoalitionDirectory.Detail
        let organizations: [Organization]
        let today: String
        /// What was sent when saving the name and purpose failed; the saved group otherwise.
        var about: GroupService.GroupInput?
        let errors: FormErrors
    }

    static func view(_ ctx: PageContext, _ model: Model) -> PageView {
        let action = SiteURL.staffCoalitionGroup(.value(model.group.slug)).path
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: model.group.title.english)
        out.element(.p) { $0.link(SiteURL.coalitionGroup(.value(model.group.slug)).path, ctx.t(.coalitionGroupPublicPage)) }
        out.errorSummary(ctx, model.errors)
        GroupFields.about(&out, ctx, model.group, model.about, errors: model.errors, action: action)
        out.leaf(.h2, text: ctx.t(.coalitionSeatsTitle))
        out.table(label: ctx.t(.coalitionSeatsTitle)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.nameLabel, .coalitionSeatRole, .coalitionSeatTerm, .coalitionMembershipStatus] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                }
            }
            out.element(.tbody) { out in
                for seat in model.seats {
                    out.element(.tr) { out in
                        out.leaf(.td, text: seat.user?.name ?? seat.organization?.name ?? "—")
                        out.leaf(.td, text: ctx.t(seat.role.label))
                        out.leaf(.td, text: seat.startsOn + " – " + (seat.endsOn ?? ""))
                        out.element(.td) { out in
                            if seat.isCurrent(on: model.today) || seat.startsOn > model.today {
                                out.form(ctx, action: action) { out in
                                    out.hidden("item", seat.id!.uuidString)
                                    out.submit(ctx.t(.coalitionEndSeat), kind: .warning, name: "action", value: "endSeat")
                                }
                            } else {
                                out.tag(ctx.t(.coalitionSeatEnded), tone: .neutral)
                            }
                        }
                    }
                }
            }
        }
        out.form(ctx, action: action) { out in
            out.field(ctx, name: "email", label: .coalitionSeatPerson, type: "email", errors: model.errors, hint: .coalitionSeatHolderOne, required: false)
            out.select(ctx, name: "organization", label: .coalitionSeatOrganization,
                       options: model.organizations.map { ($0.id!.uuidString, $0.name) }, selected: nil, errors: model.errors, anyOption: "")
            out.select(ctx, name: "role", label: .coalitionSeatRole, options: GroupSeat.Role.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                       selected: GroupSeat.Role.member.rawValue, errors: model.errors)
            out.field(ctx, name: "startsOn", label: .coalitionSeatFrom, type: "date", value: model.today, errors: model.errors)
            out.field(ctx, name: "endsOn", label: .coalitionSeatTo, type: "date", errors: model.errors, required: false)
            out.submit(ctx.t(.coalitionAddSeat), kind: .secondary, name: "action", value: "addSeat")
        }
        named(&out, ctx, heading: .coalitionRolesTitle, rows: model.detail.roles.map { ($0.role.id!, $0.role.title, $0.holders) },
              remove: "removeRole", add: "addRole", activities: true, model: model, action: action)
        named(&out, ctx, heading: .coalitionFocusAreasTitle, rows: model.detail.focusAreas.map { ($0.area.id!, $0.area.name, $0.leads) },
              remove: "removeFocusArea", add: "addFocusArea", activities: false, model: model, action: action)
        return PageView(title: model.group.title.english, html: out.html, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func named(_ out: inout HTMLWriter, _ ctx: PageContext, heading: L10n, rows: [(UUID, String, [String])], remove: String,
                              add: String, activities: Bool, model: Model, action: String) {
        out.leaf(.h2, text: ctx.t(heading))
        out.element(.ul, ["class": "list"]) { out in
            for (id, title, holders) in rows {
                out.element(.li) { out in
                    out.text(title + ": " + holders.joined(separator: ", ") + " ")
                    out.form(ctx, action: action) { out in
                        out.hidden("item", id.uuidString)
                        out.submit(ctx.t(.remove), kind: .warning, name: "action", value: remove)
                    }
                }
            }
        }
        out.form(ctx, action: action) { out in
            out.field(ctx, name: "title", label: .coalitionNamedTitle, errors: model.errors, id: "field-\(add)-title")
            out.field(ctx, name: "titleEs", label: .coalitionNamedTitleEs, errors: model.errors, required: false, id: "field-\(add)-titleEs")
            if activities {
                out.textArea(ctx, name: "activities", label: .coalitionActivities, value: "", errors: model.errors, required: false)
                out.textArea(ctx, name: "activitiesEs", label: .coalitionActivitiesEs, value: "", errors: model.errors, required: false)
            }
            out.checkboxes(ctx, name: "organizations[]", field: "organizations", legend: .coalitionNamedOrganizations, selected: [],
                           errors: model.errors, options: model.organizations.map { ($0.id!.uuidString, $0.name) })
            out.submit(ctx.t(add == "addRole" ? .coalitionAddRole : .coalitionAddFocusArea), kind: .secondary, name: "action", value: add)
        }
    }
}
