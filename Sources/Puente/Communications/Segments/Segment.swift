// Who a message to a segment goes to: registry entries as the staff registry filters them, a
// cohort, an event's registrants, organization representatives, or people whose eligibility
// lapses within some days. Stored with the message (JSON), so its page says who it was for.

import Foundation
import PuenteCore
import Vapor

enum Segment: Codable, Sendable, Equatable {
    case registry(RegistryStaffFilter)
    case cohort(UUID)
    case event(UUID)
    case representatives
    case lapsing(days: Int)

    enum Kind: String, CaseIterable, Sendable {
        case registry, cohort, event, representatives, lapsing

        var label: L10n {
            switch self {
            case .registry: .segmentKindRegistry
            case .cohort: .segmentKindCohort
            case .event: .segmentKindEvent
            case .representatives: .segmentKindRepresentatives
            case .lapsing: .segmentKindLapsing
            }
        }
    }

    static let maxLapsingDays = 365

    var kind: Kind {
        switch self {
        case .registry: .registry
        case .cohort: .cohort
        case .event: .event
        case .representatives: .representatives
        case .lapsing: .lapsing
        }
    }

    /// The form's (or a link's) fields: `segment` names the kind, and each kind its own values.
    /// A cohort or event that does not exist is the caller's to check (`SegmentRecipients`).
    static func parse(_ values: [String: String], counties: CountyList) throws -> Segment {
        var errors = FormErrors()
        let segment: Segment?
        switch Kind(rawValue: values["segment"] ?? "") {
        case .registry: segment = .registry(RegistryStaffFilter(values, counties: counties))
        case .cohort:
            segment = values["cohort"].flatMap(UUID.init(uuidString:)).map(Segment.cohort)
            if segment == nil { errors.add("cohort", .fieldRequired) }
        case .event:
            segment = values["event"].flatMap(UUID.init(uuidString:)).map(Segment.event)
            if segment == nil { errors.add("event", .fieldRequired) }
        case .representatives: segment = .representatives
        case .lapsing:
            let days = Int(values["days"]?.trimmingCharacters(in: .whitespaces) ?? "")
            if let days, (1...maxLapsingDays).contains(days) { segment = .lapsing(days: days) } else {
                segment = nil
                errors.add("days", .segmentDaysOutOfRange)
            }
        case nil:
            segment = nil
            errors.add("segment", .fieldRequired)
        }
        guard let segment, errors.isEmpty else { throw ValidationFailure(errors: errors) }
        return segment
    }

    /// The fields that reproduce it in the form.
    var formValues: [String: String] {
        var values = ["segment": kind.rawValue]
        switch self {
        case .registry(let filter): values.merge(filter.queryItems) { $1 }
        case .cohort(let id): values["cohort"] = id.uuidString
        case .event(let id): values["event"] = id.uuidString
        case .representatives: break
        case .lapsing(let days): values["days"] = "\(days)"
        }
        return values
    }

    var json: String { String(decoding: try! JSONEncoder().encode(self), as: UTF8.self) }

    init?(json: String) {
        guard let decoded = try? JSONDecoder().decode(Segment.self, from: Data(json.utf8)) else { return nil }
        self = decoded
    }
}
