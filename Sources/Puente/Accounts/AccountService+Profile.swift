// AccountService: what a person changes about themself, and the roles an admin gives them.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension AccountService {
    /// Saves a new name or language; audited with the fields that changed, and nothing is
    /// written when nothing changed.
    func updateProfile(_ user: User, name: String, language: Language) async throws {
        var changes: [String] = []
        if user.name != name { changes.append("name") }
        if user.preferredLanguage != language.rawValue { changes.append("preferred_language") }
        guard !changes.isEmpty else { return }
        user.name = name
        user.preferredLanguage = language.rawValue
        let summary = "changed " + changes.joined(separator: ", ")
        try await db.transaction { db in
            try await user.save(on: db)
            try await Audit.record(.userUpdate, entityType: .user, entityID: user.id!.uuidString, summary: summary, by: actor, on: db)
        }
    }

    /// Gives `person` exactly the `chosen` roles; audited with before and after. No change, no record.
    func setRoles(of person: User, to chosen: Set<Role>) async throws {
        let id = try person.requireID()
        try await db.transaction { db in
            let current = try await UserRole.query(on: db).filter(\.$user.$id == id).all()
            let before = Set(current.compactMap { Role(rawValue: $0.role) })
            guard before != chosen else { return }
            for row in current where Role(rawValue: row.role).map({ !chosen.contains($0) }) ?? true {
                try await row.delete(on: db)
            }
            for role in chosen.subtracting(before) {
                try await UserRole(userID: id, role: role).create(on: db)
            }
            let describe = { (roles: Set<Role>) in roles.map(\.rawValue).sorted().joined(separator: ",") }
            try await Audit.record(.userRolesUpdate, entityType: .user, entityID: id.uuidString,
                                   summary: "roles [\(describe(before))] → [\(describe(chosen))] for \(person.email)", by: actor, on: db)
        }
    }
}
