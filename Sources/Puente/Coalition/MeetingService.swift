// A group meeting's record: the agenda before, the minutes and action items after, and guests
// invited to one meeting. Only the group's chair, co-chair, lead organization's representatives
// and coalition staff write; minutes go draft → approved (which publishes them to the meeting's
// own audience), once.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

struct MeetingService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor

    enum Failure: Error, Equatable {
        case minutesApproved
        case noMinutes
        case alreadyInvited
        case notAGroupMeeting
    }

    // MARK: Agenda

    struct AgendaInput {
        var title = ""
        var titleEs = ""
        var presenter = ""
        var minutes = ""
        var attachment = ""

        init() {}

        init(form req: Request) {
            title = String(req.formValue("title").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            titleEs = String(req.formValue("titleEs").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            presenter = String(req.formValue("presenter").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            minutes = String(req.formValue("minutes").prefix(10)).trimmingCharacters(in: .whitespaces)
            attachment = String(req.formValue("attachment").prefix(3000)).trimmingCharacters(in: .whitespaces)
        }
    }

    /// Adds an item at the end. The items' minutes together must fit in the meeting.
    @discardableResult
    func addAgendaItem(_ event: Event, _ input: AgendaInput) async throws -> AgendaItem {
        var errors = FormErrors()
        if input.title.isEmpty { errors.add("title", .fieldRequired) } else if input.title.count > 200 { errors.add("title", .textTooLong) }
        if input.titleEs.count > 200 { errors.add("titleEs", .textTooLong) }
        if input.presenter.count > 200 { errors.add("presenter", .textTooLong) }
        for (field, value) in [("title", input.title), ("titleEs", input.titleEs), ("presenter", input.presenter)] {
            if let found = PrivacyGuard.scan(value) { errors.add(field, found.message) }
        }
        let minutes = Int(input.minutes)
        if minutes == nil || !(1...600).contains(minutes!) { errors.add("minutes", .meetingMinutesAllottedInvalid) }
        if !input.attachment.isEmpty, !(input.attachment.hasPrefix("https://") && URL(string: input.attachment)?.host != nil) {
            errors.add("attachment", .trainingLinkInvalid)
        }
        guard errors.isEmpty, let minutes else { throw ValidationFailure(errors: errors) }
        let length = Int(event.endsAt.timeIntervalSince(event.startsAt) / 60)
        return try await db.transaction { db in
            try await lockDraft(event, on: db)
            let items = try await AgendaItem.query(on: db).filter(\.$event.$id == event.id!).all()
            let used = items.reduce(0) { $0 + $1.minutesAllotted }
            guard used + minutes <= length else {
                throw ValidationFailure(field: "minutes", .meetingAgendaTooLong)
            }
            let item = AgendaItem()
            item.$event.id = event.id!
            item.position = (items.map(\.position).max() ?? 0) + 1
            item.title = input.title
            item.titleEs = input.titleEs.isEmpty ? nil : input.titleEs
            item.presenter = input.presenter
            item.minutesAllotted = minutes
            item.attachmentURL = input.attachment.isEmpty ? nil : input.attachment
            item.discussion = ""
            item.decisions = ""
            item.discussionTranslated = ""
            item.decisionsTranslated = ""
            try await item.create(on: db)
            try await Audit.record(.meetingAgenda, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "added \"\(item.title)\" (\(minutes) min)", by: actor, on: db)
            return item
        }
    }

    func removeAgendaItem(_ event: Event, itemID: UUID) async throws {
        try await db.transaction { db in
            try await lockDraft(event, on: db)
            guard let item = try await AgendaItem.query(on: db).filter(\.$id == itemID).filter(\.$event.$id == event.id!).first() else {
                throw Abort(.notFound)
            }
            try await item.delete(on: db)
            try await Audit.record(.meetingAgenda, entityType: .event, entityID: event.id!.uuidString, summary: "removed \"\(item.title)\"",
                                   by: actor, on: db)
        }
    }

    /// Moves an item one place up (or down), swapping with its neighbour.
    func moveAgendaItem(_ event: Event, itemID: UUID, up: Bool) async throws {
        try await db.transaction { db in
            try await lockDraft(event, on: db)
            let items = try await AgendaItem.query(on: db).filter(\.$event.$id == event.id!).sort(\.$position).all()
            guard let index = items.firstIndex(where: { $0.id == itemID }) else { throw Abort(.notFound) }
            let other = up ? index - 1 : index + 1
            guard items.indices.contains(other) else { return }
            let (a, b) = (items[index].position, items[other].position)
            items[index].position = b
            items[other].position = a
            try await items[index].save(on: db)
            try await items[other].save(on: db)
        }
    }

    /// Emails the agenda to the meeting's audience, once per address.
    func sendAgenda(_ event: Event, group: CoalitionGroup) async throws -> Int {
        let items = try await AgendaItem.query(on: db).filter(\.$event.$id == event.id!).sort(\.$position).all()
        guard !items.isEmpty else { throw ValidationFailure(field: "title", .meetingAgendaEmpty) }
        let recipients = try await MeetingAudience.recipients(of: event, on: db, today: CoalitionStanding.today(config))
        let mail = MeetingMail(config: config)
        return try await db.transaction { db in
            let minutes = try await lockMinutes(event, on: db)
            minutes.agendaSentAt = Date()
            try await minutes.save(on: db)
            for recipient in recipients {
                if let message = mail.agenda(event, group: group, items: items, to: recipient) { try await Outbox.enqueue(message, on: db) }
            }
            try await Audit.record(.meetingAgenda, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "agenda sent to \(recipients.count)", by: actor, on: db)
            return recipients.count
        }
    }

    // MARK: Minutes

    struct MinutesInput {
        var language = "en"
        /// Per agenda item: discussion, decisions, and their translations.
        var items: [UUID: (String, String, String, String)] = [:]

        init() {}

        /// Reads the items the form says it carries (`item` fields), so a post that only
        /// approves leaves the written minutes as they are.
        init(form req: Request, items agenda: [AgendaItem]) {
            language = req.formValue("language")
            let carried = Set(req.formValues("item"))
            for item in agenda where carried.contains(item.id!.uuidString) {
                let id = item.id!.uuidString
                func value(_ name: String) -> String {
                    String(req.formValue("\(name)-\(id)").prefix(20_000)).trimmingCharacters(in: .whitespacesAndNewlines)
                }
                items[item.id!] = (value("discussion"), value("decisions"), value("discussionTranslated"), value("decisionsTranslated"))
            }
        }
    }

    /// Saves the draft minutes. Approved minutes are final.
    func saveMinutes(_ event: Event, _ input: MinutesInput) async throws {
        var errors = FormErrors()
        if Language(rawValue: input.language) == nil { errors.add("language", .eventLanguageInvalid) }
        for (id, texts) in input.items {
            for text in [texts.0, texts.1, texts.2, texts.3] {
                if text.count > 10_000 { errors.add("discussion-\(id.uuidString)", .textTooLong) }
                if let found = PrivacyGuard.scan(text) { errors.add("discussion-\(id.uuidString)", found.message) }
            }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
        try await db.transaction { db in
            let minutes = try await lockMinutes(event, on: db)
            guard minutes.status == .draft else { throw Failure.minutesApproved }
            minutes.language = input.language
            try await minutes.save(on: db)
            for item in try await AgendaItem.query(on: db).filter(\.$event.$id == event.id!).all() {
                guard let texts = input.items[item.id!] else { continue }
                (item.discussion, item.decisions, item.discussionTranslated, item.decisionsTranslated) = texts
                try await item.save(on: db)
            }
            try await Audit.record(.meetingMinutes, entityType: .event, entityID: event.id!.uuidString, summary: "draft saved", by: actor, on: db)
        }
    }

    /// Approves the minutes and emails the meeting's audience that they are published. A second
    /// approval changes nothing and says so.
    func approve(_ event: Event, group: CoalitionGroup, by user: User) async throws {
        let recipients = try await MeetingAudience.recipients(of: event, on: db, today: CoalitionStanding.today(config))
        let mail = MeetingMail(config: config)
        try await db.transaction { db in
            guard let minutes = try await MeetingMinutes.query(on: db).filter(\.$event.$id == event.id!).first() else { throw Failure.noMinutes }
            let now = Date()
            // Claimed by the UPDATE: of two approvals at once, one changes a row.
            let claimed = try await db.sql.raw("""
                UPDATE meeting_minutes SET status = 'approved', approved_by = \(bind: user.id!), approved_at = \(bind: now)
                WHERE id = \(bind: minutes.id!) AND status = 'draft' RETURNING id
                """).all()
            guard !claimed.isEmpty else { throw Failure.minutesApproved }
            for recipient in recipients {
                if let message = mail.minutesPublished(event, group: group, to: recipient) { try await Outbox.enqueue(message, on: db) }
            }
            try await Audit.record(.meetingMinutesApprove, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "approved by \(user.email), sent to \(recipients.count)", by: actor, on: db)
        }
    }

    /// The minutes row, locked, when they are still a draft: approved minutes fix the agenda too.
    private func lockDraft(_ event: Event, on db: any Database) async throws {
        guard try await lockMinutes(event, on: db).status == .draft else { throw Failure.minutesApproved }
    }

    /// The meeting's minutes row, made as a draft when new, locked for this transaction.
    @discardableResult
    private func lockMinutes(_ event: Event, on db: any Database) async throws -> MeetingMinutes {
        if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT id FROM events WHERE id = \(bind: event.id!) FOR UPDATE").run()
        }
        if let found = try await MeetingMinutes.query(on: db).filter(\.$event.$id == event.id!).first() { return found }
        let minutes = MeetingMinutes()
        minutes.$event.id = event.id!
        minutes.status = .draft
        minutes.language = config.defaultLanguage.rawValue
        try await minutes.create(on: db)
        return minutes
    }

    // MARK: Action items

    struct ActionInput {
        var title = ""
        var titleEs = ""
        var ownerEmail = ""
        var ownerOrganization = ""
        var due = ""

        init() {}

        init(form req: Request) {
            title = String(req.formValue("actionTitle").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            titleEs = String(req.formValue("actionTitleEs").prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
            ownerEmail = String(req.formValue("ownerEmail").prefix(320)).trimmingCharacters(in: .whitespaces)
            ownerOrganization = req.formValue("ownerOrganization")
            due = req.formValue("due").trimmingCharacters(in: .whitespaces)
        }
    }

    @discardableResult
    func addActionItem(_ event: Event, _ input: ActionInput) async throws -> ActionItem {
        var errors = FormErrors()
        if input.title.isEmpty { errors.add("actionTitle", .fieldRequired) } else if input.title.count > 300 { errors.add("actionTitle", .textTooLong) }
        if input.titleEs.count > 300 { errors.add("actionTitleEs", .textTooLong) }
        for (field, value) in [("actionTitle", input.title), ("actionTitleEs", input.titleEs)] {
            if let found = PrivacyGuard.scan(value) { errors.add(field, found.message) }
        }
        let due = Day(input.due)
        if due == nil { errors.add("due", .coalitionDateInvalid) }
        let organizationID = input.ownerOrganization.isEmpty ? nil : UUID(uuidString: input.ownerOrganization)
        if input.ownerEmail.isEmpty == input.ownerOrganization.isEmpty { errors.add("ownerEmail", .meetingActionOwnerOne) }
        var user: User?
        if !input.ownerEmail.isEmpty {
            user = try await User.query(on: db).filter(\.$email == input.ownerEmail.lowercased()).first()
            if user == nil { errors.add("ownerEmail", .coalitionPersonUnknown) }
        }
        if !input.ownerOrganization.isEmpty {
            var found: Organization?
            if let organizationID { found = try await Organization.find(organizationID, on: db) }
            if found == nil { errors.add("ownerOrganization", .coalitionOrganizationUnknown) }
        }
        guard errors.isEmpty, let due else { throw ValidationFailure(errors: errors) }
        let item = ActionItem()
        item.$event.id = event.id!
        item.title = input.title
        item.titleEs = input.titleEs.isEmpty ? nil : input.titleEs
        item.$ownerUser.id = user?.id
        item.$ownerOrganization.id = organizationID
        item.dueOn = due.description
        item.status = .open
        try await db.transaction { db in
            try await item.create(on: db)
            try await Audit.record(.meetingActionItem, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "added \"\(item.title)\" due \(item.dueOn)", by: actor, on: db)
        }
        return item
    }

    /// Marks an item done (or open again).
    func setStatus(_ item: ActionItem, _ status: ActionItem.Status) async throws {
        guard item.status != status else { return }
        try await db.transaction { db in
            item.status = status
            try await item.save(on: db)
            try await Audit.record(.meetingActionItem, entityType: .event, entityID: item.$event.id.uuidString,
                                   summary: "\"\(item.title)\" \(status.rawValue)", by: actor, on: db)
        }
    }

    /// Whether `user` owns the item: its person, or a representative of its organization.
    static func owns(_ item: ActionItem, user: User?, standing: CoalitionStanding) -> Bool {
        guard let user else { return false }
        if item.$ownerUser.id == user.id { return true }
        return item.$ownerOrganization.id.map(standing.organizations.contains) ?? false
    }

    // MARK: Guests

    /// Invites someone to one meeting by email; the link alone lets them see and register.
    func invite(_ event: Event, group: CoalitionGroup, name rawName: String, email rawEmail: String) async throws {
        var errors = FormErrors()
        let name = String(rawName.prefix(300)).trimmingCharacters(in: .whitespacesAndNewlines)
        errors.checkName(name)
        let address = errors.checkEmail(String(rawEmail.prefix(320)))
        if let found = PrivacyGuard.scan(name) { errors.add("name", found.message) }
        guard event.groupID != nil, event.audience != .representatives else { throw Failure.notAGroupMeeting }
        guard errors.isEmpty, let address else { throw ValidationFailure(errors: errors) }
        let email = address.value.lowercased()
        let token = Secret.make()
        let guest = MeetingGuest()
        guest.$event.id = event.id!
        guest.email = email
        guest.name = name
        guest.tokenHash = Secret.hash(token)
        try await db.transaction { db in
            guard try await MeetingGuest.query(on: db).filter(\.$event.$id == event.id!).filter(\.$email == email).count() == 0 else {
                throw Failure.alreadyInvited
            }
            try await guest.create(on: db)
            if let message = MeetingMail(config: config).invitation(event, group: group, to: MeetingRecipient(email: email, name: name, language: .en),
                                                                     token: token) {
                try await Outbox.enqueue(message, on: db)
            }
            try await Audit.record(.meetingGuestInvite, entityType: .event, entityID: event.id!.uuidString, summary: "\(email) invited",
                                   by: actor, on: db)
        }
    }
}
