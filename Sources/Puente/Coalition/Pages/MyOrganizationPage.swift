// "My organization" (`/coalition/my-organization`), for a member organization's representative:
// its people who agreed to be seen, with registry and certificate status and lapsing
// eligibility; its seats and what it leads; its meetings; proposals to staff.

import Foundation
import PuenteCore

enum MyOrganizationPage {
    struct Model {
        let views: [MyOrganization.View]
        let cohorts: [Cohort]
        let input: MyOrganization.ProposalInput
        let errors: FormErrors
    }

    static func view(_ ctx: PageContext, _ model: Model) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.myOrganizationTitle))
        out.errorSummary(ctx, model.errors)
        for view in model.views {
            let organization = view.organization
            out.element(.section, ["class": "organization", "id": "organization-\(organization.id!.uuidString)"]) { out in
                out.element(.h2) { out in
                    out.text(organization.name + " ")
                    if let membership = view.membership { out.tag(ctx.t(membership.status.label), tone: membership.status.tone) }
                }
                out.leaf(.h3, text: ctx.t(.myOrganizationPeople))
                out.leaf(.p, ["class": "hint"], text: ctx.t(.myOrganizationPeopleHint))
                if view.people.isEmpty { out.leaf(.p, text: ctx.t(.myOrganizationNoPeople)) } else {
                    out.table(label: ctx.t(.myOrganizationPeople)) { out in
                        out.element(.thead) { out in
                            out.element(.tr) { out in
                                for heading in [L10n.nameLabel, .myOrganizationRegistryStatus, .myOrganizationCertificate, .myOrganizationLapses] {
                                    out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                                }
                            }
                        }
                        out.element(.tbody) { out in
                            for person in view.people {
                                out.element(.tr) { out in
                                    out.leaf(.td, text: person.name)
                                    out.element(.td) { $0.tag(ctx, person.registryStatus) }
                                    out.element(.td) { out in
                                        if let certificate = person.certificate { out.tag(ctx, certificate) } else { out.text("—") }
                                    }
                                    out.leaf(.td, text: person.lapsesOn?.description ?? "—")
                                }
                            }
                        }
                    }
                }
                out.leaf(.h3, text: ctx.t(.myOrganizationSeats))
                if view.seats.isEmpty && view.leads.isEmpty { out.leaf(.p, text: ctx.t(.myOrganizationNoSeats)) }
                out.element(.ul, ["class": "list"]) { out in
                    for (seat, group) in view.seats {
                        out.element(.li) { out in
                            out.link(SiteURL.coalitionGroup(.value(group.slug)).path, group.title.marked(in: ctx.language))
                            out.text(" · " + ctx.t(seat.role.label))
                        }
                    }
                    for lead in view.leads { out.leaf(.li, text: ctx.t(.myOrganizationLeads, ["what": lead])) }
                }
                out.leaf(.h3, text: ctx.t(.coalitionUpcomingMeetings))
                if view.meetings.isEmpty { out.leaf(.p, text: ctx.t(.coalitionNoMeetings)) }
                out.element(.ul, ["class": "list"]) { out in
                    for event in view.meetings {
                        out.element(.li) { out in
                            out.link(SiteURL.meeting(.value(event.id!)).path, event.title(in: ctx.language))
                            out.text(" · " + ctx.dates.range(event.startsAt, event.endsAt, in: ctx.language))
                        }
                    }
                }
                proposals(&out, ctx, view, model)
            }
        }
        return PageView(title: ctx.t(.myOrganizationTitle), html: out.html, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func proposals(_ out: inout HTMLWriter, _ ctx: PageContext, _ view: MyOrganization.View, _ model: Model) {
        out.leaf(.h3, text: ctx.t(.myOrganizationProposals))
        out.element(.ul, ["class": "list"]) { out in
            for proposal in view.proposals {
                out.element(.li) { out in
                    out.text(ctx.t(proposal.kind == .nomination ? .proposalKindNomination : .proposalKindSite) + ": " + proposal.name + " ")
                    out.tag(ctx.t(proposal.status.label), tone: proposal.status == .accepted ? .success : proposal.status == .declined ? .neutral : .info)
                }
            }
        }
        let suffix = view.organization.id!.uuidString.prefix(8)
        out.form(ctx, action: SiteURL.coalitionProposals.path) { out in
            out.hidden("organization", view.organization.id!.uuidString)
            out.select(ctx, name: "kind", label: .proposalKindLabel,
                       options: [("nomination", ctx.t(.proposalKindNomination)), ("practicum_site", ctx.t(.proposalKindSite))],
                       selected: model.input.kind, errors: model.errors, id: "field-kind-\(suffix)")
            out.select(ctx, name: "cohort", label: .proposalCohort,
                       options: model.cohorts.map { ($0.id!.uuidString, ctx.content($0.name, spanish: $0.nameEs)) }, selected: model.input.cohort,
                       errors: model.errors, anyOption: "", id: "field-cohort-\(suffix)")
            out.field(ctx, name: "name", label: .proposalName, value: model.input.name, errors: model.errors, id: "field-name-\(suffix)")
            out.field(ctx, name: "contact", label: .proposalContact, value: model.input.contact, errors: model.errors, hint: .proposalContactHint,
                      id: "field-contact-\(suffix)")
            out.field(ctx, name: "details", label: .proposalDetails, value: model.input.details, errors: model.errors, required: false,
                      id: "field-details-\(suffix)")
            out.submit(ctx.t(.proposalSend), kind: .secondary)
        }
    }
}

extension OrganizationProposal.Status {
    var label: L10n {
        switch self {
        case .proposed: .proposalStatusProposed
        case .accepted: .proposalStatusAccepted
        case .declined: .proposalStatusDeclined
        }
    }
}
