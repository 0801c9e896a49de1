// Staff's writes to the coalition's groups: seats with a role and a term, and the public page's
// prose. A new seat puts the person (or the organization's representatives) on the group's own
// list once, and never back on it after they left.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct GroupService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor

    struct SeatInput {
        var email = ""
        var organization = ""
        var role = GroupSeat.Role.member.rawValue
        var startsOn = ""
        var endsOn = ""

        init() {}

        init(form req: Request) {
            email = String(req.formValue("email").prefix(320)).trimmingCharacters(in: .whitespaces)
            organization = req.formValue("organization")
            role = req.formValue("role")
            startsOn = req.formValue("startsOn").trimmingCharacters(in: .whitespaces)
            endsOn = req.formValue("endsOn").trimmingCharacters(in: .whitespaces)
        }
    }

    @discardableResult
    func addSeat(_ group: CoalitionGroup, _ input: SeatInput) async throws -> GroupSeat {
        var errors = FormErrors()
        let role = GroupSeat.Role(rawValue: input.role)
        if role == nil { errors.add("role", .coalitionSeatRoleInvalid) }
        let starts = Day(input.startsOn)
        if starts == nil { errors.add("startsOn", .coalitionDateInvalid) }
        let ends = input.endsOn.isEmpty ? nil : Day(input.endsOn)
        if !input.endsOn.isEmpty, ends == nil { errors.add("endsOn", .coalitionDateInvalid) }
        if let starts, let ends, ends < starts { errors.add("endsOn", .coalitionTermBackwards) }
        let organizationID = UUID(uuidString: input.organization)
        if input.email.isEmpty == (organizationID == nil) { errors.add("email", .coalitionSeatHolderOne) }
        var user: User?
        var organization: Organization?
        if !input.email.isEmpty {
            user = try await User.query(on: db).filter(\.$email == input.email.lowercased()).first()
            if user == nil { errors.add("email", .coalitionPersonUnknown) }
        }
        if let organizationID {
            organization = try await Organization.find(organizationID, on: db)
            if organization == nil { errors.add("organization", .coalitionOrganizationUnknown) }
        }
        guard errors.isEmpty, let role, let starts else { throw ValidationFailure(errors: errors) }
        let seat = GroupSeat()
        seat.$group.id = group.id!
        seat.$user.id = user?.id
        seat.$organization.id = organization?.id
        seat.role = role
        seat.startsOn = starts.description
        seat.endsOn = ends?.description
        let holder = user?.email ?? organization?.name ?? ""
        let (person, body) = (user, organization)
        try await db.transaction { db in
            try await seat.create(on: db)
            if let listID = group.listID, let list = try await MailingList.find(listID, on: db) {
                var people: [User] = person.map { [$0] } ?? []
                if let organization = body {
                    let links = try await OrganizationRepresentative.query(on: db).filter(\.$organization.$id == organization.id!).with(\.$user).all()
                    people += links.map(\.user)
                }
                for person in people {
                    try await ListEnrollment.enroll(list, email: person.email, name: person.name, language: person.language, userID: person.id,
                                                    basis: "seat in \(group.name)", actorID: actor.id, on: db)
                }
            }
            try await Audit.record(.coalitionSeatAdd, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "\(holder) as \(role.rawValue) of \(group.slug) from \(seat.startsOn)", by: actor, on: db)
        }
        return seat
    }

    /// Ends a seat's term yesterday: the history stays, the access goes.
    func endSeat(_ group: CoalitionGroup, seatID: UUID) async throws {
        guard let seat = try await GroupSeat.query(on: db).filter(\.$id == seatID).filter(\.$group.$id == group.id!).first() else {
            throw Abort(.notFound)
        }
        let yesterday = Day(Date(), in: config.timeZone).adding(days: -1).description
        if seat.startsOn > yesterday {
            // Never started: nothing to keep.
            try await db.transaction { db in
                try await seat.delete(on: db)
                try await Audit.record(.coalitionSeatRemove, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                       summary: "seat \(seatID) removed before it began", by: actor, on: db)
            }
            return
        }
        seat.endsOn = min(seat.endsOn ?? yesterday, yesterday)
        try await db.transaction { db in
            try await seat.save(on: db)
            try await Audit.record(.coalitionSeatRemove, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "seat \(seatID) ended \(yesterday)", by: actor, on: db)
        }
    }

    /// Staff change the public page's prose. Empty Spanish is allowed: the page says so.
    func saveTexts(_ texts: [CoalitionText.Key: (String, String)]) async throws {
        var errors = FormErrors()
        for (key, (english, spanish)) in texts {
            if english.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { errors.add(key.rawValue, .fieldRequired) }
            if english.count > 8000 || spanish.count > 8000 { errors.add(key.rawValue, .textTooLong) }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        try await db.transaction { db in
            var changed: [String] = []
            for (key, (english, spanish)) in texts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let text = try await CoalitionText.query(on: db).filter(\.$key == key).first() ?? {
                    let made = CoalitionText()
                    made.key = key
                    return made
                }()
                let english = english.trimmingCharacters(in: .whitespacesAndNewlines)
                let spanish = spanish.trimmingCharacters(in: .whitespacesAndNewlines)
                guard text.id == nil || text.body != english || text.bodyEs != spanish else { continue }
                text.body = english
                text.bodyEs = spanish
                try await text.save(on: db)
                changed.append(key.rawValue)
            }
            if !changed.isEmpty {
                try await Audit.record(.coalitionTextUpdate, entityType: .coalitionGroup, entityID: nil,
                                       summary: "changed: \(changed.joined(separator: ", "))", by: actor, on: db)
            }
        }
    }
}

extension GroupService {
    struct NamedInput {
        var title = ""
        var titleEs = ""
        var lines = ""
        var linesEs = ""
        var organizations: [String] = []

        init() {}

        init(form req: Request) {
            title = String(req.formValue("title").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            titleEs = String(req.formValue("titleEs").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            lines = String(req.formValue("activities").prefix(10_000)).trimmingCharacters(in: .whitespacesAndNewlines)
            linesEs = String(req.formValue("activitiesEs").prefix(10_000)).trimmingCharacters(in: .whitespacesAndNewlines)
            organizations = Array(req.formValues("organizations[]").prefix(50))
        }
    }

    /// The organizations named, checked to exist, in the order given.
    private func holders(_ input: NamedInput, _ errors: inout FormErrors) async throws -> [UUID] {
        let ids = input.organizations.compactMap(UUID.init(uuidString:))
        if ids.count != input.organizations.count { errors.add("organizations", .coalitionOrganizationUnknown); return [] }
        let found = Set(try await Organization.query(on: db).filter(\.$id ~~ ids).all().compactMap(\.id))
        if found.count != Set(ids).count { errors.add("organizations", .coalitionOrganizationUnknown) }
        return ids
    }

    private func checkTitle(_ input: NamedInput, _ errors: inout FormErrors) {
        if input.title.isEmpty { errors.add("title", .fieldRequired) } else if input.title.count > 200 { errors.add("title", .textTooLong) }
        if input.titleEs.count > 200 { errors.add("titleEs", .textTooLong) }
        if input.lines.count > 4000 || input.linesEs.count > 4000 { errors.add("activities", .textTooLong) }
    }

    /// A named role with its activities (one per line) and the organizations holding it.
    @discardableResult
    func addRole(_ group: CoalitionGroup, _ input: NamedInput) async throws -> GroupRole {
        var errors = FormErrors()
        checkTitle(input, &errors)
        let ids = try await holders(input, &errors)
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        let role = GroupRole()
        role.$group.id = group.id!
        role.title = input.title
        role.titleEs = input.titleEs
        role.activities = input.lines
        role.activitiesEs = input.linesEs
        role.holderIDs = ids
        role.position = (try await GroupRole.query(on: db).filter(\.$group.$id == group.id!).max(\.$position) ?? 0) + 1
        try await db.transaction { db in
            try await role.create(on: db)
            try await Audit.record(.coalitionSeatAdd, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "role \(role.title) added", by: actor, on: db)
        }
        return role
    }

    @discardableResult
    func addFocusArea(_ group: CoalitionGroup, _ input: NamedInput) async throws -> FocusArea {
        var errors = FormErrors()
        checkTitle(input, &errors)
        let ids = try await holders(input, &errors)
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        let area = FocusArea()
        area.$group.id = group.id!
        area.name = input.title
        area.nameEs = input.titleEs
        area.leadIDs = ids
        area.position = (try await FocusArea.query(on: db).filter(\.$group.$id == group.id!).max(\.$position) ?? 0) + 1
        try await db.transaction { db in
            try await area.create(on: db)
            try await Audit.record(.coalitionSeatAdd, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "focus area \(area.name) added", by: actor, on: db)
        }
        return area
    }

    func removeRole(_ group: CoalitionGroup, id: UUID) async throws {
        guard let role = try await GroupRole.query(on: db).filter(\.$id == id).filter(\.$group.$id == group.id!).first() else { throw Abort(.notFound) }
        try await db.transaction { db in
            try await role.delete(on: db)
            try await Audit.record(.coalitionSeatRemove, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "role \(role.title) removed", by: actor, on: db)
        }
    }

    func removeFocusArea(_ group: CoalitionGroup, id: UUID) async throws {
        guard let area = try await FocusArea.query(on: db).filter(\.$id == id).filter(\.$group.$id == group.id!).first() else { throw Abort(.notFound) }
        try await db.transaction { db in
            try await area.delete(on: db)
            try await Audit.record(.coalitionSeatRemove, entityType: .coalitionGroup, entityID: group.id!.uuidString,
                                   summary: "focus area \(area.name) removed", by: actor, on: db)
        }
    }
}
