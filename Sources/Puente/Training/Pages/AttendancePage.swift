// Attendance for one class session.

import Foundation
import Plot
import PuenteCore

/// Marking a session on a phone: one row per trainee, three choices, hours for partial.
enum AttendanceView {
    struct Model {
        let session: TrainingSession
        let cohort: Cohort
        let trainees: [(id: UUID, name: String, mark: AttendanceMark?)]
        let error: L10n?
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        let title = ctx.t(.attendanceTitle) + ": " + model.session.topic
        return PageView(title: title, content: Div {
            H1(title)
            Paragraph("\(model.cohort.name) · \(TrainingText.day(ctx, model.session.day)) \(model.session.startsAt) · \(Hours.text(quarterHours: model.session.quarterHours)) h")
            if let error = model.error { Paragraph(ctx.t(error)).class("error-summary").attributes(["role": "alert"]) }
            UI.form(ctx, action: SiteURL.trainingAttendance(.value(model.session.id!)).path) {
                for trainee in model.trainees {
                    Tag.element(.fieldset, ["class": "attendance"]) {
                        Tag.element(.legend) { Text(trainee.name) }
                        for mark in AttendanceMark.Mark.allCases {
                            Tag.element(.label, ["class": "choice"]) {
                                Tag.void(.input, ["type": "radio", "name": "mark-\(trainee.id)", "value": mark.rawValue,
                                                   "checked": trainee.mark?.mark == mark ? "" : nil])
                                Text(" " + ctx.t(mark.label))
                            }
                        }
                        Tag.element(.label, ["for": "hours-\(trainee.id)"]) { Text(ctx.t(.attendancePartialHours)) }
                        Tag.void(.input, ["type": "text", "inputmode": "decimal", "id": "hours-\(trainee.id)",
                                           "name": "hours-\(trainee.id)",
                                           "value": trainee.mark?.mark == .partial ? Hours.text(quarterHours: trainee.mark!.quarterHours) : ""])
                    }
                }
                UI.submit(ctx.t(.attendanceSave))
            }
            Paragraph { Tag.a(SiteURL.trainingCohort(.value(model.cohort.id!)).path, ctx.t(.trainingRoster)) }
        }, status: status)
    }
}

extension AttendanceMark.Mark {
    var label: L10n {
        switch self {
        case .present: .attendancePresent
        case .partial: .attendancePartial
        case .absent: .attendanceAbsent
        }
    }
}
