// Who belongs to the coalition: a person (their account, and their registry entry if they like)
// or an organization (the registry's `Organization`), with every change of status kept.

import Fluent
import Foundation
import PuenteCore

final class CoalitionMembership: Model, @unchecked Sendable {
    static let schema = "coalition_memberships"

    enum Kind: String, Codable, Sendable { case person, organization }
    /// People are members at once; organizations wait for staff.
    enum Status: String, Codable, Sendable, CaseIterable { case applied, member, inactive }

    @ID(key: .id) var id: UUID?
    @Enum(key: "kind") var kind: Kind
    @Enum(key: "status") var status: Status
    /// The person, or the organization's representative who applied (none for an organization
    /// staff added themselves).
    @OptionalParent(key: "user_id") var user: User?
    @OptionalParent(key: "organization_id") var organization: Organization?
    @OptionalParent(key: "registry_entry_id") var registryEntry: RegistryEntry?
    @Field(key: "subscribed_to_list") var subscribedToList: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// One change of a membership's status: who, when, why.
final class MembershipChange: Model, @unchecked Sendable {
    static let schema = "coalition_membership_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "membership_id") var membership: CoalitionMembership
    @Enum(key: "status") var status: CoalitionMembership.Status
    @OptionalField(key: "by_user_id") var byUserID: UUID?
    @Field(key: "note") var note: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(membershipID: UUID, status: CoalitionMembership.Status, by userID: UUID?, note: String) {
        self.$membership.id = membershipID
        self.status = status
        self.byUserID = userID
        self.note = note
    }
}

/// A block of the public coalition page's prose, in both languages; Spanish may wait.
final class CoalitionText: Model, @unchecked Sendable {
    static let schema = "coalition_texts"

    enum Key: String, Codable, Sendable, CaseIterable { case goal, structure, principles, join }

    @ID(key: .id) var id: UUID?
    @Enum(key: "key") var key: Key
    @Field(key: "body") var body: String
    @Field(key: "body_es") var bodyEs: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var text: StaffText { StaffText(body, spanish: bodyEs) }
}

/// An objective with a yearly target counted from the data, not typed in.
final class CoalitionObjective: Model, @unchecked Sendable {
    static let schema = "coalition_objectives"

    enum Metric: String, Codable, Sendable, CaseIterable {
        case webinarsHeld = "webinars_held", newslettersSent = "newsletters_sent", meetingsHeld = "meetings_held"
        case membersJoined = "members_joined"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "title") var title: String
    @Field(key: "title_es") var titleEs: String
    @Enum(key: "metric") var metric: Metric
    @Field(key: "yearly_target") var yearlyTarget: Int
    @Field(key: "position") var position: Int

    init() {}
}

/// What a member organization's representative puts to staff: a practicum site it can offer, or
/// one of its people for a training cohort. Staff take it from there.
final class OrganizationProposal: Model, @unchecked Sendable {
    static let schema = "organization_proposals"

    enum Kind: String, Codable, Sendable, CaseIterable { case practicumSite = "practicum_site", nomination }
    enum Status: String, Codable, Sendable, CaseIterable { case proposed, accepted, declined }

    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: Organization
    @Enum(key: "kind") var kind: Kind
    @Enum(key: "status") var status: Status
    @OptionalField(key: "cohort_id") var cohortID: UUID?
    /// The site's name, or the nominee's.
    @Field(key: "name") var name: String
    /// The nominee's address, or the site's supervisor and place.
    @Field(key: "contact") var contact: String
    @Field(key: "details") var details: String
    @Field(key: "by_user_id") var byUserID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
