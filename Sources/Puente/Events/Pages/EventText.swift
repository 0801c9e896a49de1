// Words and labels the event pages share.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension Event.Kind {
    var label: L10n {
        switch self {
        case .meeting: .eventKindMeeting
        case .webinar: .eventKindWebinar
        case .summit: .eventKindSummit
        case .training: .eventKindTraining
        case .other: .eventKindOther
        }
    }
}

extension EventMaterial.Kind {
    var label: L10n {
        switch self {
        case .recording: .eventMaterialRecording
        case .slides: .eventMaterialSlides
        case .link: .eventMaterialLink
        }
    }
}

enum EventText {
    /// The title in the reader's language; where staff wrote none, the English title says it is
    /// in English, so a Spanish reader knows why (issue 20).
    static func title(_ ctx: PageContext, _ event: Event) -> String {
        let title = event.title(in: ctx.language)
        guard ctx.language != .en, event.translations[ctx.language.rawValue] == nil else { return title }
        return title + " " + ctx.t(.inEnglish)
    }

    /// An answer as the reader reads it: a yes/no question's `yes` and `no` in words.
    static func answer(_ ctx: PageContext, _ question: EventQuestion, _ raw: String?) -> String {
        guard let raw else { return "" }
        if question.kind == .choice { return question.choiceLabels(in: ctx.language).first { $0.value == raw }?.label ?? raw }
        guard question.kind == .yesNo else { return raw }
        return raw == "yes" ? ctx.t(.yes) : raw == "no" ? ctx.t(.no) : raw
    }

    /// "12 registered of 40 seats · 3 waiting", or "no limit" when the event has none.
    static func counts(_ ctx: PageContext, _ event: Event, confirmed: Int, waitlisted: Int) -> String {
        guard let capacity = event.capacity else {
            return ctx.t(.eventCountsNoLimit, ["confirmed": "\(confirmed)", "waitlisted": "\(waitlisted)"])
        }
        return ctx.t(.eventCounts, ["confirmed": "\(confirmed)", "capacity": "\(capacity)", "waitlisted": "\(waitlisted)"])
    }

    /// In the event's own zone, which the formatter names ("Pacific Time", "hora del Centro").
    static func when(_ ctx: PageContext, _ event: Event) -> String {
        let zone = TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone
        let formatting = DateFormatting(timeZone: zone)
        return formatting.range(event.startsAt, event.endsAt, in: ctx.language)
    }

    /// The weekday the event starts on where it happens (0 = Sunday), which a weekly rule repeats.
    static func weekday(_ event: Event) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: event.timeZone) ?? .gmt
        return calendar.component(.weekday, from: event.startsAt) - 1
    }
}

extension EventRegistration.Status: StatusDisplay {
    var tone: Tone {
        switch self {
        case .confirmed: .success
        case .waitlisted: .warning
        case .cancelled: .neutral
        }
    }

    var label: L10n {
        switch self {
        case .confirmed: .eventStatusConfirmed
        case .waitlisted: .eventStatusWaitlisted
        case .cancelled: .eventStatusCancelled
        }
    }
}

extension Event.Audience {
    var label: L10n {
        switch self {
        case .everyone: .eventAudiencePublic
        case .members: .eventAudienceMembers
        case .organizationRepresentatives: .eventAudienceOrganizations
        case .representatives: .eventAudienceGroupRepresentatives
        case .group: .eventAudienceGroup
        }
    }
}

extension EventQuestion.Kind {
    var label: L10n {
        switch self {
        case .text: .eventQuestionText
        case .choice: .eventQuestionChoice
        case .yesNo: .eventQuestionYesNo
        }
    }
}

/// What a reader needs to know about an event before anything else: can I still go?
enum EventState: StatusDisplay {
    case open, full, past, cancelled

    init(_ event: Event, confirmed: Int, now: Date = Date()) {
        if event.status == .cancelled { self = .cancelled }
        else if event.endsAt < now { self = .past }
        else if let capacity = event.capacity, confirmed >= capacity { self = .full }
        else { self = .open }
    }

    var tone: Tone {
        switch self {
        case .open: .success
        case .full: .warning
        case .past: .neutral
        case .cancelled: .danger
        }
    }

    var label: L10n {
        switch self {
        case .open: .eventStateOpen
        case .full: .eventStateFull
        case .past: .eventStatePast
        case .cancelled: .eventStateCancelled
        }
    }
}
