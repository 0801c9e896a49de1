// What staff send to make or change a list, from the API or the staff form, checked in one place.

import Foundation
import PuenteCore
import Vapor

struct ListInput: Content {
    var slug: String
    var name: String
    var nameEs: String?
    var description: String?
    var descriptionEs: String?
    var kind: String?
    var visibility: String?
    var policy: String?
    /// Discussion lists: put the list's address in From on every post (default false: only when
    /// the author's domain's DMARC policy asks for it).
    var rewriteFrom: Bool?
    /// Discussion lists: hold a new member's first post for an owner (default true).
    var moderateFirstPosts: Bool?

    struct Checked {
        let slug: String
        let name: String
        let nameEs: String?
        let description: String
        let descriptionEs: String?
        let kind: MailingList.Kind
        let visibility: MailingList.Visibility
        let policy: MailingList.Policy
        let rewriteFrom: Bool
        let moderateFirstPosts: Bool
    }

    /// Lower-case letters, digits and single hyphens, 2–24 long: it becomes an email local part,
    /// and `{slug}-bounces+{26-character token}` must fit the 64 characters RFC 5321 allows.
    static func isValidSlug(_ slug: String) -> Bool {
        guard (2...24).contains(slug.count), !slug.hasPrefix("-"), !slug.hasSuffix("-"), !slug.contains("--") else { return false }
        // `-bounces` and `-request` addresses belong to the list machinery.
        guard !slug.hasSuffix("-bounces"), !slug.hasSuffix("-request") else { return false }
        // Words the list pages use as paths of their own.
        guard !["confirm", "unsubscribe", "preferences", "stop"].contains(slug) else { return false }
        // Bounces of messages to a segment come back to `bulk-bounces+…`.
        guard slug != VERP.programSlug else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    func checked() throws -> Checked {
        var errors = FormErrors()
        let slug = slug.trimmingCharacters(in: .whitespaces)
        if !Self.isValidSlug(slug) { errors.add("slug", .listSlugInvalid) }
        let name = name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { errors.add("name", .fieldRequired) } else if name.count > 120 { errors.add("name", .textTooLong) }
        if let nameEs, nameEs.count > 120 { errors.add("nameEs", .textTooLong) }
        if (description ?? "").count > 2_000 { errors.add("description", .textTooLong) }
        if (descriptionEs ?? "").count > 2_000 { errors.add("descriptionEs", .textTooLong) }
        if ControlCharacters.present(in: name) { errors.add("name", .nameControlCharacters) }
        if ControlCharacters.present(in: nameEs ?? "") { errors.add("nameEs", .nameControlCharacters) }
        let kind = MailingList.Kind(rawValue: kind ?? "announcement")
        if kind == nil { errors.add("kind", .listKindInvalid) }
        let visibility = MailingList.Visibility(rawValue: visibility ?? "public")
        if visibility == nil { errors.add("visibility", .listVisibilityInvalid) }
        let policy = MailingList.Policy(rawValue: policy ?? "open")
        if policy == nil { errors.add("policy", .listPolicyInvalid) }
        guard errors.isEmpty, let kind, let visibility, let policy else { throw ValidationFailure(errors: errors) }
        return Checked(slug: slug, name: name, nameEs: nameEs?.nonEmpty, description: (description ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                       descriptionEs: descriptionEs?.nonEmpty, kind: kind, visibility: visibility, policy: policy,
                       rewriteFrom: rewriteFrom ?? false, moderateFirstPosts: moderateFirstPosts ?? true)
    }
}
