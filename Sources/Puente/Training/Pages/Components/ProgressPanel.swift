// Progress toward a program's hours, by competency.

import Foundation
import Plot
import PuenteCore

/// Hours by category against the requirement, competencies, what is missing, the deadline.
enum ProgressPanel {
    static func view(_ ctx: PageContext, _ progress: TrainingProgress, today: Day) -> Component {
        Div {
            Tag.element(.dl, ["class": "progress"]) {
                Tag.element(.dt) { Text(ctx.t(.progressClassroom)) }
                Tag.element(.dd) { Text(TrainingText.hours(progress.classroomQuarterHours, of: progress.classroomRequired)) }
                Tag.element(.dt) { Text(ctx.t(.progressPracticum)) }
                Tag.element(.dd) {
                    Text(TrainingText.hours(progress.practicumQuarterHours, of: progress.practicumRequired)
                         + (progress.practicumPendingQuarterHours > 0 ? " " + ctx.t(.progressPending,
                                                                                    ["hours": Hours.text(quarterHours: progress.practicumPendingQuarterHours)]) : ""))
                }
                Tag.element(.dt) { Text(ctx.t(.progressAttendance)) }
                Tag.element(.dd) { Text("\(progress.attendancePercent)% / \(progress.attendanceRequired)%") }
                Tag.element(.dt) { Text(ctx.t(.progressCompetencies)) }
                Tag.element(.dd) { Text("\(progress.competenciesCovered.count)") }
                if let deadline = progress.deadline {
                    Tag.element(.dt) { Text(ctx.t(.progressDeadline)) }
                    Tag.element(.dd) { Text(TrainingText.day(ctx,
                                                              deadline.description) + (progress.isOverdue(today: today) ? " — " + ctx.t(.progressOverdue) : "")) }
                }
            }
            if progress.isComplete {
                Paragraph(ctx.t(.progressComplete)).class("flash flash-success")
            } else {
                H4(ctx.t(.progressMissing))
                List(progress.gaps.map { TrainingText.gap(ctx, $0) }) { ListItem($0) }
            }
        }
    }
}
