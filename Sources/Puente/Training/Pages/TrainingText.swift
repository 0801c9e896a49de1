// Words and labels the training pages share.

import Foundation
import PuenteCore

/// Sentences about training, in the reader's language.
enum TrainingText {
    static func hours(_ earned: Int, of required: Int) -> String {
        "\(Hours.text(quarterHours: earned)) / \(Hours.text(quarterHours: required)) h"
    }

    static func day(_ ctx: PageContext, _ text: String) -> String {
        ctx.dates.startOfDay(text).map { ctx.dates.format($0, .date, in: ctx.language) } ?? text
    }

    static func range(_ ctx: PageContext, _ start: String, _ end: String) -> String {
        "\(day(ctx, start)) – \(day(ctx, end))"
    }

    /// The same, in a few words, for the cohort grid.
    static func shortGap(_ ctx: PageContext, _ gap: TrainingProgress.Gap) -> String {
        switch gap {
        case .classroomHours(let q): ctx.t(.gapShortClassroom, ["hours": Hours.text(quarterHours: q)])
        case .practicumHours(let q): ctx.t(.gapShortPracticum, ["hours": Hours.text(quarterHours: q)])
        case .attendance(let percent, _): ctx.t(.gapShortAttendance, ["percent": "\(percent)"])
        case .competencies(let codes): ctx.t(.gapShortCompetencies, ["count": "\(codes.count)"])
        }
    }

    static func gap(_ ctx: PageContext, _ gap: TrainingProgress.Gap) -> String {
        switch gap {
        case .classroomHours(let q): ctx.t(.gapClassroom, ["hours": Hours.text(quarterHours: q)])
        case .practicumHours(let q): ctx.t(.gapPracticum, ["hours": Hours.text(quarterHours: q)])
        case .attendance(let percent, let required): ctx.t(.gapAttendance, ["percent": "\(percent)", "required": "\(required)"])
        case .competencies(let codes):
            ctx.t(.gapCompetencies,
                  ["list": codes.compactMap { Competencies.named($0)?.name.text(in: ctx.language) }.joined(separator: "; ")])
        }
    }
}

enum EligibilityText {
    static func summary(_ ctx: PageContext, _ ruleSet: EligibilityRuleSet, _ result: EligibilityResult) -> String {
        guard result.isEligible else { return ctx.t(.eligibilityNo) }
        let pathway = ruleSet.pathways.first { $0.id == result.pathway }?.name.text(in: ctx.language) ?? ""
        if let until = result.eligibleUntil {
            return ctx.t(.eligibilityUntil, ["pathway": pathway, "date": TrainingText.day(ctx, until.description)])
        }
        return ctx.t(.eligibilityYes, ["pathway": pathway])
    }

    static func gap(_ ctx: PageContext, _ gap: EligibilityResult.Gap) -> String {
        switch gap {
        case .program: ctx.t(.eligibilityGapProgram)
        case .workHours(let have, let need, let months):
            ctx.t(.eligibilityGapWork, ["have": Hours.text(quarterHours: have), "need": Hours.text(quarterHours: need),
                                        "months": "\(months)"])
        case .certificateDue(_, let by): ctx.t(.eligibilityGapCertificate, ["date": TrainingText.day(ctx, by.description)])
        case .continuingEducation(let have, let need, let months):
            ctx.t(.eligibilityGapCE, ["have": Hours.text(quarterHours: have), "need": Hours.text(quarterHours: need),
                                      "months": "\(months)"])
        }
    }
}

extension Enrollment.Status: StatusDisplay {
    var tone: Tone {
        switch self {
        case .applied: .info
        case .accepted, .completed: .success
        case .waitlisted: .warning
        case .withdrawn, .transferred: .neutral
        }
    }

    var label: L10n {
        switch self {
        case .applied: .enrollmentApplied
        case .accepted: .enrollmentAccepted
        case .waitlisted: .enrollmentWaitlisted
        case .withdrawn: .enrollmentWithdrawn
        case .transferred: .enrollmentTransferred
        case .completed: .enrollmentCompleted
        }
    }
}

extension PracticumLog.Status: StatusDisplay {
    var tone: Tone {
        switch self {
        case .pending: .info
        case .approved: .success
        case .returned: .warning
        }
    }

    var label: L10n {
        switch self {
        case .pending: .logPending
        case .approved: .logApproved
        case .returned: .logReturned
        }
    }
}

extension HourRecord.Kind {
    var label: L10n {
        switch self {
        case .continuingEducation: .hoursKindCE
        case .workExperience: .hoursKindWork
        }
    }
}
