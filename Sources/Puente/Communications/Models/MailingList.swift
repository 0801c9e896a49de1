// A mailing list: an announcement list staff (or named senders) post to, or a discussion list
// whose members write to each other. Deleting one hides it; its consent records and archive stay.

import Fluent
import Foundation
import PuenteCore

public final class MailingList: Model, @unchecked Sendable {
    public static let schema = "mailing_lists"

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case announcement, discussion
    }

    /// Who may see the list, its page and archive: anyone, or people with a verified account.
    public enum Visibility: String, Codable, Sendable, CaseIterable {
        case `public`, members
        /// A coalition group's own list: shown only to the people on it.
        case group
    }

    /// How a person gets on: confirm by email, then wait for an owner, or only by invitation.
    public enum Policy: String, Codable, Sendable, CaseIterable {
        case open, approval, invitation
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "name_es") public var nameEs: String?
    @Field(key: "description") public var description: String
    @OptionalField(key: "description_es") public var descriptionEs: String?
    @Enum(key: "kind") public var kind: Kind
    @Enum(key: "visibility") public var visibility: Visibility
    @Enum(key: "policy") public var policy: Policy
    /// Put the list's address in From on every post, not only for senders whose domain's DMARC
    /// policy requires it.
    @Field(key: "rewrite_from") public var rewriteFrom: Bool
    /// A new member's first post waits for an owner; later ones go straight out.
    @Field(key: "moderate_first_posts") public var moderateFirstPosts: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) public var deletedAt: Date?

    public init() {}

    init(slug: String, name: String, nameEs: String?, description: String, descriptionEs: String?,
         kind: Kind, visibility: Visibility, policy: Policy) {
        self.slug = slug
        self.name = name
        self.nameEs = nameEs
        self.description = description
        self.descriptionEs = descriptionEs
        self.kind = kind
        self.visibility = visibility
        self.policy = policy
        self.rewriteFrom = false
        self.moderateFirstPosts = true
    }

    var title: StaffText { StaffText(name, spanish: nameEs) }
    var about: StaffText { StaffText(description, spanish: descriptionEs) }

    /// `List-Id` (RFC 2919): the slug under the program's list domain.
    func listID(domain: String) -> String { "<\(slug).\(domain)>" }
}

/// A person or an organization that may manage a list (an organization's representatives
/// manage the list their organization leads).
final class MailingListOwner: Model, @unchecked Sendable {
    static let schema = "mailing_list_owners"

    @ID(key: .id) var id: UUID?
    @Parent(key: "list_id") var list: MailingList
    @OptionalParent(key: "user_id") var user: User?
    @OptionalParent(key: "organization_id") var organization: Organization?

    init() {}

    init(listID: UUID, userID: UUID?, organizationID: UUID?) {
        self.$list.id = listID
        self.$user.id = userID
        self.$organization.id = organizationID
    }
}

extension MailingList.Kind {
    var label: L10n { self == .announcement ? .listKindAnnouncement : .listKindDiscussion }
}

extension MailingList.Visibility {
    var label: L10n {
        switch self {
        case .public: .listVisibilityPublic
        case .members: .listVisibilityMembers
        case .group: .listVisibilityGroup
        }
    }
}

extension MailingList.Policy {
    var label: L10n {
        switch self {
        case .open: .listPolicyOpen
        case .approval: .listPolicyApproval
        case .invitation: .listPolicyInvitation
        }
    }
}
