// Lists and the people on them: make and change lists, subscribe (double opt-in), confirm,
// approve, unsubscribe, and the per-address preferences. Every change of consent writes a
// consent record in the same transaction as the change.

import Fluent
import Foundation
import PuenteCore
import SQLKit
import Vapor

struct ListService {
    let db: any Database
    let config: AppConfig
    let signing: ListSigning
    let actor: AuditActor

    /// How long an emailed confirmation link works, and how often one address gets one.
    static let confirmationLifetime: TimeInterval = 7 * 24 * 3600
    static let confirmationInterval: TimeInterval = 3600

    enum Failure: Error, Equatable {
        case slugTaken
        case invitationOnly
        case tokenInvalid
    }

    // MARK: - Lists

    /// The lists a reader may see: public ones, and members' lists to anyone signed in with a
    /// verified address.
    static func visibilities(for user: User?) -> [MailingList.Visibility] {
        user?.isEmailVerified == true ? [.public, .members] : [.public]
    }

    /// Whether `user` may read `list`: by its visibility, or for a coalition group's list by
    /// being on it (their verified address subscribed and not gone).
    static func mayRead(_ list: MailingList, user: User?, on db: any Database) async throws -> Bool {
        if visibilities(for: user).contains(list.visibility) { return true }
        guard list.visibility == .group, let user, user.isEmailVerified else { return false }
        return try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$email == user.email.lowercased())
            .filter(\.$status != .unsubscribed).count() > 0
    }

    func visibleLists(to user: User?) async throws -> [MailingList] {
        try await MailingList.query(on: db).filter(\.$visibility ~~ Self.visibilities(for: user)).sort(\.$name).all()
    }

    func create(_ input: ListInput.Checked) async throws -> MailingList {
        let list = MailingList(slug: input.slug, name: input.name, nameEs: input.nameEs, description: input.description,
                               descriptionEs: input.descriptionEs, kind: input.kind, visibility: input.visibility, policy: input.policy)
        list.rewriteFrom = input.rewriteFrom
        list.moderateFirstPosts = input.moderateFirstPosts
        // A deleted list keeps its slug: its archive and consent records still name it.
        guard try await MailingList.query(on: db).withDeleted().filter(\.$slug == input.slug).count() == 0 else { throw Failure.slugTaken }
        try await db.transaction { db in
            try await list.create(on: db)
            try await Audit.record(.listCreate, entityType: .mailingList, entityID: list.id!.uuidString, summary: list.slug, by: actor, on: db)
        }
        return list
    }

    func update(_ list: MailingList, _ input: ListInput.Checked) async throws {
        if input.slug != list.slug {
            guard try await MailingList.query(on: db).withDeleted().filter(\.$slug == input.slug).count() == 0 else { throw Failure.slugTaken }
        }
        list.slug = input.slug
        list.name = input.name
        list.nameEs = input.nameEs
        list.description = input.description
        list.descriptionEs = input.descriptionEs
        list.kind = input.kind
        list.visibility = input.visibility
        list.policy = input.policy
        list.rewriteFrom = input.rewriteFrom
        list.moderateFirstPosts = input.moderateFirstPosts
        try await db.transaction { db in
            try await list.save(on: db)
            try await Audit.record(.listUpdate, entityType: .mailingList, entityID: list.id!.uuidString, summary: list.slug, by: actor, on: db)
        }
    }

    func delete(_ list: MailingList) async throws {
        try await db.transaction { db in
            // Nothing more leaves for a deleted list.
            try await db.sql.raw("""
                UPDATE newsletters SET status = 'cancelled' WHERE list_id = \(bind: list.id!) AND status IN ('draft', 'scheduled')
                """).run()
            try await list.delete(on: db)
            try await Audit.record(.listDelete, entityType: .mailingList, entityID: list.id!.uuidString, summary: list.slug, by: actor, on: db)
        }
    }

    // MARK: - Subscribing

    enum Outcome: Equatable {
        /// A confirmation email is on its way (or one went out within the hour).
        case confirmationSent
        case confirmed
        case awaitingApproval
    }

    struct Request {
        var email: String
        var name: String
        var language: String?
        /// The signed-in person asking for themselves, when there is one.
        var user: User?
        var ip: String?
    }

    /// A visitor or member asks to join. Answers the same for a new address and for one already
    /// on the list, so the form tells nobody who is subscribed.
    func subscribe(_ list: MailingList, _ request: Request) async throws -> Outcome {
        guard list.policy != .invitation else { throw Failure.invitationOnly }
        var errors = FormErrors()
        let address = errors.checkEmail(request.email)
        let name = request.name.trimmingCharacters(in: .whitespaces)
        if !name.isEmpty { errors.checkName(name) }
        let language = Language(rawValue: request.language ?? "en")
        if language == nil { errors.add("language", .eventLanguageInvalid) }
        guard errors.isEmpty, let address, let language else { throw ValidationFailure(errors: errors) }

        // A signed-in person with a verified address who asks for that address needs no email round trip.
        let provenByAccount = request.user.map { $0.isEmailVerified && $0.email == address.value } ?? false
        let now = Date()
        return try await db.transaction { db in
            let existing = try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$email == address.value).first()
            if let existing, existing.status == .confirmed || existing.status == .awaitingApproval {
                return existing.status == .confirmed ? (provenByAccount ? .confirmed : .confirmationSent)
                                                     : (provenByAccount ? .awaitingApproval : .confirmationSent)
            }
            let subscription = existing ?? ListSubscription(listID: list.id!, email: address.value, name: name, language: language,
                                                            userID: request.user?.id, status: .pending, consentBasis: "")
            if !name.isEmpty { subscription.name = name }
            subscription.language = language.rawValue
            if provenByAccount { subscription.$user.id = request.user?.id }
            let preference = try await ensurePreference(for: address.value, on: db)
            try await ConsentRecord(list: list, email: address.value, action: .subscribe,
                                    method: provenByAccount ? "signed in" : "web form", actorID: request.user?.id, ip: request.ip).create(on: db)
            if provenByAccount {
                subscription.status = list.policy == .approval ? .awaitingApproval : .confirmed
                subscription.consentBasis = "subscribed while signed in"
                subscription.confirmTokenHash = nil
                try await subscription.save(on: db)
                try await ConsentRecord(list: list, email: address.value, action: .confirm, method: "signed in", actorID: request.user?.id,
                                        ip: request.ip).create(on: db)
                return subscription.status == .confirmed ? .confirmed : .awaitingApproval
            }
            subscription.status = .pending
            // One confirmation email per address an hour, across every list: the form cannot be
            // used to flood someone's inbox.
            let recent = try await ListSubscription.query(on: db).filter(\.$email == address.value)
                .filter(\.$confirmSentAt > now.addingTimeInterval(-Self.confirmationInterval)).count()
            guard recent == 0 else {
                try await subscription.save(on: db)
                return .confirmationSent
            }
            let token = Secret.make()
            subscription.confirmTokenHash = Secret.hash(token)
            subscription.confirmExpiresAt = now.addingTimeInterval(Self.confirmationLifetime)
            subscription.confirmSentAt = now
            try await subscription.save(on: db)
            try await Outbox.enqueue(ListMail(config: config, signing: signing)
                .confirmation(list, subscription, token: token, preference: preference), on: db)
            return .confirmationSent
        }
    }

    /// Staff put someone on the list directly, with the consent they hold recorded.
    func staffAdd(_ list: MailingList, email: String, name: String, language: String?, consentNote: String, by staff: User) async throws -> ListSubscription {
        var errors = FormErrors()
        let address = errors.checkEmail(email)
        if !name.isEmpty { errors.checkName(name) }
        let note = consentNote.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { errors.add("consentNote", .listConsentNoteRequired) } else if note.count > 300 { errors.add("consentNote", .textTooLong) }
        let language = Language(rawValue: language ?? "en")
        if language == nil { errors.add("language", .eventLanguageInvalid) }
        guard errors.isEmpty, let address, let language else { throw ValidationFailure(errors: errors) }
        return try await db.transaction { db in
            let subscription = try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$email == address.value).first()
                ?? ListSubscription(listID: list.id!, email: address.value, name: name, language: language, userID: nil, status: .confirmed, consentBasis: note)
            if !name.isEmpty { subscription.name = name }
            subscription.language = language.rawValue
            subscription.status = .confirmed
            subscription.consentBasis = note
            subscription.confirmTokenHash = nil
            try await subscription.save(on: db)
            try await ensurePreference(for: address.value, on: db)
            try await ConsentRecord(list: list, email: address.value, action: .staffAdd, method: note, actorID: staff.id, ip: actor.ip).create(on: db)
            try await Audit.record(.listSubscriberAdd, entityType: .mailingList, entityID: list.id!.uuidString,
                                   summary: "\(address.value) added to \(list.slug)", by: actor, on: db)
            return subscription
        }
    }

    /// The subscription an emailed confirmation link names, if it is still good. Reads only.
    func pendingSubscription(token: String) async throws -> (ListSubscription, MailingList)? {
        guard !token.isEmpty, token.count <= 100 else { return nil }
        guard let subscription = try await ListSubscription.query(on: db).filter(\.$confirmTokenHash == Secret.hash(token)).first(),
              subscription.status == .pending, let expires = subscription.confirmExpiresAt, expires > Date(),
              let list = try await MailingList.find(subscription.$list.id, on: db) else { return nil }
        return (subscription, list)
    }

    /// The button on the confirmation page: the link is used up either way.
    func confirm(token: String, ip: String?) async throws -> (ListSubscription, MailingList) {
        guard let (subscription, list) = try await pendingSubscription(token: token) else { throw Failure.tokenInvalid }
        try await db.transaction { db in
            subscription.status = list.policy == .approval ? .awaitingApproval : .confirmed
            subscription.consentBasis = "confirmed by email"
            subscription.confirmTokenHash = nil
            subscription.confirmExpiresAt = nil
            try await subscription.save(on: db)
            try await ConsentRecord(list: list, email: subscription.email, action: .confirm, method: "emailed link", ip: ip).create(on: db)
        }
        return (subscription, list)
    }

    func approve(_ subscription: ListSubscription, of list: MailingList, by staff: User) async throws {
        guard subscription.status == .awaitingApproval else { return }
        try await db.transaction { db in
            subscription.status = .confirmed
            try await subscription.save(on: db)
            try await ConsentRecord(list: list, email: subscription.email, action: .approve, method: "owner approved", actorID: staff.id, ip: actor.ip).create(on: db)
        }
    }

    /// Off the list, at once. Saying it twice is not an error.
    func unsubscribe(_ subscription: ListSubscription, of list: MailingList, method: String, actorID: UUID? = nil, ip: String? = nil) async throws {
        guard subscription.status != .unsubscribed else { return }
        try await db.transaction { db in
            subscription.status = .unsubscribed
            subscription.confirmTokenHash = nil
            try await subscription.save(on: db)
            try await ConsentRecord(list: list, email: subscription.email, action: .unsubscribe, method: method, actorID: actorID, ip: ip).create(on: db)
        }
    }

    /// The subscription a one-click link names, when its MAC matches. A deleted list's link still
    /// unsubscribes: the mail may be old.
    func subscription(unsubscribeToken token: String) async throws -> (ListSubscription, MailingList)? {
        guard let id = ListSigning.rowID(in: token), let subscription = try await ListSubscription.find(id, on: db),
              signing.verify(token, subscription),
              let list = try await MailingList.query(on: db).withDeleted().filter(\.$id == subscription.$list.id).first() else { return nil }
        return (subscription, list)
    }

    // MARK: - Preferences

    @discardableResult
    func ensurePreference(for email: String, on db: (any Database)? = nil) async throws -> MailPreference {
        try await Self.ensurePreference(for: email, on: db ?? self.db)
    }

    /// The address's preferences row, made when it has none.
    @discardableResult
    static func ensurePreference(for email: String, on db: any Database) async throws -> MailPreference {
        if let found = try await MailPreference.query(on: db).filter(\.$email == email).first() { return found }
        try await db.sql.raw("""
            INSERT INTO mail_preferences (id, email, no_bulk, bounce_score) VALUES (\(bind: UUID()), \(bind: email), \(bind: false), \(bind: 0.0))
            ON CONFLICT (email) DO NOTHING
            """).run()
        return try await MailPreference.query(on: db).filter(\.$email == email).first()!
    }

    func preference(token: String) async throws -> MailPreference? {
        guard let id = ListSigning.rowID(in: token), let preference = try await MailPreference.find(id, on: db),
              signing.verify(token, preference) else { return nil }
        return preference
    }

    struct PreferenceLine {
        let list: MailingList
        let subscription: ListSubscription?
    }

    /// Every list this address may see or is on, with where it stands on each.
    func preferenceLines(for email: String, user: User?) async throws -> [PreferenceLine] {
        let subscriptions = try await ListSubscription.query(on: db).filter(\.$email == email).all()
        let byList = Dictionary(subscriptions.map { ($0.$list.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lists = try await MailingList.query(on: db).sort(\.$name).all()
        let visible = Set(Self.visibilities(for: user))
        return lists.filter { visible.contains($0.visibility) || byList[$0.id!] != nil }
            .filter { $0.policy != .invitation || byList[$0.id!] != nil }
            .map { PreferenceLine(list: $0, subscription: byList[$0.id!]) }
    }

    func setNoBulk(_ preference: MailPreference, _ on: Bool, method: String, actorID: UUID?, ip: String?) async throws {
        guard preference.noBulk != on else { return }
        try await db.transaction { db in
            preference.noBulk = on
            try await preference.save(on: db)
            try await ConsentRecord(list: nil, email: preference.email, action: on ? .noBulkOn : .noBulkOff, method: method, actorID: actorID, ip: ip).create(on: db)
        }
    }
}

extension Request {
    var lists: ListService {
        ListService(db: db, config: config, signing: listSigning, actor: auditActor)
    }
}
