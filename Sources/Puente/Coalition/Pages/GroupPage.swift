// A coalition group's page: purpose, seats, roles, focus areas, the upcoming meetings the
// reader may see, the open action items across its meetings, and the compiled minutes of the
// whole series with a search (what indico#2904 asks for).

import Foundation
import PuenteCore

enum GroupPage {
    struct Model {
        let detail: CoalitionDirectory.Detail
        let upcoming: [CoalitionDirectory.Meeting]
        let minutes: [(CoalitionDirectory.Meeting, [AgendaItem])]
        let actionItems: [ActionItem]
        let search: String
    }

    static func view(_ ctx: PageContext, _ model: Model) -> PageView {
        let group = model.detail.group
        var out = HTMLWriter(capacity: 16_384)
        let title = group.title.marked(in: ctx.language)
        out.leaf(.h1, text: title)
        CoalitionPage.paragraphs(&out, group.purposeText.marked(in: ctx.language))
        if !model.detail.organizations.isEmpty || !model.detail.people.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionGroupMembers))
            out.element(.ul, ["class": "list", "id": "group-members"]) { out in
                for holder in model.detail.organizations + model.detail.people {
                    out.leaf(.li, text: holder.name + (holder.seat.role == .member ? "" : " (\(ctx.t(holder.seat.role.label)))"))
                }
            }
        }
        for named in model.detail.roles {
            out.element(.p) { out in
                out.leaf(.strong, text: ctx.content(named.role.title, spanish: named.role.titleEs) + ": ")
                out.text(named.holders.joined(separator: ", "))
            }
        }
        if !model.detail.focusAreas.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionFocusAreasTitle))
            out.element(.ul, ["class": "list"]) { out in
                for named in model.detail.focusAreas {
                    out.leaf(.li, text: ctx.content(named.area.name, spanish: named.area.nameEs) + ": " + named.leads.joined(separator: ", "))
                }
            }
        }
        out.leaf(.h2, text: ctx.t(.coalitionUpcomingMeetings))
        if model.upcoming.isEmpty { out.leaf(.p, text: ctx.t(.coalitionNoMeetings)) }
        out.element(.ul, ["class": "list", "id": "upcoming-meetings"]) { out in
            for meeting in model.upcoming.prefix(6) {
                out.element(.li) { out in
                    out.link(SiteURL.meeting(.value(meeting.event.id!)).path, meeting.event.title(in: ctx.language))
                    out.text(" · " + ctx.dates.range(meeting.event.startsAt, meeting.event.endsAt, in: ctx.language) + " ")
                    out.tag(ctx.t(meeting.event.audience.meetingLabel), tone: .info)
                }
            }
        }
        out.leaf(.h2, text: ctx.t(.coalitionOpenActionItems))
        ActionItemList.render(&out, ctx, model.actionItems, meetingLinks: true)
        out.leaf(.h2, text: ctx.t(.coalitionCompiledMinutes))
        out.element(.form, ["method": "get", "action": SiteURL.coalitionGroup(.value(group.slug)).path, "role": "search"]) { out in
            out.field(ctx, name: "q", label: .coalitionMinutesSearch, type: "search", value: model.search, errors: FormErrors(), required: false)
            out.submit(ctx.t(.search), kind: .secondary)
        }
        if model.minutes.isEmpty { out.leaf(.p, text: ctx.t(model.search.isEmpty ? .coalitionNoMinutes : .noResults)) }
        for (meeting, items) in model.minutes {
            out.element(.section, ["class": "minutes"]) { out in
                out.element(.h3) { out in
                    out.link(SiteURL.meeting(.value(meeting.event.id!)).path,
                             ctx.dates.format(meeting.event.startsAt, .date, in: ctx.language) + " · " + meeting.event.title(in: ctx.language))
                }
                let record = MeetingRecord(event: meeting.event, group: group, minutes: meeting.minutes, items: items, actionItems: [], canLead: false)
                MeetingPage.minutesItems(&out, ctx, record)
            }
        }
        return PageView(title: title, html: out.html)
    }
}

enum ActionItemList {
    static func render(_ out: inout HTMLWriter, _ ctx: PageContext, _ items: [ActionItem], meetingLinks: Bool,
                       mark: ((ActionItem) -> String?)? = nil) {
        if items.isEmpty { out.leaf(.p, text: ctx.t(.coalitionNoActionItems)); return }
        out.table(label: ctx.t(.coalitionOpenActionItems)) { out in
            out.element(.thead) { out in
                out.element(.tr) { out in
                    for heading in [L10n.actionItemTitle, .actionItemOwner, .actionItemDue, .actionItemStatus] {
                        out.leaf(.th, ["scope": "col"], text: ctx.t(heading))
                    }
                    if mark != nil { out.leaf(.th, ["scope": "col"], text: "") }
                }
            }
            out.element(.tbody) { out in
                for item in items {
                    out.element(.tr) { out in
                        out.element(.td) { out in
                            let title = item.heading.marked(in: ctx.language)
                            if meetingLinks { out.link(SiteURL.meeting(.value(item.$event.id)).path, title) } else { out.text(title) }
                        }
                        out.leaf(.td, text: item.ownerUser?.name ?? item.ownerOrganization?.name ?? ctx.t(.actionItemNoOwner))
                        out.leaf(.td, text: item.dueOn)
                        out.element(.td) { $0.tag(ctx.t(item.status == .open ? .actionItemOpen : .actionItemDone),
                                                  tone: item.status == .open ? .warning : .success) }
                        if let mark {
                            out.element(.td) { out in if let form = mark(item) { out.raw(form) } }
                        }
                    }
                }
            }
        }
    }
}

extension GroupSeat.Role {
    var label: L10n {
        switch self {
        case .chair: .coalitionRoleChair
        case .coChair: .coalitionRoleCoChair
        case .leadOrganization: .coalitionRoleLead
        case .member: .coalitionRoleMember
        case .guest: .coalitionRoleGuest
        }
    }
}

extension Event.Audience {
    /// How a group meeting's audience reads on the coalition's pages.
    var meetingLabel: L10n {
        switch self {
        case .representatives: .eventAudienceGroupRepresentatives
        case .group: .eventAudienceGroup
        default: .meetingAudienceOpen
        }
    }
}
