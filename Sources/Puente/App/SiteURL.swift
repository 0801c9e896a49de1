// Every HTML page's address, in one place: routes register from it and views print links from it.

import Foundation
import Vapor

enum SiteURL: Address {
    /// A path parameter: `.key` where a route is registered (it prints `:name`), a value in a link.
    /// (Before, a nil id printed `:name` into a link without a word from the compiler.)
    enum Parameter<Value: Sendable>: Sendable {
        case key
        case value(Value)
    }

    case home
    case stylesheet
    case styleguide
    case login
    case logout
    case signup
    case verifyEmail
    case resendVerification
    case forgotPassword
    case resetPassword
    case profile
    case adminPeople
    case adminPersonRoles(Parameter<UUID>)
    case auditLog
    case contact
    case directory
    case registryApply
    case registryMine
    case staffRegistry
    case staffRegistryNew
    case staffRegistryEntry(Parameter<UUID>)
    case staffRegistryStatus(Parameter<UUID>)
    case staffRegistryCredentials(Parameter<UUID>)
    case staffCredentialRevoke(Parameter<UUID>)
    case staffRegistryImport
    case staffRegistryImportCommit(Parameter<UUID>)
    case staffRegistryExport
    case staffOrganizations
    case staffOrganization(Parameter<UUID>)
    case verify
    case verifyNumber(Parameter<String>)
    case training
    case trainingMine
    case trainingApply(Parameter<UUID>)
    case trainingCohort(Parameter<UUID>)
    case trainingCohortDecision(Parameter<UUID>)
    case trainingCohortSessions(Parameter<UUID>)
    case trainingCohortTrainers(Parameter<UUID>)
    case trainingAttendance(Parameter<UUID>)
    case trainingEnrollmentAction(Parameter<UUID>)
    case trainingPracticumLog(Parameter<UUID>)
    case trainingSupervision
    case trainingLogDecision(Parameter<UUID>)
    case trainingHours
    case trainingHourEvidence(Parameter<UUID>)
    case trainingCalendar(Parameter<String>)
    case staffTraining
    case staffTrainingCohorts
    case staffProgramNew
    case staffProgram(Parameter<UUID>)
    case staffHourDecision(Parameter<UUID>)
    case staffEligibilityRemind
    case staffCertificateReissue(Parameter<UUID>)
    case certificatePDF(Parameter<String>)
    case eventRegistration(Parameter<String>)
    case events
    case event(Parameter<UUID>)
    case eventRegister(Parameter<UUID>)
    case eventInvite(Parameter<UUID>)
    case publicCalendar
    case myEvents
    case myEventsFeed
    case eventFeed(Parameter<String>)
    case eventRegistrationReminders(Parameter<String>)
    case staffEvents
    case staffEventNew
    case staffEvent(Parameter<UUID>)
    case staffEventCancel(Parameter<UUID>)
    case staffEventCheckIn(Parameter<UUID>)
    case staffEventExport(Parameter<UUID>)
    case staffEventMessage(Parameter<UUID>)
    case staffEventMaterials(Parameter<UUID>)
    case lists
    case list(Parameter<String>)
    case listSubscribe(Parameter<String>)
    case listArchive(Parameter<String>)
    case listArchiveFeed(Parameter<String>)
    case newsletter(Parameter<UUID>)
    case listConfirm(Parameter<String>)
    case listUnsubscribe(Parameter<String>)
    case listPreferences
    case listPreferencesToken(Parameter<String>)
    case staffLists
    case staffList(Parameter<String>)
    case staffListSubscribers(Parameter<String>)
    case staffListExport(Parameter<String>)
    case staffListPosts(Parameter<String>)
    case staffListNewsletters(Parameter<String>)
    case staffNewsletter(Parameter<UUID>)
    case listStopBulk(Parameter<String>)
    case staffMessages
    case staffMessageNew
    case staffMessage(Parameter<UUID>)
    case staffListOwners(Parameter<String>)
    case staffOrganizationRepresentatives(Parameter<UUID>)
    case coalition
    case coalitionJoin
    case coalitionGroup(Parameter<String>)
    case coalitionMyOrganization
    case coalitionProposals
    case meeting(Parameter<UUID>)
    case meetingAgenda(Parameter<UUID>)
    case meetingMinutes(Parameter<UUID>)
    case meetingActionItems(Parameter<UUID>)
    case meetingGuests(Parameter<UUID>)
    case staffCoalition
    case staffCoalitionMembership(Parameter<UUID>)
    case staffCoalitionTexts
    case staffCoalitionGroups
    case staffCoalitionGroup(Parameter<String>)

    var parameterValue: String? {
        switch self {
        case .adminPersonRoles(.value(let id)), .staffRegistryEntry(.value(let id)), .staffRegistryStatus(.value(let id)),
             .staffRegistryCredentials(.value(let id)), .staffCredentialRevoke(.value(let id)), .staffRegistryImportCommit(.value(let id)), .staffOrganization(.value(let id)),
             .trainingApply(.value(let id)), .trainingCohort(.value(let id)), .trainingCohortDecision(.value(let id)), .trainingCohortSessions(.value(let id)),
             .trainingCohortTrainers(.value(let id)), .trainingAttendance(.value(let id)), .trainingEnrollmentAction(.value(let id)),
             .trainingPracticumLog(.value(let id)), .trainingLogDecision(.value(let id)), .staffHourDecision(.value(let id)), .staffCertificateReissue(.value(let id)),
             .trainingHourEvidence(.value(let id)), .staffProgram(.value(let id)), .event(.value(let id)), .eventRegister(.value(let id)), .eventInvite(.value(let id)),
             .staffEvent(.value(let id)), .staffEventCancel(.value(let id)), .staffEventCheckIn(.value(let id)), .staffEventExport(.value(let id)),
             .staffEventMessage(.value(let id)), .staffEventMaterials(.value(let id)), .newsletter(.value(let id)), .staffNewsletter(.value(let id)),
             .staffMessage(.value(let id)), .staffOrganizationRepresentatives(.value(let id)), .meeting(.value(let id)),
             .meetingAgenda(.value(let id)), .meetingMinutes(.value(let id)), .meetingActionItems(.value(let id)), .meetingGuests(.value(let id)),
             .staffCoalitionMembership(.value(let id)):
            id.uuidString
        case .list(.value(let slug)), .listSubscribe(.value(let slug)), .listArchive(.value(let slug)), .listArchiveFeed(.value(let slug)), .staffList(.value(let slug)),
             .staffListSubscribers(.value(let slug)), .staffListNewsletters(.value(let slug)), .staffListExport(.value(let slug)),
             .staffListPosts(.value(let slug)), .staffListOwners(.value(let slug)), .coalitionGroup(.value(let slug)),
             .staffCoalitionGroup(.value(let slug)):
            Self.segment(slug)
        case .listConfirm(.value(let token)), .listUnsubscribe(.value(let token)), .listPreferencesToken(.value(let token)),
             .listStopBulk(.value(let token)):
            Self.segment(token)
        case .verifyNumber(.value(let number)):
            Self.segment(number)
        case .certificatePDF(.value(let number)):
            Self.segment(number) + ".pdf"
        case .eventRegistration(.value(let token)), .eventRegistrationReminders(.value(let token)):
            token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token
        case .trainingCalendar(.value(let token)), .eventFeed(.value(let token)):
            (token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token) + ".ics"
        default:
            nil
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .home: []
        case .stylesheet: ["assets", "site.css"]
        case .styleguide: ["styleguide"]
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
        case .lists: ["lists"]
        case .list: ["lists", ":slug"]
        case .listSubscribe: ["lists", ":slug", "subscribe"]
        case .listArchive: ["lists", ":slug", "archive"]
        case .listArchiveFeed: ["lists", ":slug", "archive.atom"]
        case .newsletter: ["newsletters", ":newsletterID"]
        case .listConfirm: ["lists", "confirm", ":token"]
        case .listUnsubscribe: ["lists", "unsubscribe", ":token"]
        case .listPreferences: ["lists", "preferences"]
        case .listPreferencesToken: ["lists", "preferences", ":token"]
        case .staffLists: ["staff", "lists"]
        case .staffList: ["staff", "lists", ":slug"]
        case .staffListSubscribers: ["staff", "lists", ":slug", "subscribers"]
        case .staffListExport: ["staff", "lists", ":slug", "subscribers.csv"]
        case .staffListNewsletters: ["staff", "lists", ":slug", "newsletters"]
        case .staffListPosts: ["staff", "lists", ":slug", "posts"]
        case .staffNewsletter: ["staff", "newsletters", ":newsletterID"]
        case .listStopBulk: ["lists", "stop", ":token"]
        case .staffMessages: ["staff", "messages"]
        case .staffMessageNew: ["staff", "messages", "new"]
        case .staffMessage: ["staff", "messages", ":messageID"]
        case .staffListOwners: ["staff", "lists", ":slug", "owners"]
        case .staffOrganizationRepresentatives: ["staff", "organizations", ":organizationID", "representatives"]
        case .coalition: ["coalition"]
        case .coalitionJoin: ["coalition", "join"]
        case .coalitionGroup: ["coalition", "groups", ":groupSlug"]
        case .coalitionMyOrganization: ["coalition", "my-organization"]
        case .coalitionProposals: ["coalition", "my-organization", "proposals"]
        case .meeting: ["meetings", ":eventID"]
        case .meetingAgenda: ["meetings", ":eventID", "agenda"]
        case .meetingMinutes: ["meetings", ":eventID", "minutes"]
        case .meetingActionItems: ["meetings", ":eventID", "action-items"]
        case .meetingGuests: ["meetings", ":eventID", "guests"]
        case .staffCoalition: ["staff", "coalition"]
        case .staffCoalitionMembership: ["staff", "coalition", "memberships", ":membershipID"]
        case .staffCoalitionTexts: ["staff", "coalition", "texts"]
        case .staffCoalitionGroups: ["staff", "coalition", "groups"]
        case .staffCoalitionGroup: ["staff", "coalition", "groups", ":groupSlug"]
        }
    }
}
