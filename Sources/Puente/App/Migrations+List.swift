// Every migration, once, in the order it runs. Never edit one that has shipped: add a new one.

import Fluent

extension Migrations {
    func addPuenteMigrations() {
        add(SessionRecord.migration)
        add(CreateUser())
        add(CreateUserRole())
        add(CreateOneTimeToken())
        add(CreateAPIToken())
        add(CreateRateLimitHit())
        add(CreateAuditEvent())
        add(CreateOutboxMessage())
        add(CreateOrganization())
        add(CreateRegistryEntry())
        add(CreateRegistryEntryDetails())
        add(CreateCredential())
        add(CreateDirectorySearch())
        add(CreateRegistryImportFile())
        add(CreateDirectoryTerms())
        add(CreateDirectoryListings())
        add(UpdateDirectoryTermsAddFacets())
        add(CreateTraining())
        add(AddShippedTrainingPrograms())
        add(CreateEvents())
        add(AddEventDetails())
        add(CreateBrowserSessions())
        add(PadCredentialDays())
        add(CreateDirectoryWithdrawals())
        add(UpdateRegistryEntriesAddFoldedNameIndex())
        add(UpdateUsersAddNameFolded())
        add(CreateHealthProbes())
        add(UpdateCohortsAddApplicationsClose())
        add(AddSpanishContentFields())
        add(CreateCommunications())
        add(CreateSegmentMessages())
        add(CreateOrganizationRepresentatives())
        add(CreateCoalition())
        add(CreateIdempotentRequests())
        add(AddArchivedDeliveryCounts())
        add(AddMeetingTitlesInSpanish())
    }
}
