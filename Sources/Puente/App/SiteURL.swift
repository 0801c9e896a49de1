// Every HTML page's address, in one place: routes register from it and views print links from it.

import Foundation
import Vapor

enum SiteURL {
    case home
    case stylesheet
    case login
    case logout
    case signup
    case verifyEmail
    case resendVerification
    case forgotPassword
    case resetPassword
    case profile
    case adminPeople
    case adminPersonRoles(UUID?)
    case auditLog
    case contact
    case directory
    case registryApply
    case registryMine
    case staffRegistry
    case staffRegistryNew
    case staffRegistryEntry(UUID?)
    case staffRegistryStatus(UUID?)
    case staffRegistryCredentials(UUID?)
    case staffCredentialRevoke(UUID?)
    case staffRegistryImport
    case staffRegistryImportCommit(UUID?)
    case staffRegistryExport
    case staffOrganizations
    case staffOrganization(UUID?)
    case verify
    case verifyNumber(String?)
    case training
    case trainingMine
    case trainingApply(UUID?)
    case trainingCohort(UUID?)
    case trainingCohortDecision(UUID?)
    case trainingCohortSessions(UUID?)
    case trainingCohortTrainers(UUID?)
    case trainingAttendance(UUID?)
    case trainingEnrollmentAction(UUID?)
    case trainingPracticumLog(UUID?)
    case trainingSupervision
    case trainingLogDecision(UUID?)
    case trainingHours
    case trainingHourEvidence(UUID?)
    case trainingCalendar(String?)
    case staffTraining
    case staffTrainingCohorts
    case staffProgramNew
    case staffProgram(UUID?)
    case staffHourDecision(UUID?)
    case staffEligibilityRemind
    case staffCertificateReissue(UUID?)
    case certificatePDF(String?)
    case eventRegistration(String?)
    case events
    case event(UUID?)
    case eventRegister(UUID?)
    case eventInvite(UUID?)
    case publicCalendar
    case myEvents
    case myEventsFeed
    case eventFeed(String?)
    case eventRegistrationReminders(String?)
    case staffEvents
    case staffEventNew
    case staffEvent(UUID?)
    case staffEventCancel(UUID?)
    case staffEventCheckIn(UUID?)
    case staffEventExport(UUID?)
    case staffEventMessage(UUID?)
    case staffEventMaterials(UUID?)

    var path: String {
        // A parameter prints its value when given, else its `:name` (as routes register it).
        "/" + pathComponents.map { component in
            if case .parameter = component, let value = parameterValue { return value }
            return component.description
        }.joined(separator: "/")
    }

    /// The value of this address's one path parameter, when it has one and it is given.
    private var parameterValue: String? {
        switch self {
        case .adminPersonRoles(let id?), .staffRegistryEntry(let id?), .staffRegistryStatus(let id?),
             .staffRegistryCredentials(let id?), .staffCredentialRevoke(let id?), .staffRegistryImportCommit(let id?), .staffOrganization(let id?),
             .trainingApply(let id?), .trainingCohort(let id?), .trainingCohortDecision(let id?), .trainingCohortSessions(let id?),
             .trainingCohortTrainers(let id?), .trainingAttendance(let id?), .trainingEnrollmentAction(let id?),
             .trainingPracticumLog(let id?), .trainingLogDecision(let id?), .staffHourDecision(let id?), .staffCertificateReissue(let id?),
             .trainingHourEvidence(let id?), .staffProgram(let id?), .event(let id?), .eventRegister(let id?), .eventInvite(let id?),
             .staffEvent(let id?), .staffEventCancel(let id?), .staffEventCheckIn(let id?), .staffEventExport(let id?),
             .staffEventMessage(let id?), .staffEventMaterials(let id?):
            id.uuidString
        case .verifyNumber(let number?):
            number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? number
        case .certificatePDF(let number?):
            (number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? number) + ".pdf"
        case .eventRegistration(let token?), .eventRegistrationReminders(let token?):
            token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token
        case .trainingCalendar(let token?), .eventFeed(let token?):
            (token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token) + ".ics"
        default:
            nil
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .home: []
        case .stylesheet: ["assets", "site.css"]
        case .login: ["login"]
        case .logout: ["logout"]
        case .signup: ["signup"]
        case .verifyEmail: ["verify-email"]
        case .resendVerification: ["verify-email", "resend"]
        case .forgotPassword: ["forgot-password"]
        case .resetPassword: ["reset-password"]
        case .profile: ["profile"]
        case .adminPeople: ["admin", "people"]
        case .adminPersonRoles: ["admin", "people", ":personID", "roles"]
        case .auditLog: ["admin", "audit"]
        case .contact: ["contact"]
        case .directory: ["directory"]
        case .registryApply: ["registry", "apply"]
        case .registryMine: ["registry", "me"]
        case .staffRegistry: ["staff", "registry"]
        case .staffRegistryNew: ["staff", "registry", "new"]
        case .staffRegistryEntry: ["staff", "registry", ":entryID"]
        case .staffRegistryStatus: ["staff", "registry", ":entryID", "status"]
        case .staffRegistryCredentials: ["staff", "registry", ":entryID", "credentials"]
        case .staffCredentialRevoke: ["staff", "credentials", ":credentialID", "revoke"]
        case .staffRegistryImport: ["staff", "registry-import"]
        case .staffRegistryImportCommit: ["staff", "registry-import", ":importID", "commit"]
        case .staffRegistryExport: ["staff", "registry-export.csv"]
        case .staffOrganizations: ["staff", "organizations"]
        case .staffOrganization: ["staff", "organizations", ":organizationID"]
        case .verify: ["verify"]
        case .verifyNumber: ["verify", ":number"]
        case .training: ["training"]
        case .trainingMine: ["training", "me"]
        case .trainingApply: ["training", "cohorts", ":cohortID", "apply"]
        case .trainingCohort: ["training", "cohorts", ":cohortID"]
        case .trainingCohortDecision: ["training", "cohorts", ":cohortID", "enrollments"]
        case .trainingCohortSessions: ["training", "cohorts", ":cohortID", "sessions"]
        case .trainingCohortTrainers: ["training", "cohorts", ":cohortID", "trainers"]
        case .trainingAttendance: ["training", "sessions", ":sessionID", "attendance"]
        case .trainingEnrollmentAction: ["training", "enrollments", ":enrollmentID"]
        case .trainingPracticumLog: ["training", "enrollments", ":enrollmentID", "practicum"]
        case .trainingSupervision: ["training", "supervision"]
        case .trainingLogDecision: ["training", "practicum", ":logID", "decision"]
        case .trainingHours: ["training", "hours"]
        case .trainingHourEvidence: ["training", "hours", ":recordID", "evidence"]
        case .trainingCalendar: ["training", "calendar", ":token"]
        case .staffTraining: ["staff", "training"]
        case .staffTrainingCohorts: ["staff", "training", "cohorts"]
        case .staffProgramNew: ["staff", "training", "programs", "new"]
        case .staffProgram: ["staff", "training", "programs", ":programID"]
        case .staffHourDecision: ["staff", "training", "hours", ":recordID"]
        case .staffEligibilityRemind: ["staff", "training", "eligibility", "remind"]
        case .staffCertificateReissue: ["staff", "certificates", ":credentialID", "reissue"]
        case .certificatePDF: ["certificates", ":file"]
        case .eventRegistration: ["events", "registrations", ":token"]
        case .events: ["events"]
        case .event: ["events", ":eventID"]
        case .eventRegister: ["events", ":eventID", "register"]
        case .eventInvite: ["events", ":eventID", "invite.ics"]
        case .publicCalendar: ["calendar.ics"]
        case .myEvents: ["events", "mine"]
        case .myEventsFeed: ["events", "mine", "feed"]
        case .eventFeed: ["events", "feed", ":token"]
        case .eventRegistrationReminders: ["events", "registrations", ":token", "reminders"]
        case .staffEvents: ["staff", "events"]
        case .staffEventNew: ["staff", "events", "new"]
        case .staffEvent: ["staff", "events", ":eventID"]
        case .staffEventCancel: ["staff", "events", ":eventID", "cancel"]
        case .staffEventCheckIn: ["staff", "events", ":eventID", "check-in"]
        case .staffEventExport: ["staff", "events", ":eventID", "registrants.csv"]
        case .staffEventMessage: ["staff", "events", ":eventID", "message"]
        case .staffEventMaterials: ["staff", "events", ":eventID", "materials"]
        }
    }

    /// An absolute link for email, built on the configured base URL.
    func absolute(_ config: AppConfig, query: [String: String] = [:]) -> String {
        var url = config.baseURL + path
        if !query.isEmpty {
            var components = URLComponents()
            components.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
            url += "?" + (components.percentEncodedQuery ?? "")
        }
        return url
    }
}
