// "My organization": what a member organization's representative sees and does for it. Its
// people in the registry appear only if they name the organization and agreed to let it see
// their standing; every view of them is audited. A representative acts for their own
// organizations only.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct MyOrganization {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor

    struct Person: Sendable {
        let name: String
        let registryNumber: String
        let registryStatus: RegistryEntry.Status
        let certificate: Credential.Status?
        /// The soonest day a rule set's eligibility ends within 90 days, if one does.
        let lapsesOn: Day?
    }

    struct View: Sendable {
        let organization: Organization
        let membership: CoalitionMembership?
        let people: [Person]
        let seats: [(GroupSeat, CoalitionGroup)]
        let leads: [String]
        let meetings: [Event]
        let proposals: [OrganizationProposal]
    }

    /// The organization's page for its representative. Audits that its people were seen.
    func view(_ organization: Organization, access: EventAccess, today: Day) async throws -> View {
        let organizationID = organization.id!
        let affiliated = try await Affiliation.query(on: db).filter(\.$organization.$id == organizationID).all().map { $0.$entry.id }
        let entries = affiliated.isEmpty ? [] : try await RegistryEntry.query(on: db).filter(\.$id ~~ affiliated)
            .filter(\.$sharesStanding == true).all()
        let credentials = entries.isEmpty ? [] : try await Credential.query(on: db).filter(\.$entry.$id ~~ entries.map { $0.id! }).all()
        let latest = Dictionary(grouping: credentials, by: { $0.$entry.id }).mapValues { $0.max { $0.issuedOn < $1.issuedOn }! }
        let eligibility = EligibilityService(db: db, config: config, actor: actor)
        let facts = try await eligibility.facts(for: entries.compactMap { $0.$user.id })
        let people = entries.map { entry -> Person in
            let lapse = entry.$user.id.flatMap { facts[$0] }.flatMap { personal in
                eligibility.ruleSets.map { $0.evaluate(personal, today: today) }.filter { $0.lapses(within: 90, of: today) }
                    .compactMap(\.eligibleUntil).min()
            }
            return Person(name: "\(entry.givenName) \(entry.familyName)", registryNumber: entry.registryNumber, registryStatus: entry.status,
                          certificate: latest[entry.id!]?.status(today: today.description), lapsesOn: lapse)
        }.sorted { $0.name.compare($1.name, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending }
        let seats = try await GroupSeat.query(on: db).filter(\.$organization.$id == organizationID).with(\.$group).all()
            .filter { $0.isCurrent(on: today.description) }
        let roles = try await GroupRole.query(on: db).all().filter { $0.holderIDs.contains(organizationID) }.map(\.title)
        let areas = try await FocusArea.query(on: db).all().filter { $0.leadIDs.contains(organizationID) }.map(\.name)
        let groupIDs = Set(seats.map { $0.$group.id })
        let meetings = groupIDs.isEmpty ? [] : try await access.restrict(Event.query(on: db).filter(\.$groupID ~~ Array(groupIDs)))
            .filter(\.$endsAt >= Date()).sort(\.$startsAt).limit(12).all()
        let proposals = try await OrganizationProposal.query(on: db).filter(\.$organization.$id == organizationID)
            .sort(\.$createdAt, .descending).limit(50).all()
        let membership = try await CoalitionMembership.query(on: db).filter(\.$organization.$id == organizationID).first()
        try await Audit.record(.coalitionStandingView, entityType: .organization, entityID: organizationID.uuidString,
                               summary: "\(people.count) people of \(organization.name) shown", by: actor, on: db)
        return View(organization: organization, membership: membership, people: people, seats: seats.map { ($0, $0.group) },
                    leads: roles + areas, meetings: meetings, proposals: proposals)
    }

    struct ProposalInput {
        var kind = ""
        var cohort = ""
        var name = ""
        var contact = ""
        var details = ""

        init() {}

        init(form req: Request) {
            kind = req.formValue("kind")
            cohort = req.formValue("cohort")
            name = String(req.formValue("name").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            contact = String(req.formValue("contact").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            details = String(req.formValue("details").prefix(5000)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// A practicum site offered, or a person nominated for a cohort that still takes applications.
    func propose(for organization: Organization, _ input: ProposalInput, by user: User, today: Day) async throws {
        var errors = FormErrors()
        let kind = OrganizationProposal.Kind(rawValue: input.kind)
        if kind == nil { errors.add("kind", .coalitionProposalKindInvalid) }
        errors.checkName(input.name)
        if input.contact.isEmpty { errors.add("contact", .fieldRequired) } else if input.contact.count > 300 { errors.add("contact", .textTooLong) }
        if input.details.count > 2000 { errors.add("details", .textTooLong) }
        for (field, value) in [("name", input.name), ("contact", input.contact), ("details", input.details)] {
            if let found = PrivacyGuard.scan(value) { errors.add(field, found.message) }
        }
        var cohort: Cohort?
        if kind == .nomination {
            if EmailAddress(input.contact) == nil { errors.add("contact", .emailInvalid) }
            cohort = try await UUID(uuidString: input.cohort).asyncMap { try await Cohort.find($0, on: db) } ?? nil
            if cohort?.takesApplications(on: today) != true { errors.add("cohort", .coalitionCohortClosed) }
        }
        guard errors.isEmpty, let kind else { throw ValidationFailure(errors: errors) }
        let proposal = OrganizationProposal()
        proposal.$organization.id = organization.id!
        proposal.kind = kind
        proposal.status = .proposed
        proposal.cohortID = cohort?.id
        proposal.name = input.name
        proposal.contact = input.contact
        proposal.details = input.details
        proposal.byUserID = user.id!
        let cohortName = cohort.map { " for \($0.name)" } ?? ""
        try await db.transaction { db in
            try await proposal.create(on: db)
            try await Audit.record(.coalitionNomination, entityType: .organization, entityID: organization.id!.uuidString,
                                   summary: "\(kind.rawValue): \(input.name)\(cohortName)", by: actor, on: db)
        }
    }
}
