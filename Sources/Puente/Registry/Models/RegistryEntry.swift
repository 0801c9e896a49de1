// One person in the statewide registry. The person may or may not have an account, may or may
// not have an employer, and decides which fields the public directory shows.

import Fluent
import Foundation
import PuenteCore

public final class RegistryEntry: Model, @unchecked Sendable {
    public static let schema = "registry_entries"
    static let numberPrefix = "CHW"

    public enum Status: String, Codable, CaseIterable, Sendable {
        case applied
        case changesRequested = "changes_requested"
        case active
        case inactive
        case suspended
        case declined

        /// Once staff have decided an application, the name is what certificates and verification
        /// show: only staff change it from then on, so a holder cannot take on someone else's name.
        public var nameIsSettled: Bool { self != .applied && self != .changesRequested }

        /// Where staff can move an entry from this status: a decision on an application, or
        /// taking a listed person off the register and back. The pages and the API offer these only.
        public var nextStatuses: [Status] {
            switch self {
            case .applied, .changesRequested: [.active, .changesRequested, .declined]
            case .active: [.inactive, .suspended]
            case .inactive, .suspended, .declined: [.active]
            }
        }
    }

    @ID(key: .id) public var id: UUID?
    /// `CHW-XXXX-XXXX`: unique, never reused (entries are never deleted, only made inactive).
    @Field(key: "registry_number") public var registryNumber: String
    @OptionalParent(key: "user_id") public var user: User?
    @Field(key: "given_name") public var givenName: String
    @Field(key: "family_name") public var familyName: String
    /// Lower-case, accent-free copies for FHIR string search; kept in step by `RegistryEntryFolding`.
    @Field(key: "given_name_folded") public var givenNameFolded: String
    @Field(key: "family_name_folded") public var familyNameFolded: String
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "phone") public var phone: String?
    @Enum(key: "worker_type") public var workerType: WorkerType
    @OptionalField(key: "other_title") public var otherTitle: String?
    @Enum(key: "status") public var status: Status
    @OptionalField(key: "status_reason") public var statusReason: String?
    @Field(key: "preferred_contact") public var preferredContact: String
    /// Staff-only notes; refused if they contain anything shaped like an SSN or card number.
    @OptionalField(key: "notes") public var notes: String?

    // What the public directory may show. Listing shows the name; everything else is opt-in.
    @Field(key: "listed_in_directory") public var listedInDirectory: Bool
    @Field(key: "show_worker_type") public var showWorkerType: Bool
    @Field(key: "show_languages") public var showLanguages: Bool
    @Field(key: "show_counties") public var showCounties: Bool
    @Field(key: "show_communities") public var showCommunities: Bool
    @Field(key: "show_organizations") public var showOrganizations: Bool
    @Field(key: "show_contact") public var showContact: Bool
    /// The organizations the person names may see their standing on "My organization".
    @Field(key: "shares_standing") public var sharesStanding: Bool

    @Children(for: \.$entry) public var languages: [RegistryEntryLanguage]
    @Children(for: \.$entry) public var counties: [RegistryEntryCounty]
    @Children(for: \.$entry) public var communities: [RegistryEntryCommunity]
    @Children(for: \.$entry) public var affiliations: [Affiliation]
    @Children(for: \.$entry) public var credentials: [Credential]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// A new entry with the minimum public footprint: unlisted, every field private.
    static func blank(number: String, status: Status) -> RegistryEntry {
        let entry = RegistryEntry()
        entry.registryNumber = number
        entry.status = status
        entry.givenName = ""
        entry.familyName = ""
        entry.givenNameFolded = ""
        entry.familyNameFolded = ""
        entry.email = nil
        entry.phone = nil
        entry.workerType = .chw
        entry.otherTitle = nil
        entry.statusReason = nil
        entry.preferredContact = "email"
        entry.notes = nil
        entry.listedInDirectory = false
        entry.showWorkerType = false
        entry.showLanguages = false
        entry.showCounties = false
        entry.showCommunities = false
        entry.showOrganizations = false
        entry.showContact = false
        entry.sharesStanding = false
        return entry
    }

    var fullName: String { "\(givenName) \(familyName)" }
}

/// Keeps the folded name columns right on every create and update, whoever saves.
struct RegistryEntryFolding: AsyncModelMiddleware {
    func create(model: RegistryEntry, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        fold(model)
        try await next.create(model, on: db)
    }

    func update(model: RegistryEntry, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        fold(model)
        try await next.update(model, on: db)
    }

    private func fold(_ model: RegistryEntry) {
        model.givenNameFolded = TextFolding.fold(model.givenName)
        model.familyNameFolded = TextFolding.fold(model.familyName)
    }
}
