// The staff event form as typed: a day and wall-clock times in the event's own zone (what an
// organizer thinks in), turned into `EventInput` instants. Field names match the errors
// `EventService` reports, so each message lands beside its field.

import Foundation
import PuenteCore
import Vapor

struct EventForm: Sendable {
    var kind = Event.Kind.meeting.rawValue
    var title = ""
    var description = ""
    /// The Spanish title and description, when the organizer gives them.
    var titleEs = ""
    var descriptionEs = ""
    /// `YYYY-MM-DDTHH:mm` in the event's zone (a `datetime-local` field); empty: from now / until the start.
    var registrationOpens = ""
    var registrationCloses = ""
    var day = ""
    var startTime = "14:30"
    var endTime = "16:00"
    var timeZone = "America/Los_Angeles"
    var place = ""
    var onlineLink = ""
    var audience = Event.Audience.everyone.rawValue
    /// A coalition group's slug, for a group meeting.
    var group = ""
    var capacity = ""
    var reminderMinutes = "1440"
    var seriesTitle = ""
    var seriesTitleEs = ""
    /// `none`, `weekly`, `biweekly`, `monthly` (the same weekday position: the 2nd Thursday), or `custom` (`rrule`).
    var repeatPattern = "none"
    var repeatCount = "12"
    var rrule = ""
    var questions: [QuestionRow] = Array(repeating: QuestionRow(), count: EventForm.questionRows)

    struct QuestionRow: Sendable {
        var prompt = ""
        var kind = EventQuestion.Kind.text.rawValue
        var choices = ""
        var required = false
        var promptEs = ""
        var choicesEs = ""
    }

    static let questionRows = 4
    /// Offered first; any IANA zone typed in is accepted.
    static let commonZones = ["America/Los_Angeles", "America/Denver", "America/Phoenix", "America/Chicago", "America/New_York",
                              "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico"]
    /// Hours before the start, as offered in the form (minutes stored).
    static let reminderChoices = [0, 60, 120, 1440, 2880, 10080]

    init() {}

    init(form req: Request) {
        kind = req.formValue("kind")
        title = req.formValue("title")
        description = req.formValue("description")
        titleEs = req.formValue("titleEs")
        descriptionEs = req.formValue("descriptionEs")
        registrationOpens = req.formValue("registrationOpensAt").trimmingCharacters(in: .whitespaces)
        registrationCloses = req.formValue("registrationClosesAt").trimmingCharacters(in: .whitespaces)
        day = req.formValue("day")
        startTime = req.formValue("startTime")
        endTime = req.formValue("endTime")
        timeZone = req.formValue("timeZone").trimmingCharacters(in: .whitespaces)
        place = req.formValue("place")
        onlineLink = req.formValue("onlineLink").trimmingCharacters(in: .whitespaces)
        audience = req.formValue("audience")
        group = req.formValue("group").trimmingCharacters(in: .whitespaces)
        capacity = req.formValue("capacity").trimmingCharacters(in: .whitespaces)
        reminderMinutes = req.formValue("reminderMinutes")
        seriesTitle = req.formValue("seriesTitle")
        seriesTitleEs = req.formValue("seriesTitleEs")
        repeatPattern = req.formValue("repeat").isEmpty ? "none" : req.formValue("repeat")
        repeatCount = req.formValue("repeatCount").trimmingCharacters(in: .whitespaces)
        rrule = req.formValue("rrule").trimmingCharacters(in: .whitespaces).uppercased()
        questions = (1...Self.questionRows).map { index in
            QuestionRow(prompt: req.formValue("q\(index)_prompt"), kind: req.formValue("q\(index)_kind"),
                        choices: req.formValue("q\(index)_choices"), required: req.formValue("q\(index)_required") == "on",
                        promptEs: req.formValue("q\(index)_prompt_es"), choicesEs: req.formValue("q\(index)_choices_es"))
        }
    }

    /// The form showing a saved event, in its own zone.
    init(_ event: Event, series: EventSeries?, groupSlug: String? = nil) {
        let zone = TimeZone(identifier: event.timeZone) ?? .current
        kind = event.kind.rawValue
        title = event.title
        description = event.description
        titleEs = event.translations["es"]?.title ?? ""
        descriptionEs = event.translations["es"]?.description ?? ""
        registrationOpens = event.registrationOpensAt.map { Self.localDateTime($0, zone) } ?? ""
        registrationCloses = event.registrationClosesAt.map { Self.localDateTime($0, zone) } ?? ""
        day = Day(event.startsAt, in: zone).description
        startTime = Self.clock(event.startsAt, zone)
        endTime = Self.clock(event.endsAt, zone)
        timeZone = event.timeZone
        place = event.place ?? ""
        onlineLink = event.onlineLink ?? ""
        audience = event.audience.rawValue
        group = groupSlug ?? ""
        capacity = event.capacity.map(String.init) ?? ""
        reminderMinutes = String(event.reminderMinutes ?? 0)
        seriesTitle = series?.rrule == nil ? series?.title ?? "" : ""
        seriesTitleEs = series?.rrule == nil ? series?.titleEs ?? "" : ""
        let saved = event.questions
        questions = (0..<Self.questionRows).map { index in
            guard index < saved.count else { return QuestionRow() }
            let question = saved[index]
            return QuestionRow(prompt: question.prompt, kind: question.kind.rawValue, choices: question.choices.joined(separator: "; "),
                               required: question.required, promptEs: question.promptEs ?? "",
                               choicesEs: (question.choicesEs ?? []).joined(separator: "; "))
        }
    }

    /// The input `EventService` checks; problems only this form can have (a day or time that is
    /// not one, a question kind it does not offer) are reported the same way.
    func input() throws -> EventInput {
        var errors = FormErrors()
        let zone = TimeZone(identifier: timeZone)
        let parsedDay = Day(day)
        if parsedDay == nil { errors.add("day", .trainingDateInvalid) }
        let start = parsedDay.flatMap { Self.instant($0, startTime, zone ?? .gmt) }
        let end = parsedDay.flatMap { Self.instant($0, endTime, zone ?? .gmt) }
        if start == nil { errors.add("startTime", .trainingTimeInvalid) }
        if end == nil { errors.add("endTime", .trainingTimeInvalid) }
        let opens = registrationOpens.isEmpty ? nil : Self.instant(localDateTime: registrationOpens, zone ?? .gmt)
        if !registrationOpens.isEmpty && opens == nil { errors.add("registrationOpensAt", .trainingDateInvalid) }
        let closes = registrationCloses.isEmpty ? nil : Self.instant(localDateTime: registrationCloses, zone ?? .gmt)
        if !registrationCloses.isEmpty && closes == nil { errors.add("registrationClosesAt", .trainingDateInvalid) }
        var capacityValue: Int?
        if !capacity.isEmpty {
            capacityValue = Int(capacity)
            if capacityValue == nil { errors.add("capacity", .trainingCapacityInvalid) }
        }
        var questionList = [EventQuestion]()
        for (index, row) in questions.enumerated() where !row.prompt.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let kind = EventQuestion.Kind(rawValue: row.kind) else { errors.add("questions", .eventQuestionsInvalid); continue }
            func list(_ text: String) -> [String] {
                kind == .choice ? text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            }
            let promptEs = row.promptEs.trimmingCharacters(in: .whitespaces), choicesEs = list(row.choicesEs)
            questionList.append(EventQuestion(id: "q\(index + 1)", kind: kind, prompt: row.prompt, choices: list(row.choices),
                                              required: row.required, promptEs: promptEs.isEmpty ? nil : promptEs,
                                              choicesEs: choicesEs.isEmpty ? nil : choicesEs))
        }
        guard errors.isEmpty, let start, let end else { throw ValidationFailure(errors: errors) }
        var input = EventInput(title: title, start: start, end: end, timeZone: timeZone)
        input.kind = kind
        input.description = description
        input.place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        input.onlineLink = onlineLink
        input.audience = audience
        input.group = group
        input.capacity = capacityValue
        input.reminderMinutes = Int(reminderMinutes) ?? -1
        input.questions = questionList
        input.seriesTitle = seriesTitle
        input.seriesTitleEs = seriesTitleEs
        input.registrationOpensAt = opens
        input.registrationClosesAt = closes
        if !titleEs.trimmingCharacters(in: .whitespaces).isEmpty {
            input.translations = ["es": EventTranslation(title: titleEs, description: descriptionEs)]
        }
        return input
    }

    static let repeatPatterns = ["none", "weekly", "biweekly", "monthly", "custom"]

    /// The repeat rule the form asks for, nil for a single event. Built from the chosen day, so
    /// "monthly" on the 2nd Thursday is `FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2` (the form Outlook accepts).
    func recurrenceRule() throws -> String? {
        var errors = FormErrors()
        let count = Int(repeatCount)
        if repeatPattern != "none" && repeatPattern != "custom" && !(count.map { (2...52).contains($0) } ?? false) {
            errors.add("repeatCount", .eventRepeatCountInvalid)
        }
        if !Self.repeatPatterns.contains(repeatPattern) { errors.add("repeat", .eventRRuleUnsupported) }
        if repeatPattern == "custom" && rrule.isEmpty { errors.add("rrule", .fieldRequired) }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        guard let day = Day(day) else { return nil } // reported by `input()`
        switch repeatPattern {
        case "weekly": return RecurrenceRule(frequency: .weekly, count: count).text
        case "biweekly": return RecurrenceRule(frequency: .weekly, interval: 2, count: count).text
        case "monthly": return RecurrenceRule(frequency: .monthly, weekdays: [day.weekday], position: (day.day - 1) / 7 + 1,
                                              count: count).text
        case "custom": return rrule
        default: return nil
        }
    }

    /// `HH:mm` on `day` in `zone`; nil when it is not a time.
    static func instant(_ day: Day, _ time: String, _ zone: TimeZone) -> Date? {
        let parts = time.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
    }

    /// `YYYY-MM-DDTHH:mm` (what a `datetime-local` field sends) in `zone`.
    static func instant(localDateTime text: String, _ zone: TimeZone) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let day = Day(String(parts[0])) else { return nil }
        return instant(day, String(parts[1].prefix(5)), zone)
    }

    static func localDateTime(_ date: Date, _ zone: TimeZone) -> String {
        Day(date, in: zone).description + "T" + clock(date, zone)
    }

    static func clock(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
