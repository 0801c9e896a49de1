// Every route group, with the access it requires and the protections it carries.

import Vapor

func routes(_ app: Application) throws {
    // HTML pages: every state-changing form carries the CSRF token.
    let pages = app.grouped(CSRFMiddleware())
    try pages.register(collection: HomeController())
    try pages.register(collection: AccountsController())
    try pages.register(collection: AdminPeopleController())
    try pages.register(collection: AuditController())
    try pages.register(collection: VerificationController())
    try pages.register(collection: DirectoryController())
    try pages.register(collection: RegistryController())
    try pages.register(collection: RegistryStaffController())
    try pages.register(collection: RegistryImportController())
    try pages.register(collection: OrganizationsController())
    try pages.register(collection: TrainingController())
    try pages.register(collection: TrainingStaffController())
    try pages.register(collection: EventRegistrationController())
    try pages.register(collection: EventsController())
    try pages.register(collection: MyEventsController())
    try pages.register(collection: EventsStaffController())
    try pages.register(collection: ListsController())
    try pages.register(collection: ListsStaffController())
    try pages.register(collection: SegmentMessagesController())
    try pages.register(collection: CoalitionController())
    try pages.register(collection: MeetingsController())
    try pages.register(collection: CoalitionStaffController())

    // Machines: no cookies needed, no CSRF.
    // One-click unsubscribe (RFC 8058): a mail provider's POST has no session; the signed token is the credential.
    try app.register(collection: UnsubscribeController())
    try app.register(collection: OperationsController())
    try app.register(collection: FHIRController())
    try app.register(collection: OpenAPIController())
    let v1 = app.grouped(JSONBodyMiddleware(), IdempotencyMiddleware())
    try v1.register(collection: TokensController())
    try VerificationController().bootAPI(routes: v1)
    try v1.register(collection: RegistryAPIController())
    try v1.register(collection: TrainingAPIController())
    try v1.register(collection: EventsAPIController())
    try v1.register(collection: ListsAPIController())
    try v1.register(collection: CoalitionAPIController())
    try v1.register(collection: CoalitionGroupsAPIWrites())
    try v1.register(collection: MeetingRecordAPIWrites())

    // Last, once every route is known.
    app.middleware.use(MethodNotAllowedMiddleware(routes: app.routes))
}
