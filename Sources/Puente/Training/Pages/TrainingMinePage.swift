// A trainee's own training: enrollments, progress, hours, practicum, certificates.

import Fluent
import Foundation
import PuenteCore

enum TrainingMinePage {
    struct EnrollmentRow {
        let id: UUID
        let cohort: Cohort
        let program: TrainingProgram
        let status: Enrollment.Status
        let progress: TrainingProgress?
        let placement: (site: String, supervisor: String)?
        /// How many practicum days wait for the supervisor, and how many came back to fix.
        let pendingLogs: Int
        let returnedLogs: Int
        let certificateNumber: String?
        let calendarToken: String?
    }

    struct Model {
        let enrollments: [EnrollmentRow]
        let hourRecords: [HourRecord]
        let eligibility: [(EligibilityRuleSet, EligibilityResult)]
        let today: Day
    }

    /// Every enrollment with its progress, placement, logs and certificate; reported hours; and
    /// where the person stands against each eligibility rule. The forms have pages of their own.
    static func query(on db: any Database, user: User, training: TrainingService, eligibility: EligibilityService) async throws -> Model {
        let enrollments = try await Enrollment.query(on: db).filter(\.$user.$id == user.id!).sort(\.$createdAt, .descending)
            .with(\.$cohort) { $0.with(\.$program) }.all()
        var rows = [EnrollmentRow]()
        for enrollment in enrollments {
            let placement = try await PracticumPlacement.query(on: db).filter(\.$enrollment.$id == enrollment.id!).with(\.$supervisor).first()
            let logs = try await PracticumLog.query(on: db).filter(\.$enrollment.$id == enrollment.id!).all()
            let certificate = try await Credential.query(on: db).filter(\.$enrollmentID == enrollment.id!).first()
            rows.append(.init(id: enrollment.id!, cohort: enrollment.cohort, program: enrollment.cohort.program, status: enrollment.status,
                              progress: enrollment.status.isActive ? try await training.progress(enrollment) : nil,
                              placement: placement.map { ($0.site, $0.supervisor.name) },
                              pendingLogs: logs.count { $0.status == .pending }, returnedLogs: logs.count { $0.status == .returned },
                              certificateNumber: certificate?.revokedAt == nil ? certificate?.number : nil,
                              calendarToken: enrollment.status.isActive ? enrollment.calendarToken : nil))
        }
        let records = try await HourRecord.query(on: db).filter(\.$user.$id == user.id!).sort(\.$day, .descending).all()
        return .init(enrollments: rows, hourRecords: records, eligibility: try await eligibility.evaluate(user.id!), today: training.today)
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.trainingMineTitle))
        if model.enrollments.isEmpty { out.element(.p) { $0.link(SiteURL.training.path, ctx.t(.trainingNoEnrollments)) } }
        for row in model.enrollments { enrollment(&out, ctx, row, model) }
        eligibility(&out, ctx, model.eligibility)
        hours(&out, ctx, model)
        return PageView(title: ctx.t(.trainingMineTitle), html: out.html, status: status)
    }

    private static func enrollment(_ out: inout HTMLWriter, _ ctx: PageContext, _ row: EnrollmentRow, _ model: Model) {
        out.element(.section, ["class": "card", "aria-labelledby": "enrollment-\(row.id)"]) { out in
            out.leaf(.h2, ["id": "enrollment-\(row.id)"],
                     text: "\(row.program.name(ctx.language)) — \(ctx.content(row.cohort.name, spanish: row.cohort.nameEs))")
            out.element(.p) { out in
                out.tag(ctx, row.status)
                out.text(" " + TrainingText.range(ctx, row.cohort.startsOn, row.cohort.endsOn))
            }
            if row.status.isActive, let link = row.cohort.onlineLink { out.element(.p) { $0.link(link, ctx.t(.trainingOnlineLink)) } }
            if let progress = row.progress {
                out.progressPanel(ctx, progress, today: model.today, id: "enrollment-\(row.id)")
                out.competencyChecklist(ctx, covered: progress.competenciesCovered)
            }
            if let number = row.certificateNumber {
                out.element(.p) { out in
                    out.link(SiteURL.certificatePDF(.value(number)).path, ctx.t(.certificateDownload, ["number": number]))
                    out.text(" · ")
                    out.link(SiteURL.verifyNumber(.value(number)).path, ctx.t(.navVerify))
                }
            }
            if let token = row.calendarToken {
                out.element(.p, ["class": "hint"]) { $0.link(SiteURL.trainingCalendar(.value(token)).path, ctx.t(.trainingCalendarFeed)) }
            }
            if row.status == .accepted { practicum(&out, ctx, row) }
            if [.applied, .accepted, .waitlisted].contains(row.status) {
                out.form(ctx, action: SiteURL.trainingEnrollmentAction(.value(row.id)).path) { out in
                    out.submit(ctx.t(.trainingWithdraw), kind: .warning, name: "action", value: "withdraw")
                }
            }
        }
    }

    /// Where the practicum stands, and the way to the page where days are logged.
    private static func practicum(_ out: inout HTMLWriter, _ ctx: PageContext, _ row: EnrollmentRow) {
        out.element(.div) { out in
            out.leaf(.h3, text: ctx.t(.practicumTitle))
            guard let placement = row.placement else {
                out.leaf(.p, text: ctx.t(.practicumNoPlacement))
                return
            }
            out.leaf(.p, text: ctx.t(.practicumPlacement, ["site": placement.site, "supervisor": placement.supervisor]))
            if row.returnedLogs > 0 || row.pendingLogs > 0 {
                out.element(.p) { out in
                    // "Returned (2)": the days to fix first, then the days still waiting.
                    for (status, count) in [(PracticumLog.Status.returned, row.returnedLogs), (.pending, row.pendingLogs)] where count > 0 {
                        out.tag("\(ctx.t(status.label)) (\(count))", tone: status.tone)
                        out.text(" ")
                    }
                }
            }
            out.element(.p) { $0.link(SiteURL.trainingPracticumLog(.value(row.id)).path, ctx.t(.practicumLogTitle), ["class": "button"]) }
        }
    }

    private static func eligibility(_ out: inout HTMLWriter, _ ctx: PageContext, _ results: [(EligibilityRuleSet, EligibilityResult)]) {
        out.element(.section, ["aria-labelledby": "eligibility-heading"]) { out in
            out.leaf(.h2, ["id": "eligibility-heading"], text: ctx.t(.eligibilityTitle))
            for (ruleSet, result) in results {
                out.leaf(.h3, text: ruleSet.name.text(in: ctx.language))
                out.leaf(.p, text: EligibilityText.summary(ctx, ruleSet, result))
                if !result.gaps.isEmpty {
                    out.element(.ul) { out in for gap in result.gaps { out.leaf(.li, text: EligibilityText.gap(ctx, gap)) } }
                }
            }
        }
    }

    /// Reported hours to scan; reporting more is on its own page.
    private static func hours(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model) {
        out.element(.section, ["aria-labelledby": "hours-heading"]) { out in
            out.leaf(.h2, ["id": "hours-heading"], text: ctx.t(.hoursTitle))
            out.leaf(.p, text: ctx.t(.hoursLead))
            out.element(.p) { $0.linkButton(SiteURL.trainingHours.path, ctx.t(.hoursSubmit), kind: .secondary) }
            if !model.hourRecords.isEmpty { HourReportPage.records(ctx, model.hourRecords, &out) }
        }
    }
}
