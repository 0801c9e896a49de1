// Who gets through each route: one row per route in the application's table. A route without a
// row fails `RouteAccessMatrixTests`, so every new capability writes down who may use it.

@testable import Puente

/// The people the matrix asks about. Objects in the paths belong to the demo program: the running
/// cohort is taught by `trainer`, its trainee `trainee` is supervised by `supervisor`.
enum Principal: String, CaseIterable, Sendable {
    case visitor // not signed in, no token
    case member // an account with no other role (a certified CHW)
    case trainee // the member who owns the enrollment, logs and hours in the paths
    case trainer // named trainer of the cohort in the paths
    case otherTrainer // a trainer of no cohort here
    case supervisor // supervisor of the trainee's practicum
    case otherSupervisor // a supervisor of nobody here
    case representative // organization representative
    case staff
    case admin
}

struct RouteAccess: Sendable {
    /// Who passes the gate. Everyone else is stopped: sent to sign in, 401, 403 or 404.
    let allowed: Set<Principal>
    /// A 401 from an allowed principal is the route's answer (wrong password), not the gate.
    var answers401 = false

    static let everyone = RouteAccess(allowed: Set(Principal.allCases))
    static let accounts = RouteAccess(allowed: Set(Principal.allCases).subtracting([.visitor]))
    static let staff = RouteAccess(allowed: [.staff, .admin])
    static let admin = RouteAccess(allowed: [.admin])
    /// The role gate for teaching, before any cohort is named.
    static let teachers = RouteAccess(allowed: [.trainer, .otherTrainer, .staff, .admin])
    /// Staff, or the trainer named on this cohort.
    static let cohortTeachers = RouteAccess(allowed: [.trainer, .staff, .admin])
    static let supervisors = RouteAccess(allowed: [.supervisor, .otherSupervisor, .admin])
    /// Only the supervisor of this trainee's placement.
    static let traineeSupervisor = RouteAccess(allowed: [.supervisor])
    /// Only the person whose enrollment it is.
    static let trainee = RouteAccess(allowed: [.trainee])
    static let traineeOrCohortTeachers = RouteAccess(allowed: [.trainee, .trainer, .staff, .admin])
    /// A secret in the path is the credential; the matrix sends a made-up one, so nobody gets in.
    static let secretHolder = RouteAccess(allowed: [])
    static let credentials = RouteAccess(allowed: Set(Principal.allCases), answers401: true)
}

enum RouteAccessMatrix {
    /// `METHOD /path/:parameter` → who gets through.
    static let rows: [String: RouteAccess] = [
        // Home, accounts, contact
        "GET /": .everyone,
        "GET /assets/site.css": .everyone,
        "GET /styleguide": RouteAccess(allowed: [.trainer, .otherTrainer, .staff, .admin]),
        "GET /contact": .everyone,
        "POST /contact": .everyone,
        "GET /signup": .everyone,
        "POST /signup": .everyone,
        "GET /login": .everyone,
        "POST /login": .credentials,
        "GET /logout": .everyone,
        "POST /logout": .everyone,
        "GET /verify-email": .everyone,
        "GET /forgot-password": .everyone,
        "POST /forgot-password": .everyone,
        "GET /reset-password": .everyone,
        "POST /reset-password": .everyone,
        "POST /verify-email/resend": .accounts,
        "GET /profile": .accounts,
        "POST /profile": .accounts,
        "GET /admin/people": .admin,
        "POST /admin/people/:personID/roles": .admin,
        "GET /admin/audit": .staff,

        // Registry
        "GET /verify": .everyone,
        "GET /verify/:number": .everyone,
        "GET /directory": .everyone,
        "GET /registry/apply": .accounts,
        "POST /registry/apply": .accounts,
        "GET /registry/me": .accounts,
        "POST /registry/me": .accounts,
        "GET /staff/registry": .staff,
        "GET /staff/registry/new": .staff,
        "POST /staff/registry/new": .staff,
        "GET /staff/registry/:entryID": .staff,
        "POST /staff/registry/:entryID": .staff,
        "POST /staff/registry/:entryID/status": .staff,
        "POST /staff/registry/:entryID/credentials": .staff,
        "POST /staff/credentials/:credentialID/revoke": .staff,
        "GET /staff/registry-import": .staff,
        "POST /staff/registry-import": .staff,
        "POST /staff/registry-import/:importID/commit": .staff,
        "GET /staff/registry-export.csv": .staff,
        "GET /staff/organizations": .staff,
        "POST /staff/organizations": .staff,
        "GET /staff/organizations/:organizationID": .staff,
        "POST /staff/organizations/:organizationID": .staff,

        // Training
        "GET /training": .everyone,
        "GET /certificates/:file": .everyone,
        "GET /training/calendar/:token": .secretHolder,
        "POST /training/cohorts/:cohortID/apply": .accounts,
        "GET /training/me": .accounts,
        "GET /training/enrollments/:enrollmentID/practicum": .trainee,
        "POST /training/enrollments/:enrollmentID/practicum": .trainee,
        "POST /training/enrollments/:enrollmentID": .trainee,
        "GET /training/hours": .accounts,
        "POST /training/hours": .accounts,
        "GET /training/hours/:recordID/evidence": RouteAccess(allowed: [.trainee, .staff, .admin]),
        "GET /staff/training": .teachers,
        "GET /training/cohorts/:cohortID": .cohortTeachers,
        "POST /training/cohorts/:cohortID/enrollments": .cohortTeachers,
        "POST /training/cohorts/:cohortID/sessions": .cohortTeachers,
        "GET /training/sessions/:sessionID/attendance": .cohortTeachers,
        "POST /training/sessions/:sessionID/attendance": .cohortTeachers,
        "POST /staff/training/cohorts": .staff,
        "GET /staff/training/programs/new": .staff,
        "POST /staff/training/programs/new": .staff,
        "GET /staff/training/programs/:programID": .staff,
        "POST /staff/training/programs/:programID": .staff,
        "POST /training/cohorts/:cohortID/trainers": .staff,
        "POST /staff/training/hours/:recordID": .staff,
        "POST /staff/training/eligibility/remind": .staff,
        "POST /staff/certificates/:credentialID/reissue": .staff,
        "GET /training/supervision": .supervisors,
        "POST /training/practicum/:logID/decision": .traineeSupervisor,

        // Events
        "GET /events/registrations/:token": .secretHolder,
        "POST /events/registrations/:token": .secretHolder,
        "POST /events/registrations/:token/reminders": .secretHolder,
        "GET /events": .everyone,
        "GET /events/:eventID": .everyone,
        "POST /events/:eventID/register": .everyone,
        "GET /events/:eventID/invite.ics": .everyone,
        "GET /calendar.ics": .everyone,
        "GET /events/mine": .accounts,
        "POST /events/mine/feed": .accounts,
        "GET /events/feed/:token": .secretHolder,
        "GET /staff/events": .staff,
        "GET /staff/events/new": .staff,
        "POST /staff/events/new": .staff,
        "GET /staff/events/:eventID": .staff,
        "POST /staff/events/:eventID": .staff,
        "POST /staff/events/:eventID/cancel": .staff,
        "GET /staff/events/:eventID/check-in": .staff,
        "POST /staff/events/:eventID/check-in": .staff,
        "GET /staff/events/:eventID/registrants.csv": .staff,
        "POST /staff/events/:eventID/message": .staff,
        "POST /staff/events/:eventID/materials": .staff,
        // Mailing lists: the demo's coalition listserv is for people with an account; its
        // newsletter issue belongs to the public newsletter.
        "GET /lists": .everyone,
        "GET /lists/:slug": .accounts,
        "POST /lists/:slug/subscribe": .accounts,
        "GET /lists/:slug/archive": .accounts,
        "GET /lists/:slug/archive.atom": .secretHolder,
        "GET /newsletters/:newsletterID": .everyone,
        "GET /lists/confirm/:token": .secretHolder,
        "POST /lists/confirm/:token": .secretHolder,
        "GET /lists/unsubscribe/:token": .secretHolder,
        "POST /lists/unsubscribe/:token": .secretHolder,
        "GET /lists/preferences": .accounts,
        "POST /lists/preferences": .accounts,
        "GET /lists/preferences/:token": .secretHolder,
        "POST /lists/preferences/:token": .secretHolder,
        "GET /staff/lists": .staff,
        "POST /staff/lists": .staff,
        "GET /staff/lists/:slug": .staff,
        "POST /staff/lists/:slug": .staff,
        "POST /staff/lists/:slug/subscribers": .staff,
        "GET /staff/lists/:slug/subscribers.csv": .staff,
        "POST /staff/lists/:slug/newsletters": .staff,
        "POST /staff/lists/:slug/posts": .staff,
        "GET /staff/newsletters/:newsletterID": .staff,
        "POST /staff/newsletters/:newsletterID": .staff,
        "GET /lists/stop/:token": .secretHolder,
        "POST /staff/lists/:slug/owners": .staff,
        "POST /staff/organizations/:organizationID/representatives": .staff,
        "POST /lists/stop/:token": .secretHolder,
        // The coalition. The event in the paths is the policy committee's next open meeting, so its
        // record is for everyone to read and for staff (or the chair, not a principal here) to write.
        "GET /coalition": .everyone,
        "GET /coalition/join": .accounts,
        "POST /coalition/join": .accounts,
        "GET /coalition/groups/:groupSlug": .everyone,
        "GET /coalition/my-organization": RouteAccess(allowed: [.representative]),
        // The form names the organization; the matrix names none, so nobody's is found.
        "POST /coalition/my-organization/proposals": RouteAccess(allowed: []),
        "GET /meetings/:eventID": .everyone,
        "POST /meetings/:eventID/agenda": .staff,
        "POST /meetings/:eventID/minutes": .staff,
        "POST /meetings/:eventID/action-items": .accounts,
        "POST /meetings/:eventID/guests": .staff,
        "GET /staff/coalition": .staff,
        "POST /staff/coalition/memberships/:membershipID": .staff,
        "POST /staff/coalition/texts": .staff,
        "POST /staff/coalition/groups": .staff,
        "GET /staff/coalition/groups/:groupSlug": .staff,
        "POST /staff/coalition/groups/:groupSlug": .staff,
        "GET /staff/messages": .staff,
        "GET /staff/messages/new": .staff,
        "POST /staff/messages/new": .staff,
        "GET /staff/messages/:messageID": .staff,
        "POST /staff/messages/:messageID": .staff,

        // Operations: `/metrics` answers loopback scrapers only; the matrix's requests come from
        // no address at all, so nobody passes.
        "GET /healthz": .everyone,
        "GET /metrics": .secretHolder,

        // FHIR: public without a token (what people made public)
        "GET /fhir/metadata": .everyone,
        "GET /fhir/Organization": .everyone,
        "POST /fhir/Organization/_search": .everyone,
        "GET /fhir/Organization/:id": .everyone,
        "GET /fhir/Practitioner": .everyone,
        "POST /fhir/Practitioner/_search": .everyone,
        "GET /fhir/Practitioner/:id": .everyone,
        "GET /fhir/Location": .everyone,
        "POST /fhir/Location/_search": .everyone,
        "GET /fhir/Location/:id": .everyone,
        "GET /fhir/PractitionerRole": .everyone,
        "POST /fhir/PractitionerRole/_search": .everyone,
        "GET /fhir/PractitionerRole/:id": .everyone,
        "GET /fhir/Practitioner/_history": .everyone,
        "GET /fhir/PractitionerRole/_history": .everyone,
        "GET /fhir/Organization/_history": .everyone,

        // JSON API (bearer tokens)
        "GET /api/openapi.json": .everyone,
        "POST /api/v1/tokens": .credentials,
        "GET /api/v1/certificates/:number": .everyone,
        "GET /api/v1/registry/entries": .everyone,
        "GET /api/v1/registry/entries/:number": .everyone,
        "POST /api/v1/registry/entries": .staff,
        "PUT /api/v1/registry/entries/:number": .staff,
        "GET /api/v1/training/programs": .everyone,
        "GET /api/v1/training/cohorts": .everyone,
        "POST /api/v1/training/cohorts/:cohortID/enrollments": .accounts,
        "GET /api/v1/training/enrollments": .accounts,
        "POST /api/v1/training/enrollments/:enrollmentID/decision": .traineeOrCohortTeachers,
        "GET /api/v1/training/enrollments/:enrollmentID/progress": .traineeOrCohortTeachers,
        "POST /api/v1/training/enrollments/:enrollmentID/practicum-logs": .trainee,
        "POST /api/v1/training/enrollments/:enrollmentID/certificate": .staff,
        "POST /api/v1/training/sessions/:sessionID/attendance": .cohortTeachers,
        "GET /api/v1/training/practicum-logs": .supervisors,
        "POST /api/v1/training/practicum-logs/:logID/decision": .traineeSupervisor,
        "GET /api/v1/training/certificates": .accounts,
        "POST /api/v1/training/hours": .accounts,
        "GET /api/v1/events": .everyone,
        "GET /api/v1/events/:eventID": .everyone,
        "POST /api/v1/events": .staff,
        "PUT /api/v1/events/:eventID": .staff,
        "POST /api/v1/events/:eventID/cancel": .staff,
        "GET /api/v1/events/:eventID/registrations": .staff,
        "POST /api/v1/event-series": .staff,
        "POST /api/v1/events/:eventID/registrations": .everyone,
        "GET /api/v1/lists": .everyone,
        "POST /api/v1/lists": .staff,
        "GET /api/v1/lists/:slug": .accounts,
        "GET /api/v1/coalition/groups": .everyone,
        "GET /api/v1/coalition/groups/:groupSlug": .everyone,
        "GET /api/v1/coalition/groups/:groupSlug/meetings": .everyone,
        "GET /api/v1/coalition/action-items": .everyone,
        "GET /api/v1/meetings/:eventID/minutes": .everyone,
        // Coalition writes: groups are staff's; a meeting's record is its runners' (the matrix's
        // meeting is run by none of the other principals, so in its audience they get 403), and
        // the made-up ids of seats, roles, agenda and action items are 404 past the gate.
        "POST /api/v1/coalition/groups": .staff,
        "PUT /api/v1/coalition/groups/:groupSlug": .staff,
        "POST /api/v1/coalition/groups/:groupSlug/seats": .staff,
        "POST /api/v1/coalition/groups/:groupSlug/roles": .staff,
        "POST /api/v1/coalition/groups/:groupSlug/focus-areas": .staff,
        "DELETE /api/v1/coalition/seats/:seatID": .staff,
        "DELETE /api/v1/coalition/roles/:roleID": .staff,
        "DELETE /api/v1/coalition/focus-areas/:focusAreaID": .staff,
        "POST /api/v1/meetings/:eventID/agenda-items": .staff,
        "POST /api/v1/meetings/:eventID/agenda/send": .staff,
        "PUT /api/v1/meetings/:eventID/minutes": .staff,
        "POST /api/v1/meetings/:eventID/minutes/approve": .staff,
        "POST /api/v1/meetings/:eventID/action-items": .staff,
        "DELETE /api/v1/coalition/agenda-items/:agendaItemID": .accounts,
        "PATCH /api/v1/coalition/action-items/:actionItemID": .accounts,
        "PUT /api/v1/lists/:slug": .staff,
        "DELETE /api/v1/lists/:slug": .staff,
        "POST /api/v1/lists/:slug/subscriptions": .accounts,
        "POST /api/v1/lists/:slug/newsletters": .staff,
        "GET /api/v1/newsletters/:newsletterID": .staff,
        "POST /api/v1/newsletters/:newsletterID/send": .staff,
        "POST /api/v1/newsletters/:newsletterID/cancel": .staff,
    ]
}
