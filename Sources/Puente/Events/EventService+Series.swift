// Recurring series: the rule (our RRULE subset) makes one `Event` per occurrence, each with its
// own registrations, changeable or cancellable alone. Feeds publish the series as one RRULE
// with EXDATEs for cancelled occurrences and RECURRENCE-ID overrides for moved ones.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct SeriesInput: Content {
    var event: EventInput
    /// e.g. `FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;UNTIL=20271231T235959Z`; without COUNT or UNTIL a year is made.
    var rrule: String
    /// Starts the rule gives that do not happen.
    var exceptions: [Date]?
}

extension EventService {
    static let seriesHorizon: TimeInterval = 366 * 86400

    func createSeries(_ input: SeriesInput, organizer: User) async throws -> (EventSeries, [Event]) {
        let rule: RecurrenceRule
        do { rule = try RecurrenceRule(parsing: input.rrule) } catch {
            var errors = FormErrors()
            errors.add("rrule",
                       error == .twoPositions ? .eventRRuleTwoPositions : error == .negativePosition ? .eventRRuleNegative : .eventRRuleUnsupported)
            throw ValidationFailure(errors: errors)
        }
        let template = try await create(input.event, organizer: organizer, persist: false)
        let zone = TimeZone(identifier: template.timeZone)!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let clock = calendar.dateComponents([.hour, .minute], from: template.startsAt)
        let duration = template.endsAt.timeIntervalSince(template.startsAt)
        let starts = rule.occurrences(startDay: Day(template.startsAt, in: zone), hour: clock.hour!, minute: clock.minute!, timeZone: zone,
                                      exceptions: Set(input.exceptions ?? []), limit: 200,
                                      horizon: rule.count == nil && rule.until == nil ? template.startsAt.addingTimeInterval(Self.seriesHorizon) : nil)
        guard !starts.isEmpty else {
            var errors = FormErrors()
            errors.add("rrule", .eventRRuleEmpty)
            throw ValidationFailure(errors: errors)
        }
        let series = EventSeries()
        series.title = template.title
        series.titleEs = template.translations[Language.es.rawValue]?.title
        series.rrule = rule.text
        series.timeZone = template.timeZone
        series.startsAt = template.startsAt
        series.durationMinutes = Int(duration / 60)
        let events = starts.map { _ in template.copy() }
        try await db.transaction { db in
            try await series.create(on: db)
            for (event, start) in zip(events, starts) {
                event.$series.id = series.id
                event.recurrenceID = start
                event.startsAt = start
                event.endsAt = start.addingTimeInterval(duration)
                // A registration window given for the first occurrence moves with each one.
                event.registrationClosesAt = template.registrationClosesAt.map { start.addingTimeInterval($0.timeIntervalSince(template.startsAt)) }
                event.registrationOpensAt = template.registrationOpensAt.map { start.addingTimeInterval($0.timeIntervalSince(template.startsAt)) }
                try await event.create(on: db)
            }
            try await Audit.record(.eventSeries, entityType: .eventSeries, entityID: series.id!.uuidString,
                                   summary: "\(series.title): \(rule.text), \(events.count) occurrences, by \(organizer.email)", by: actor, on: db)
        }
        return (series, events)
    }
}

extension Event {
    /// A fresh, unsaved event with the same fields.
    func copy() -> Event {
        let event = Event()
        event.kind = kind
        event.title = title
        event.description = description
        event.startsAt = startsAt
        event.endsAt = endsAt
        event.timeZone = timeZone
        event.place = place
        event.onlineLink = onlineLink
        event.audience = audience
        event.groupID = groupID
        event.capacity = capacity
        event.registrationOpensAt = registrationOpensAt
        event.registrationClosesAt = registrationClosesAt
        event.questionsJSON = questionsJSON
        event.reminderMinutes = reminderMinutes
        event.translationsJSON = translationsJSON
        event.status = status
        event.sequence = sequence
        event.organizerName = organizerName
        event.organizerEmail = organizerEmail
        return event
    }
}

enum SeriesFeed {
    /// The calendar entries for `events`: single events as themselves; occurrences of a recurring
    /// series as one master (RRULE, EXDATE for cancelled ones) plus an override per moved one.
    static func entries(_ events: [Event], series: [UUID: EventSeries], config: AppConfig) -> [ICalendar.Event] {
        var result = [ICalendar.Event]()
        var grouped: [UUID: [Event]] = [:]
        for event in events {
            if let id = event.$series.id, series[id]?.rrule != nil, event.recurrenceID != nil { grouped[id, default: []].append(event) }
            else { result.append(EventCalendar.published(event, config)) }
        }
        for (id, occurrences) in grouped.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            let row = series[id]!
            guard let rule = try? RecurrenceRule(parsing: row.rrule!), let first = occurrences.min(by: { $0.recurrenceID! < $1.recurrenceID! }) else { continue }
            let uid = "series-\(id.uuidString.lowercased())@\(URL(string: config.baseURL)?.host ?? "puente")"
            let zone = TimeZone(identifier: row.timeZone)
            var master = ICalendar.Event(uid: uid, start: row.startsAt,
                                         end: row.startsAt.addingTimeInterval(Double(row.durationMinutes) * 60),
                                         summary: first.title, description: first.description, location: first.place,
                                         url: SiteURL.event(.value(first.id!)).absolute(config), sequence: occurrences.map(\.sequence).max() ?? 0,
                                         timeZone: zone, rrule: rule,
                                         exceptions: occurrences.filter { $0.status == .cancelled }.compactMap(\.recurrenceID))
            master.lastModified = occurrences.compactMap(\.updatedAt).max()
            result.append(master)
            for moved in occurrences where moved.status == .scheduled && moved.startsAt != moved.recurrenceID {
                var override = EventCalendar.published(moved, config)
                override.uid = uid
                override.recurrenceID = moved.recurrenceID
                result.append(override)
            }
        }
        return result
    }
}
