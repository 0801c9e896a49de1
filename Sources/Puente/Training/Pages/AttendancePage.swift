// Attendance for one class session: the pattern a page follows (decision 0018).

import Fluent
import Foundation
import PuenteCore

/// Marking a session on a phone: one row per trainee, three choices, hours for partial.
enum AttendancePage {
    struct Model {
        let session: TrainingSession
        let cohort: Cohort
        let trainees: [(id: UUID, name: String, mark: AttendanceMark?)]
        var error: L10n?
    }

    /// Everyone accepted or finished in the session's cohort, by name, with the mark they have.
    static func query(on db: any Database, session: TrainingSession, cohort: Cohort, error: L10n? = nil) async throws -> Model {
        let enrollments = try await Enrollment.query(on: db).filter(\.$cohort.$id == cohort.id!)
            .filter(\.$status ~~ [.accepted, .completed]).with(\.$user).all().sorted(byCollating: \.user.name)
        let marks = try await AttendanceMark.query(on: db).filter(\.$session.$id == session.id!).all()
        let byEnrollment = Dictionary(marks.map { ($0.$enrollment.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Model(session: session, cohort: cohort, trainees: enrollments.map { ($0.id!, $0.user.name, byEnrollment[$0.id!]) },
                     error: error)
    }

    static func view(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        let title = ctx.t(.attendanceTitle) + ": " + ctx.content(model.session.topic, spanish: model.session.topicEs)
        let session = model.session
        var out = HTMLWriter(capacity: 4096)
        out.element(.div) { out in
            out.leaf(.h1, text: title)
            out.leaf(.p, text: "\(ctx.content(model.cohort.name, spanish: model.cohort.nameEs)) · \(TrainingText.day(ctx, session.day)) \(session.startsAt) · "
                + "\(Hours.text(quarterHours: session.quarterHours)) h")
            if let error = model.error { out.leaf(.p, ["class": "error-summary", "role": "alert"], text: ctx.t(error)) }
            // Most days most people come: one tap marks everyone not yet marked, then fix the few.
            if model.trainees.contains(where: { $0.mark == nil }) {
                out.form(ctx, action: SiteURL.trainingAttendance(.value(session.id!)).path) { out in
                    out.submit(ctx.t(.attendanceAllPresent), kind: .secondary, name: "all", value: "present")
                }
            }
            out.form(ctx, action: SiteURL.trainingAttendance(.value(session.id!)).path) { out in
                for trainee in model.trainees { row(ctx, trainee, &out) }
                out.submit(ctx.t(.attendanceSave))
            }
            out.element(.p) { $0.link(SiteURL.trainingCohort(.value(model.cohort.id!)).path, ctx.t(.trainingRoster)) }
        }
        return PageView(title: title, html: out.html, status: status)
    }

    private static func row(_ ctx: PageContext, _ trainee: (id: UUID, name: String, mark: AttendanceMark?), _ out: inout HTMLWriter) {
        out.element(.fieldset, ["class": "attendance"]) { out in
            out.leaf(.legend, text: trainee.name)
            for mark in AttendanceMark.Mark.allCases {
                out.element(.label, ["class": "choice"]) { out in
                    out.open(.input, ["type": "radio", "name": "mark-\(trainee.id)", "value": mark.rawValue,
                                      "checked": trainee.mark?.mark == mark ? "" : nil])
                    out.text(" " + ctx.t(mark.label))
                }
            }
            out.leaf(.label, ["for": "hours-\(trainee.id)"], text: ctx.t(.attendancePartialHours))
            let partial = trainee.mark.flatMap { $0.mark == .partial ? Hours.text(quarterHours: $0.quarterHours) : nil }
            out.open(.input, ["type": "text", "inputmode": "decimal", "id": "hours-\(trainee.id)", "name": "hours-\(trainee.id)",
                              "value": partial ?? ""])
        }
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
