// The public coalition page (`/coalition`), in the reader's language: goal and objectives with
// this year's progress, the steering committee, group roles and their activities, focus areas
// and their leads, structure, key principles, how to join, and the anti-fraud notice. Everything
// but the headings is data staff edit.

import Foundation
import PuenteCore

enum CoalitionPage {
    struct Model {
        let texts: [CoalitionText.Key: StaffText]
        let groups: [CoalitionDirectory.Detail]
        let progress: [CoalitionDirectory.Progress]
        let year: Int
    }

    static func view(_ ctx: PageContext, _ model: Model) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.coalitionTitle))
        prose(&out, ctx, model.texts[.goal])
        if !model.progress.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionObjectivesTitle, ["year": "\(model.year)"]))
            for (index, progress) in model.progress.enumerated() {
                let objective = progress.objective
                out.progressBar(id: "objective-\(index + 1)", label: ctx.content(objective.title, spanish: objective.titleEs),
                                value: Double(progress.count), required: Double(max(objective.yearlyTarget, 1)),
                                text: ctx.t(.coalitionObjectiveProgress, ["count": "\(progress.count)", "target": "\(objective.yearlyTarget)"]))
            }
        }
        if let steering = model.groups.first(where: { $0.group.kind == .steering }) {
            out.leaf(.h2, text: steering.group.title.marked(in: ctx.language))
            paragraphs(&out, steering.group.purposeText.marked(in: ctx.language))
            out.element(.ul, ["class": "list", "id": "steering-committee"]) { out in
                for holder in steering.organizations { out.leaf(.li, text: holder.name) }
            }
        }
        let roles = model.groups.flatMap(\.roles)
        if !roles.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionRolesTitle))
            for named in roles {
                out.element(.section, ["class": "group-role"]) { out in
                    out.leaf(.h3, text: ctx.content(named.role.title, spanish: named.role.titleEs) + ": " + named.holders.joined(separator: ", "))
                    let activities = StaffText(named.role.activities, spanish: named.role.activitiesEs)
                    let lines = activities.text(in: ctx.language).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }
                    if !lines.isEmpty {
                        if activities.isFallback(in: ctx.language) { out.leaf(.p, ["class": "hint"], text: ctx.t(.inEnglish)) }
                        out.element(.ul, ["class": "list list-bullet"]) { out in for line in lines { out.leaf(.li, text: line) } }
                    }
                }
            }
        }
        let areas = model.groups.flatMap(\.focusAreas)
        if !areas.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionFocusAreasTitle))
            out.element(.ul, ["class": "list list-bullet", "id": "focus-areas"]) { out in
                for named in areas {
                    out.leaf(.li, text: ctx.content(named.area.name, spanish: named.area.nameEs) + ": " + named.leads.joined(separator: ", "))
                }
            }
        }
        if !model.groups.isEmpty {
            out.leaf(.h2, text: ctx.t(.coalitionGroupsTitle))
            out.element(.ul, ["class": "list"]) { out in
                for detail in model.groups {
                    out.element(.li) { $0.link(SiteURL.coalitionGroup(.value(detail.group.slug)).path, detail.group.title.marked(in: ctx.language)) }
                }
            }
        }
        for (key, heading) in [(CoalitionText.Key.structure, L10n.coalitionStructureTitle), (.principles, .coalitionPrinciplesTitle),
                               (.join, .coalitionJoinTitle)] {
            guard let text = model.texts[key] else { continue }
            out.leaf(.h2, text: ctx.t(heading))
            prose(&out, ctx, text)
        }
        out.element(.p) { $0.linkButton(SiteURL.coalitionJoin.path, ctx.t(.coalitionJoinButton)) }
        out.warningText(ctx, ctx.t(.coalitionAntiFraud, ["contact": ctx.contactEmail]))
        return PageView(title: ctx.t(.coalitionTitle), html: out.html)
    }

    /// Staff prose: paragraphs split on blank lines, the English marked when Spanish is missing.
    static func prose(_ out: inout HTMLWriter, _ ctx: PageContext, _ text: StaffText?) {
        guard let text else { return }
        paragraphs(&out, text.text(in: ctx.language))
        if text.isFallback(in: ctx.language) { out.leaf(.p, ["class": "hint"], text: ctx.t(.inEnglish)) }
    }

    static func paragraphs(_ out: inout HTMLWriter, _ text: String) {
        for paragraph in text.components(separatedBy: "\n\n") where !paragraph.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out.leaf(.p, text: paragraph.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
