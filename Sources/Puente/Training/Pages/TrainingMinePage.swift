// A trainee's own training: enrollments, progress, hours, practicum, certificates.

import Fluent
import Foundation
import Plot
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
        PageView(title: ctx.t(.trainingMineTitle), content: Div {
            H1(ctx.t(.trainingMineTitle))
            if model.enrollments.isEmpty { Paragraph { Tag.a(SiteURL.training.path, ctx.t(.trainingNoEnrollments)) } }
            for row in model.enrollments { enrollment(ctx, row, model) }
            eligibility(ctx, model.eligibility)
            hours(ctx, model)
        }, status: status)
    }

    private static func enrollment(_ ctx: PageContext, _ row: EnrollmentRow, _ model: Model) -> Component {
        Tag.element(.section, ["class": "card", "aria-labelledby": "enrollment-\(row.id)"]) {
            Tag.element(.h2, ["id": "enrollment-\(row.id)"]) { Text("\(row.program.name(ctx.language)) — \(ctx.content(row.cohort.name, spanish: row.cohort.nameEs))") }
            Paragraph {
                UI.tag(ctx, row.status)
                Text(" " + TrainingText.range(ctx, row.cohort.startsOn, row.cohort.endsOn))
            }
            if row.status.isActive, let link = row.cohort.onlineLink { Paragraph { Tag.a(link, ctx.t(.trainingOnlineLink)) } }
            if let progress = row.progress { ProgressPanel.view(ctx, progress, today: model.today, id: "enrollment-\(row.id)") }
            if let number = row.certificateNumber {
                Paragraph {
                    Tag.a(SiteURL.certificatePDF(.value(number)).path, ctx.t(.certificateDownload, ["number": number]))
                    Text(" · ")
                    Tag.a(SiteURL.verifyNumber(.value(number)).path, ctx.t(.navVerify))
                }
            }
            if let token = row.calendarToken {
                Paragraph { Tag.a(SiteURL.trainingCalendar(.value(token)).path, ctx.t(.trainingCalendarFeed)) }.class("hint")
            }
            if row.status == .accepted { practicum(ctx, row, model) }
            if [.applied, .accepted, .waitlisted].contains(row.status) {
                UI.form(ctx, action: SiteURL.trainingEnrollmentAction(.value(row.id)).path) {
                    UI.submit(ctx.t(.trainingWithdraw), kind: .warning, name: "action", value: "withdraw")
                }
            }
        }
    }

    /// Where the practicum stands, and the way to the page where days are logged.
    private static func practicum(_ ctx: PageContext, _ row: EnrollmentRow, _ model: Model) -> Component {
        Div {
            H3(ctx.t(.practicumTitle))
            if let placement = row.placement {
                Paragraph(ctx.t(.practicumPlacement, ["site": placement.site, "supervisor": placement.supervisor]))
                if row.returnedLogs > 0 || row.pendingLogs > 0 {
                    Paragraph {
                        // "Returned (2)": the days to fix first, then the days still waiting.
                        Tag.raw(HTMLWriter.fragment { out in
                            for (status, count) in [(PracticumLog.Status.returned, row.returnedLogs), (.pending, row.pendingLogs)] where count > 0 {
                                out.tag("\(ctx.t(status.label)) (\(count))", tone: status.tone)
                                out.text(" ")
                            }
                        })
                    }
                }
                Paragraph { Tag.a(SiteURL.trainingPracticumLog(.value(row.id)).path, ctx.t(.practicumLogTitle), ["class": "button"]) }
            } else {
                Paragraph(ctx.t(.practicumNoPlacement))
            }
        }
    }

    private static func eligibility(_ ctx: PageContext, _ results: [(EligibilityRuleSet, EligibilityResult)]) -> Component {
        Tag.element(.section, ["aria-labelledby": "eligibility-heading"]) {
            Tag.element(.h2, ["id": "eligibility-heading"]) { Text(ctx.t(.eligibilityTitle)) }
            for (ruleSet, result) in results {
                H3(ruleSet.name.text(in: ctx.language))
                Paragraph(EligibilityText.summary(ctx, ruleSet, result))
                if !result.gaps.isEmpty {
                    List(result.gaps.map { EligibilityText.gap(ctx, $0) }) { ListItem($0) }
                }
            }
        }
    }

    /// Reported hours to scan; reporting more is on its own page.
    private static func hours(_ ctx: PageContext, _ model: Model) -> Component {
        Tag.element(.section, ["aria-labelledby": "hours-heading"]) {
            Tag.element(.h2, ["id": "hours-heading"]) { Text(ctx.t(.hoursTitle)) }
            Paragraph(ctx.t(.hoursLead))
            Paragraph { Tag.a(SiteURL.trainingHours.path, ctx.t(.hoursSubmit), ["class": "button button-secondary"]) }
            if !model.hourRecords.isEmpty {
                Tag.raw(HTMLWriter.fragment { HourReportPage.records(ctx, model.hourRecords, &$0) })
            }
        }
    }
}
