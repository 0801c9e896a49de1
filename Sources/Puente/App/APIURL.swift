// Every machine-facing address (the JSON API, FHIR, health and metrics) in one place, as
// SiteURL is for pages: routes register from it, and tests and links print from it.

import Foundation
import Vapor

enum APIURL: Address {
    typealias Parameter = SiteURL.Parameter

    case openAPI
    case tokens
    case certificate(Parameter<String>)
    case registryEntries
    case registryEntry(Parameter<String>)
    case trainingPrograms
    case trainingCohorts
    case trainingCohortEnrollments(Parameter<UUID>)
    case trainingEnrollments
    case trainingEnrollmentDecision(Parameter<UUID>)
    case trainingEnrollmentProgress(Parameter<UUID>)
    case trainingEnrollmentPracticumLogs(Parameter<UUID>)
    case trainingEnrollmentCertificate(Parameter<UUID>)
    case trainingSessionAttendance(Parameter<UUID>)
    case trainingPracticumLogs
    case trainingPracticumLogDecision(Parameter<UUID>)
    case trainingCertificates
    case trainingHours
    case events
    case event(Parameter<UUID>)
    case eventCancel(Parameter<UUID>)
    case eventRegistrations(Parameter<UUID>)
    case eventSeries
    case lists
    case list(Parameter<String>)
    case listSubscriptions(Parameter<String>)
    case listNewsletters(Parameter<String>)
    case newsletter(Parameter<UUID>)
    case newsletterSend(Parameter<UUID>)
    case newsletterCancel(Parameter<UUID>)
    case coalitionGroups
    case coalitionGroup(Parameter<String>)
    case coalitionGroupMeetings(Parameter<String>)
    case coalitionActionItems
    case coalitionActionItem(Parameter<UUID>)
    case coalitionGroupSeats(Parameter<String>)
    case coalitionGroupRoles(Parameter<String>)
    case coalitionGroupFocusAreas(Parameter<String>)
    case coalitionSeat(Parameter<UUID>)
    case coalitionRole(Parameter<UUID>)
    case coalitionFocusArea(Parameter<UUID>)
    case coalitionAgendaItem(Parameter<UUID>)
    case meetingMinutes(Parameter<UUID>)
    case meetingMinutesApprove(Parameter<UUID>)
    case meetingAgendaItems(Parameter<UUID>)
    case meetingAgendaSend(Parameter<UUID>)
    case meetingActionItems(Parameter<UUID>)
    /// FHIR R4: the capability statement; resource paths hang off `fhir`.
    case fhir
    case fhirMetadata
    case health
    case metrics

    var parameterValue: String? {
        switch self {
        case .certificate(.value(let number)), .registryEntry(.value(let number)):
            Self.segment(number)
        case .trainingCohortEnrollments(.value(let id)), .trainingEnrollmentDecision(.value(let id)),
             .trainingEnrollmentProgress(.value(let id)), .trainingEnrollmentPracticumLogs(.value(let id)),
             .trainingEnrollmentCertificate(.value(let id)), .trainingSessionAttendance(.value(let id)),
             .trainingPracticumLogDecision(.value(let id)), .event(.value(let id)), .eventCancel(.value(let id)),
             .eventRegistrations(.value(let id)), .newsletter(.value(let id)), .newsletterSend(.value(let id)), .newsletterCancel(.value(let id)),
             .meetingMinutes(.value(let id)), .meetingMinutesApprove(.value(let id)), .meetingAgendaItems(.value(let id)),
             .meetingAgendaSend(.value(let id)), .meetingActionItems(.value(let id)), .coalitionActionItem(.value(let id)),
             .coalitionSeat(.value(let id)), .coalitionRole(.value(let id)), .coalitionFocusArea(.value(let id)),
             .coalitionAgendaItem(.value(let id)):
            id.uuidString
        case .list(.value(let slug)), .listSubscriptions(.value(let slug)), .listNewsletters(.value(let slug)),
             .coalitionGroup(.value(let slug)), .coalitionGroupMeetings(.value(let slug)), .coalitionGroupSeats(.value(let slug)),
             .coalitionGroupRoles(.value(let slug)), .coalitionGroupFocusAreas(.value(let slug)):
            Self.segment(slug)
        default:
            nil
        }
    }

    var pathComponents: [PathComponent] {
        let v1: [PathComponent] = ["api", "v1"]
        return switch self {
        case .openAPI: ["api", "openapi.json"]
        case .tokens: v1 + ["tokens"]
        case .certificate: v1 + ["certificates", ":number"]
        case .registryEntries: v1 + ["registry", "entries"]
        case .registryEntry: v1 + ["registry", "entries", ":number"]
        case .trainingPrograms: v1 + ["training", "programs"]
        case .trainingCohorts: v1 + ["training", "cohorts"]
        case .trainingCohortEnrollments: v1 + ["training", "cohorts", ":cohortID", "enrollments"]
        case .trainingEnrollments: v1 + ["training", "enrollments"]
        case .trainingEnrollmentDecision: v1 + ["training", "enrollments", ":enrollmentID", "decision"]
        case .trainingEnrollmentProgress: v1 + ["training", "enrollments", ":enrollmentID", "progress"]
        case .trainingEnrollmentPracticumLogs: v1 + ["training", "enrollments", ":enrollmentID", "practicum-logs"]
        case .trainingEnrollmentCertificate: v1 + ["training", "enrollments", ":enrollmentID", "certificate"]
        case .trainingSessionAttendance: v1 + ["training", "sessions", ":sessionID", "attendance"]
        case .trainingPracticumLogs: v1 + ["training", "practicum-logs"]
        case .trainingPracticumLogDecision: v1 + ["training", "practicum-logs", ":logID", "decision"]
        case .trainingCertificates: v1 + ["training", "certificates"]
        case .trainingHours: v1 + ["training", "hours"]
        case .events: v1 + ["events"]
        case .event: v1 + ["events", ":eventID"]
        case .eventCancel: v1 + ["events", ":eventID", "cancel"]
        case .eventRegistrations: v1 + ["events", ":eventID", "registrations"]
        case .eventSeries: v1 + ["event-series"]
        case .lists: v1 + ["lists"]
        case .list: v1 + ["lists", ":slug"]
        case .listSubscriptions: v1 + ["lists", ":slug", "subscriptions"]
        case .listNewsletters: v1 + ["lists", ":slug", "newsletters"]
        case .newsletter: v1 + ["newsletters", ":newsletterID"]
        case .newsletterSend: v1 + ["newsletters", ":newsletterID", "send"]
        case .newsletterCancel: v1 + ["newsletters", ":newsletterID", "cancel"]
        case .coalitionGroups: v1 + ["coalition", "groups"]
        case .coalitionGroup: v1 + ["coalition", "groups", ":groupSlug"]
        case .coalitionGroupMeetings: v1 + ["coalition", "groups", ":groupSlug", "meetings"]
        case .coalitionActionItems: v1 + ["coalition", "action-items"]
        case .coalitionActionItem: v1 + ["coalition", "action-items", ":actionItemID"]
        case .coalitionGroupSeats: v1 + ["coalition", "groups", ":groupSlug", "seats"]
        case .coalitionGroupRoles: v1 + ["coalition", "groups", ":groupSlug", "roles"]
        case .coalitionGroupFocusAreas: v1 + ["coalition", "groups", ":groupSlug", "focus-areas"]
        case .coalitionSeat: v1 + ["coalition", "seats", ":seatID"]
        case .coalitionRole: v1 + ["coalition", "roles", ":roleID"]
        case .coalitionFocusArea: v1 + ["coalition", "focus-areas", ":focusAreaID"]
        case .coalitionAgendaItem: v1 + ["coalition", "agenda-items", ":agendaItemID"]
        case .meetingMinutes: v1 + ["meetings", ":eventID", "minutes"]
        case .meetingMinutesApprove: v1 + ["meetings", ":eventID", "minutes", "approve"]
        case .meetingAgendaItems: v1 + ["meetings", ":eventID", "agenda-items"]
        case .meetingAgendaSend: v1 + ["meetings", ":eventID", "agenda", "send"]
        case .meetingActionItems: v1 + ["meetings", ":eventID", "action-items"]
        case .fhir: ["fhir"]
        case .fhirMetadata: ["fhir", "metadata"]
        case .health: ["healthz"]
        case .metrics: ["metrics"]
        }
    }
}
