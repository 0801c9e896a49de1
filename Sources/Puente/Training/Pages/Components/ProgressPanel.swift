// Progress toward a program: a bar per requirement with both figures in words, what is still
// missing, and the deadline. Shown on /training/me and on the signed-in home.

import Foundation
import PuenteCore

extension HTMLWriter {
    /// `id` tells apart the bars of two enrollments on one page.
    mutating func progressPanel(_ ctx: PageContext, _ progress: TrainingProgress, today: Day, id: String) {
        func hours(_ quarterHours: Int) -> String { Hours.text(quarterHours: quarterHours) }
        element(.div, ["class": "progress-panel"]) { out in
            out.progressBar(id: "\(id)-classroom", label: ctx.t(.progressClassroom), value: Double(progress.classroomQuarterHours),
                            required: Double(progress.classroomRequired),
                            text: ctx.t(.progressHoursOf, ["have": hours(progress.classroomQuarterHours), "need": hours(progress.classroomRequired)]))
            var practicum = ctx.t(.progressHoursOf, ["have": hours(progress.practicumQuarterHours), "need": hours(progress.practicumRequired)])
            if progress.practicumPendingQuarterHours > 0 {
                practicum += " " + ctx.t(.progressPending, ["hours": hours(progress.practicumPendingQuarterHours)])
            }
            out.progressBar(id: "\(id)-practicum", label: ctx.t(.progressPracticum), value: Double(progress.practicumQuarterHours),
                            required: Double(progress.practicumRequired), text: practicum)
            out.progressBar(id: "\(id)-attendance", label: ctx.t(.progressAttendance), value: Double(progress.attendancePercent),
                            required: Double(max(progress.attendanceRequired, 1)),
                            text: ctx.t(.progressAttendanceOf, ["have": "\(progress.attendancePercent)", "need": "\(progress.attendanceRequired)"]))
            if let deadline = progress.deadline {
                let overdue = progress.isOverdue(today: today)
                out.element(.p) { out in
                    out.text(ctx.t(.progressDeadline) + ": " + TrainingText.day(ctx, deadline.description) + " ")
                    if overdue { out.tag(ctx.t(.progressOverdue), tone: .danger) }
                }
            }
            if progress.isComplete {
                out.panel(tone: .success, heading: ctx.t(.progressComplete), headingLevel: .h3)
            } else {
                out.leaf(.h3, text: ctx.t(.progressMissing))
                out.element(.ul) { out in for gap in progress.gaps { out.leaf(.li, text: TrainingText.gap(ctx, gap)) } }
            }
        }
    }
}

extension HTMLWriter {
    /// The C3 roles and skills as two ✓ lists: which ones classes and approved practicum covered.
    /// The mark has words for screen readers, so the list is not read as ticks alone.
    mutating func competencyChecklist(_ ctx: PageContext, covered: [String]) {
        let done = Set(covered)
        element(.div, ["class": "competencies"]) { out in
            out.leaf(.h3, text: ctx.t(.progressCompetencies) + " (\(done.intersection(Competencies.all.map(\.id)).count)/\(Competencies.all.count))")
            for (title, group) in [(L10n.competencyRoles, Competencies.roles), (.competencySkills, Competencies.skills)] {
                out.element(.details) { out in
                    out.leaf(.summary, text: ctx.t(title) + " · \(group.filter { done.contains($0.id) }.count)/\(group.count)")
                    out.element(.ul, ["class": "checklist"]) { out in
                        for competency in group {
                            let isDone = done.contains(competency.id)
                            out.element(.li, ["class": isDone ? "done" : nil]) { out in
                                out.leaf(.span, ["class": "icon", "aria-hidden": "true"], text: isDone ? "✓" : "○")
                                out.leaf(.span, ["class": "visually-hidden"], text: ctx.t(isDone ? .competencyCovered : .competencyNotYet) + ": ")
                                out.text(" " + competency.name.text(in: ctx.language))
                            }
                        }
                    }
                }
            }
        }
    }
}
