// Staff make a coalition group and change its name, kind and purpose in both languages (the API;
// the demo seeds the program's own). A slug names the group in addresses, so it is unique.

import Fluent
import Foundation
import PuenteCore

extension GroupService {
    enum GroupFailure: Error { case slugTaken }

    struct GroupInput {
        var slug = ""
        var kind = ""
        var name = ""
        var nameEs = ""
        var purpose = ""
        var purposeEs = ""

        init() {}

        init(_ group: CoalitionGroup) {
            (slug, kind, name, nameEs) = (group.slug, group.kind.rawValue, group.name, group.nameEs)
            (purpose, purposeEs) = (group.purpose, group.purposeEs)
        }

        /// Each text bounded before anything else reads it, then trimmed.
        init(slug: String, kind: String, name: String, nameEs: String?, purpose: String?, purposeEs: String?) {
            self.slug = ClientText.bounded(slug, 200)
            self.kind = ClientText.bounded(kind, 40)
            self.name = ClientText.bounded(name, 1000)
            self.nameEs = ClientText.bounded(nameEs, 1000)
            self.purpose = ClientText.bounded(purpose, 10_000)
            self.purposeEs = ClientText.bounded(purposeEs, 10_000)
        }
    }

    /// Lower-case letters, digits and single hyphens, 2–80 long: it is part of the group's address.
    static func isValidSlug(_ slug: String) -> Bool {
        (2...80).contains(slug.count) && slug.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }

    private func check(_ input: GroupInput) throws -> CoalitionGroup.Kind {
        var errors = FormErrors()
        if !Self.isValidSlug(input.slug) { errors.add("slug", .coalitionGroupSlugInvalid) }
        let kind = CoalitionGroup.Kind(rawValue: input.kind)
        if kind == nil { errors.add("kind", .coalitionGroupKindInvalid) }
        if input.name.isEmpty { errors.add("name", .fieldRequired) } else if input.name.count > 120 { errors.add("name", .textTooLong) }
        if input.nameEs.count > 120 { errors.add("nameEs", .textTooLong) }
        if input.purpose.count > 2000 { errors.add("purpose", .textTooLong) }
        if input.purposeEs.count > 2000 { errors.add("purposeEs", .textTooLong) }
        for (field, value) in [("name", input.name), ("nameEs", input.nameEs), ("purpose", input.purpose), ("purposeEs", input.purposeEs)] {
            if let found = PrivacyGuard.scan(value) { errors.add(field, found.message) }
        }
        guard errors.isEmpty, let kind else { throw ValidationFailure(errors: errors) }
        return kind
    }

    func createGroup(_ input: GroupInput) async throws -> CoalitionGroup {
        let kind = try check(input)
        return try await db.transaction { db in
            guard try await CoalitionGroup.query(on: db).filter(\.$slug == input.slug).count() == 0 else { throw GroupFailure.slugTaken }
            let position = (try await CoalitionGroup.query(on: db).max(\.$position) ?? 0) + 1
            let group = CoalitionGroup(slug: input.slug, kind: kind, name: input.name, nameEs: input.nameEs, purpose: input.purpose,
                                       purposeEs: input.purposeEs, position: position)
            try await group.create(on: db)
            try await Audit.record(.coalitionGroupSave, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "made \(group.slug)", by: actor, on: db)
            return group
        }
    }

    /// Changes the kind, name and purpose. The slug is set once: it is in addresses people keep,
    /// so another one is refused.
    func updateGroup(_ group: CoalitionGroup, _ input: GroupInput) async throws {
        let kind = try check(input)
        guard input.slug == group.slug else { throw ValidationFailure(field: "slug", .coalitionGroupSlugFixed) }
        try await db.transaction { db in
            (group.kind, group.name, group.nameEs) = (kind, input.name, input.nameEs)
            (group.purpose, group.purposeEs) = (input.purpose, input.purposeEs)
            try await group.save(on: db)
            try await Audit.record(.coalitionGroupSave, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "changed \(group.slug)", by: actor, on: db)
        }
    }
}
