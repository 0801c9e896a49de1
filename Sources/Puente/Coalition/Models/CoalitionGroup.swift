// A committee or work group of the coalition (the steering committee, the policy committee, a
// focus-area group), its seats, its named roles and its focus areas: data staff edit, not page text.

import Fluent
import Foundation
import PuenteCore

final class CoalitionGroup: Model, @unchecked Sendable {
    static let schema = "coalition_groups"

    enum Kind: String, Codable, Sendable, CaseIterable { case steering, committee, workgroup }

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Enum(key: "kind") var kind: Kind
    @Field(key: "name") var name: String
    @Field(key: "name_es") var nameEs: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "purpose_es") var purposeEs: String
    @Field(key: "position") var position: Int
    /// The group's own list: new members are added once, never re-added after unsubscribing.
    @OptionalField(key: "list_id") var listID: UUID?

    init() {}

    init(slug: String, kind: Kind, name: String, nameEs: String, purpose: String, purposeEs: String, position: Int) {
        self.slug = slug
        self.kind = kind
        self.name = name
        self.nameEs = nameEs
        self.purpose = purpose
        self.purposeEs = purposeEs
        self.position = position
    }

    var title: StaffText { StaffText(name, spanish: nameEs) }
    var purposeText: StaffText { StaffText(purpose, spanish: purposeEs) }
}

/// A seat: a person or an organization, with a role and a term. Current while today is within it.
final class GroupSeat: Model, @unchecked Sendable {
    static let schema = "coalition_group_seats"

    enum Role: String, Codable, Sendable, CaseIterable {
        case chair, coChair = "co_chair", leadOrganization = "lead_organization", member, guest

        /// Chairs and lead organizations run the group's meetings: agendas, minutes, approval.
        var leads: Bool { self == .chair || self == .coChair || self == .leadOrganization }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: CoalitionGroup
    @OptionalParent(key: "user_id") var user: User?
    @OptionalParent(key: "organization_id") var organization: Organization?
    @Enum(key: "role") var role: Role
    /// `YYYY-MM-DD`, as the term is agreed.
    @Field(key: "starts_on") var startsOn: String
    @OptionalField(key: "ends_on") var endsOn: String?

    init() {}

    func isCurrent(on day: String) -> Bool { startsOn <= day && (endsOn.map { $0 >= day } ?? true) }
}

/// A named role with its activities ("Public Education Lead"), held by organizations.
final class GroupRole: Model, @unchecked Sendable {
    static let schema = "coalition_group_roles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: CoalitionGroup
    @Field(key: "title") var title: String
    @Field(key: "title_es") var titleEs: String
    /// One activity per line.
    @Field(key: "activities") var activities: String
    @Field(key: "activities_es") var activitiesEs: String
    @Field(key: "position") var position: Int
    /// Organization ids, in the order named.
    @Field(key: "holder_ids") var holderIDs: [UUID]

    init() {}
}

/// A policy focus area ("Medi-Cal benefit") and the organizations that lead it.
final class FocusArea: Model, @unchecked Sendable {
    static let schema = "coalition_focus_areas"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: CoalitionGroup
    @Field(key: "name") var name: String
    @Field(key: "name_es") var nameEs: String
    @Field(key: "position") var position: Int
    @Field(key: "lead_ids") var leadIDs: [UUID]

    init() {}
}
