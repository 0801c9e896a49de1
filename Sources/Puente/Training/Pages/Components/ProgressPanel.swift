// Progress toward a program: a bar per requirement with both figures in words, what is still
// missing, and the deadline. Shown on /training/me and on the signed-in home.

import Foundation
import Plot
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

/// The same panel inside pages still written with Plot.
enum ProgressPanel {
    static func view(_ ctx: PageContext, _ progress: TrainingProgress, today: Day, id: String) -> Component {
        Tag.raw(HTMLWriter.fragment(capacity: 2048) { $0.progressPanel(ctx, progress, today: today, id: id) })
    }
}
