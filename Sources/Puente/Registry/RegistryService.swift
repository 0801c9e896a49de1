// Registry rules shared by the member's application, staff pages and (later) the API and CSV
// import. Each change, its status history, its audit record, its email and its search-index
// row commit together.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct RegistryService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor

    enum Failure: Error, Equatable {
        case invalid(FormErrors.Snapshot)
        case alreadyApplied
        case reasonRequired
        case statusNotAllowed
        case emailNotVerified
    }

    /// A member applies for themself: status `applied`, a confirmation email.
    /// The account's address must be confirmed first: decisions go to it, and an unconfirmed one
    /// could be anyone's, so someone could apply in another person's name and mailbox.
    func apply(for user: User, _ input: RegistryEntryInput) async throws -> RegistryEntry {
        guard user.isEmailVerified else { throw Failure.emailNotVerified }
        if try await RegistryEntry.query(on: db).filter(\.$user.$id == user.id!).first() != nil { throw Failure.alreadyApplied }
        var input = input
        if input.email.isEmpty { input.email = user.email }
        return try await create(input, status: .applied, userID: user.id, includeNotes: false, notify: .registryEmailAppliedSubject)
    }

    /// What `apply` would refuse in `input`, without writing anything: the application's steps
    /// check their own fields with it as the person goes.
    func problems(in input: RegistryEntryInput) async throws -> FormErrors {
        var errors = input.validate(counties: config.counties, communities: config.communities)
        try await checkOrganizations(input, keeping: [], into: &errors)
        return errors
    }

    /// Staff add a person directly, usually already active. A number is given only when
    /// migrating an existing registry; otherwise a new one is drawn.
    func createByStaff(_ input: RegistryEntryInput, status: RegistryEntry.Status = .active,
                       registryNumber: String? = nil) async throws -> RegistryEntry {
        try await create(input, status: status, userID: nil, includeNotes: true, notify: nil, registryNumber: registryNumber)
    }

    private func create(_ input: RegistryEntryInput, status: RegistryEntry.Status, userID: UUID?,
                        includeNotes: Bool, notify: L10n?, registryNumber: String? = nil) async throws -> RegistryEntry {
        let errors = try await problems(in: input)
        guard errors.isEmpty else { throw Failure.invalid(errors.snapshot) }
        // A drawn number can collide with one already issued (birthday bound); draw again.
        for attempt in 1...5 {
            let number = registryNumber ?? ReadableCode.random(prefix: RegistryEntry.numberPrefix, groups: 2).value
            do {
                return try await insertEntry(input, number: number, status: status, userID: userID, includeNotes: includeNotes,
                                             notify: notify)
            } catch where (error as? any DatabaseError)?.isConstraintFailure == true && registryNumber == nil && attempt < 5
                        && !db.inTransaction {
                // Our own transaction rolled back, so we can look: was it the number?
                guard try await RegistryEntry.query(on: db).filter(\.$registryNumber == number).first() != nil else { throw error }
                continue
            }
        }
        throw Abort(.internalServerError, reason: "could not draw a free registry number")
    }

    private func insertEntry(_ input: RegistryEntryInput, number: String, status: RegistryEntry.Status, userID: UUID?,
                             includeNotes: Bool, notify: L10n?) async throws -> RegistryEntry {
        let entry = RegistryEntry.blank(number: number, status: status)
        entry.$user.id = userID
        _ = input.apply(to: entry, includeNotes: includeNotes)
        try await db.transaction { db in
            try await entry.create(on: db)
            try await replaceDetails(of: entry, with: input, on: db)
            try await recordStatus(entry, from: nil, reason: nil, on: db)
            try await Audit.record(.registryCreate, entityType: .registryEntry, entityID: entry.registryNumber,
                                   summary: "\(status.rawValue) entry for \(entry.fullName)", by: actor, on: db)
            if notify != nil { try await email(entry, subject: .registryEmailAppliedSubject, body: .registryEmailAppliedBody,
                                               reason: nil, on: db) }
            try await DirectoryIndex.refresh(entry.id!, on: db)
        }
        return entry
    }

    /// Saves edits. A member editing an application that needed changes sends it back for review.
    func update(_ entry: RegistryEntry, _ input: RegistryEntryInput, byStaff: Bool) async throws {
        try await entry.$communities.load(on: db)
        var errors = input.validate(counties: config.counties, communities: config.communities,
                                    keeping: Set(entry.communities.map(\.code)))
        if !byStaff, entry.status.nameIsSettled {
            if input.givenName != entry.givenName { errors.add("given_name", .registryNameSettled) }
            if input.familyName != entry.familyName { errors.add("family_name", .registryNameSettled) }
        }
        let affiliations = try await Affiliation.query(on: db).filter(\.$entry.$id == entry.id!).all()
        try await checkOrganizations(input, keeping: Set(affiliations.map(\.$organization.id)), into: &errors)
        guard errors.isEmpty else { throw Failure.invalid(errors.snapshot) }
        try await entry.$languages.load(on: db)
        try await entry.$counties.load(on: db)
        var changed = input.apply(to: entry, includeNotes: byStaff)
        if Set(entry.languages.map(\.code)) != Set(input.languages) { changed.append("languages") }
        if Set(entry.counties.map(\.fips)) != Set(input.counties) { changed.append("counties") }
        if Set(entry.communities.map(\.code)) != Set(input.communities) { changed.append("communities") }
        if let organizations = input.organizations, Set(organizations) != Set(affiliations.map(\.$organization.id))
            || input.employer != affiliations.first(where: \.isEmployer)?.$organization.id {
            changed.append("organizations")
        }
        let resubmit = !byStaff && entry.status == .changesRequested
        let changedFields = changed
        try await db.transaction { db in
            let before = entry.status
            if resubmit { entry.status = .applied; entry.statusReason = nil }
            // Languages, counties and organizations live in other tables; FHIR `_lastUpdated` and
            // `_history` read this row's timestamp, so a change to them must move it too.
            if !changedFields.isEmpty { entry.updatedAt = Date() }
            try await entry.save(on: db)
            try await replaceDetails(of: entry, with: input, on: db)
            if resubmit { try await recordStatus(entry, from: before, reason: nil, on: db) }
            if !changedFields.isEmpty || resubmit {
                try await Audit.record(.registryUpdate, entityType: .registryEntry, entityID: entry.registryNumber,
                                       summary: "changed " + (changedFields.isEmpty ? "nothing" : changedFields.joined(separator: ", ")),
                                       by: actor, on: db)
            }
            try await DirectoryIndex.refresh(entry.id!, on: db)
        }
    }

    /// Staff replace an entry's details and, when `status` differs, decide its status too: both
    /// or neither (the API's PUT).
    func replaceByStaff(_ entry: RegistryEntry, _ input: RegistryEntryInput,
                        status: RegistryEntry.Status?, reason: String) async throws {
        try await db.transaction { db in
            let service = RegistryService(db: db, config: config, actor: actor)
            try await service.update(entry, input, byStaff: true)
            if let status, status != entry.status { try await service.changeStatus(entry, to: status, reason: reason) }
        }
    }

    /// Staff decisions, only along `Status.nextStatuses`. Every status but `active` needs a
    /// reason the person will read.
    func changeStatus(_ entry: RegistryEntry, to status: RegistryEntry.Status, reason rawReason: String) async throws {
        guard entry.status.nextStatuses.contains(status) else { throw Failure.statusNotAllowed }
        let reason = rawReason.trimmingCharacters(in: .whitespacesAndNewlines)
        if status != .active && reason.isEmpty { throw Failure.reasonRequired }
        guard PrivacyGuard.scan(reason) == nil, reason.count <= 2000 else { throw Failure.reasonRequired }
        let before = entry.status
        // Sending the same changes back with the same words twice (a double submit) writes nothing.
        guard before != status || entry.statusReason != (reason.isEmpty ? nil : reason) else { return }
        try await db.transaction { db in
            entry.status = status
            entry.statusReason = reason.isEmpty ? nil : reason
            try await entry.save(on: db)
            try await recordStatus(entry, from: before, reason: entry.statusReason, on: db)
            try await Audit.record(.registryStatus, entityType: .registryEntry, entityID: entry.registryNumber,
                                   summary: "\(before.rawValue) → \(status.rawValue)" + (reason.isEmpty ? "" : ": \(reason)"),
                                   by: actor, on: db)
            let (subject, body): (L10n, L10n) = switch (before, status) {
            case (.applied, .active), (.changesRequested, .active): (.registryEmailApprovedSubject, .registryEmailApprovedBody)
            case (_, .changesRequested): (.registryEmailChangesSubject, .registryEmailChangesBody)
            case (_, .declined): (.registryEmailDeclinedSubject, .registryEmailDeclinedBody)
            default: (.registryEmailStatusSubject, .registryEmailStatusBody)
            }
            try await email(entry, subject: subject, body: body, reason: entry.statusReason, on: db)
            try await DirectoryIndex.refresh(entry.id!, on: db)
        }
    }

    /// Chosen organizations must be on the list and active; one already chosen stays allowed after
    /// it is made inactive, so saving an old entry does not fail on it.
    private func checkOrganizations(_ input: RegistryEntryInput, keeping current: Set<UUID>, into errors: inout FormErrors) async throws {
        guard let chosen = input.organizations, !chosen.isEmpty else { return }
        let found = try await Organization.query(on: db).filter(\.$id ~~ chosen).all()
        let allowed = Set(found.filter { $0.active || current.contains($0.id!) }.compactMap(\.id))
        if !Set(chosen).isSubset(of: allowed) { errors.add("organizations", .registryUnknownOrganization) }
    }

    private func replaceDetails(of entry: RegistryEntry, with input: RegistryEntryInput, on db: any Database) async throws {
        let id = entry.id!
        if let organizations = input.organizations {
            let titles = Dictionary(try await Affiliation.query(on: db).filter(\.$entry.$id == id).all()
                .map { ($0.$organization.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            try await Affiliation.query(on: db).filter(\.$entry.$id == id).delete()
            for organization in organizations.sorted(by: { $0.uuidString < $1.uuidString }) {
                try await Affiliation(entryID: id, organizationID: organization, title: titles[organization] ?? nil,
                                      isEmployer: organization == input.employer).create(on: db)
            }
        }
        try await RegistryEntryLanguage.query(on: db).filter(\.$entry.$id == id).delete()
        try await RegistryEntryCounty.query(on: db).filter(\.$entry.$id == id).delete()
        try await RegistryEntryCommunity.query(on: db).filter(\.$entry.$id == id).delete()
        for code in input.languages.sorted() { try await RegistryEntryLanguage(entryID: id,
                                                                               code: SpokenLanguages.named(code)!.code).create(on: db) }
        for fips in input.counties.sorted() { try await RegistryEntryCounty(entryID: id, fips: fips).create(on: db) }
        for code in input.communities.sorted() { try await RegistryEntryCommunity(entryID: id, code: code).create(on: db) }
    }

    private func recordStatus(_ entry: RegistryEntry, from: RegistryEntry.Status?, reason: String?, on db: any Database) async throws {
        let change = RegistryStatusChange()
        change.$entry.id = entry.id!
        change.fromStatus = from?.rawValue
        change.toStatus = entry.status.rawValue
        change.reason = reason
        change.actorEmail = actor.email
        change.changedAt = Date()
        try await change.create(on: db)
    }

    /// Writes to the person in their language, if the entry has an address to write to.
    private func email(_ entry: RegistryEntry, subject: L10n, body: L10n, reason: String?, on db: any Database) async throws {
        let account = try await entry.$user.get(on: db)
        guard let address = (entry.email ?? account?.email).flatMap(EmailAddress.init) else { return }
        let language = account?.language ?? config.defaultLanguage
        let values = ["number": entry.registryNumber, "status": entry.status.label.text(language),
                      "program": config.programName, "reason": reason ?? ""]
        var paragraphs = [body.text(language, values)]
        if reason != nil { paragraphs.append(L10n.registryEmailReasonLine.text(language, values)) }
        let message = Mailer(config: config).compose(
            to: Mailbox(address, name: entry.fullName), language: language,
            .init(subject: subject.text(language, values), paragraphs: paragraphs,
                  link: (L10n.registryMyTitle.text(language), SiteURL.registryMine.absolute(config)),
                  greetingName: entry.givenName, reason: account == nil ? .registryEntry : .account))
        try await Outbox.enqueue(message, on: db)
    }
}

extension FormErrors {
    /// An Equatable copy for carrying validation problems inside an error.
    struct Snapshot: Equatable, Sendable { let messages: [String: L10n] }
    var snapshot: Snapshot { Snapshot(messages: messagesByField) }
    init(_ snapshot: Snapshot) {
        self.init()
        for (field, message) in snapshot.messages { add(field, message) }
    }
}

extension Request {
    var registry: RegistryService { RegistryService(db: db, config: config, actor: auditActor) }
}
