// `/api/v1/lists` and `/api/v1/newsletters`: stable contracts (DESIGN.md). Lists the caller may
// not see are not found; staff (or a list's owners) manage them.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct ListDTO: Content {
    let slug: String
    let name: String
    let nameEs: String?
    let description: String
    let descriptionEs: String?
    let kind: String
    let visibility: String
    let policy: String
    let address: String
    let rewriteFrom: Bool
    let moderateFirstPosts: Bool

    init(_ list: MailingList, config: AppConfig) {
        slug = list.slug
        name = list.name
        nameEs = list.nameEs
        description = list.description
        descriptionEs = list.descriptionEs
        kind = list.kind.rawValue
        visibility = list.visibility.rawValue
        policy = list.policy.rawValue
        address = "\(list.slug)@\(config.listDomain)"
        rewriteFrom = list.rewriteFrom
        moderateFirstPosts = list.moderateFirstPosts
    }

    /// Absent values are written as null: the contract lists every key.
    func encode(to encoder: any Encoder) throws {
        var out = encoder.container(keyedBy: CodingKeys.self)
        try out.encode(slug, forKey: .slug)
        try out.encode(name, forKey: .name)
        try out.encode(nameEs, forKey: .nameEs)
        try out.encode(description, forKey: .description)
        try out.encode(descriptionEs, forKey: .descriptionEs)
        try out.encode(kind, forKey: .kind)
        try out.encode(visibility, forKey: .visibility)
        try out.encode(policy, forKey: .policy)
        try out.encode(address, forKey: .address)
        try out.encode(rewriteFrom, forKey: .rewriteFrom)
        try out.encode(moderateFirstPosts, forKey: .moderateFirstPosts)
    }
}

struct NewsletterDTO: Content {
    let id: UUID
    let list: String
    let status: String
    let subject: String
    let subjectEs: String?
    let scheduledFor: Date?
    let recipients: Int
    let queued: Int
    let sent: Int
    let bounced: Int
    let failed: Int

    func encode(to encoder: any Encoder) throws {
        var out = encoder.container(keyedBy: CodingKeys.self)
        try out.encode(id, forKey: .id)
        try out.encode(list, forKey: .list)
        try out.encode(status, forKey: .status)
        try out.encode(subject, forKey: .subject)
        try out.encode(subjectEs, forKey: .subjectEs)
        try out.encode(scheduledFor, forKey: .scheduledFor)
        try out.encode(recipients, forKey: .recipients)
        try out.encode(queued, forKey: .queued)
        try out.encode(sent, forKey: .sent)
        try out.encode(bounced, forKey: .bounced)
        try out.encode(failed, forKey: .failed)
    }
}

struct ListsAPIController: RouteCollection {
    struct SubscriptionRequest: Content {
        let email: String?
        let name: String?
        let language: String?
        /// Staff only: on the list at once, with the consent they hold in `consentNote`.
        let confirmed: Bool?
        let consentNote: String?
    }

    struct SendRequest: Content {
        /// When given, the newsletter waits until then instead of leaving now.
        let scheduledFor: Date?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.lists.pathComponents, use: index)
        routes.get(APIURL.list(.key).pathComponents, use: read)
        routes.post(APIURL.listSubscriptions(.key).pathComponents, use: subscribe)
        let staff = routes.grouped(Access.permission(.manageLists))
        staff.post(APIURL.lists.pathComponents, use: create)
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.put(APIURL.list(.key).pathComponents, use: update)
        signedIn.delete(APIURL.list(.key).pathComponents, use: delete)
        signedIn.post(APIURL.listNewsletters(.key).pathComponents, use: createNewsletter)
        signedIn.get(APIURL.newsletter(.key).pathComponents, use: readNewsletter)
        signedIn.post(APIURL.newsletterSend(.key).pathComponents, use: send)
        signedIn.post(APIURL.newsletterCancel(.key).pathComponents, use: cancel)
    }

    func index(req: Request) async throws -> Response {
        let lists = PermissionGate.allows(try await req.roles(), .manageLists)
            ? try await MailingList.query(on: req.db).sort(\.$slug).all()
            : try await req.lists.visibleLists(to: req.currentUser)
        return try Response.json(lists.map { ListDTO($0, config: req.config) })
    }

    /// The list named in the path when the caller may see it (staff see every list).
    private func list(_ req: Request) async throws -> MailingList {
        guard let slug = req.parameters.get("slug"), slug.count <= 64,
              let list = try await MailingList.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        if try await ListService.mayRead(list, user: req.currentUser, on: req.db) { return list }
        if PermissionGate.allows(try await req.roles(), .manageLists) { return list }
        throw Abort(.notFound)
    }

    /// A list the caller manages; others they may see answer 403, the rest 404.
    private func managedList(_ req: Request) async throws -> MailingList {
        let list = try await list(req)
        try await req.requireListManager(list)
        return list
    }

    func read(req: Request) async throws -> Response {
        try Response.json(ListDTO(try await list(req), config: req.config))
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(ListInput.self).checked()
        do {
            let list = try await req.lists.create(input)
            return try Response.json(ListDTO(list, config: req.config), status: .created)
        } catch ListService.Failure.slugTaken {
            throw Abort(.conflict, reason: L10n.listSlugTaken.text(.en))
        }
    }

    func update(req: Request) async throws -> Response {
        let list = try await managedList(req)
        let input = try req.content.decode(ListInput.self).checked()
        do {
            try await req.lists.update(list, input)
        } catch ListService.Failure.slugTaken {
            throw Abort(.conflict, reason: L10n.listSlugTaken.text(.en))
        }
        return try Response.json(ListDTO(list, config: req.config))
    }

    func delete(req: Request) async throws -> Response {
        let list = try await managedList(req)
        try await req.lists.delete(list)
        return Response(status: .noContent)
    }

    struct SubscriptionResponse: Content { let status: String }

    func subscribe(req: Request) async throws -> Response {
        let list = try await list(req)
        let body = try req.content.decode(SubscriptionRequest.self)
        if let note = body.consentNote, note.count > 300 {
            var errors = FormErrors()
            errors.add("consentNote", .textTooLong)
            throw ValidationFailure(errors: errors)
        }
        if body.confirmed == true {
            try await req.requireListManager(list)
            let subscription = try await req.lists.staffAdd(list, email: body.email ?? "", name: body.name ?? "", language: body.language,
                                                            consentNote: body.consentNote ?? "", by: try req.requireUser())
            return try Response.json(SubscriptionResponse(status: subscription.status.rawValue), status: .accepted)
        }
        try await req.rateLimiter.check("list-subscribe-ip:\(req.clientIP)", RateLimit(limit: 30, window: 3600))
        do {
            let outcome = try await req.lists.subscribe(list, .init(email: body.email ?? req.currentUser?.email ?? "",
                                                                    name: body.name ?? req.currentUser?.name ?? "", language: body.language,
                                                                    user: req.currentUser, ip: req.clientIP))
            let status = switch outcome {
            case .confirmationSent: "pending"
            case .confirmed: "confirmed"
            case .awaitingApproval: "awaiting_approval"
            }
            return try Response.json(SubscriptionResponse(status: status), status: .accepted)
        } catch ListService.Failure.invitationOnly {
            throw Abort(.forbidden, reason: L10n.listInvitationOnly.text(.en))
        }
    }

    // MARK: - Newsletters

    struct CreatedResponse: Content { let id: UUID }

    func createNewsletter(req: Request) async throws -> Response {
        let list = try await managedList(req)
        let input = try req.content.decode(NewsletterInput.self)
        let newsletter = try await req.newsletters.create(input, for: list, by: try req.requireUser())
        return try Response.json(CreatedResponse(id: newsletter.id!), status: .created)
    }

    /// The newsletter when the caller manages its list; 404 otherwise, so ids reveal nothing.
    private func managedNewsletter(_ req: Request) async throws -> (Newsletter, MailingList) {
        guard let id = req.parameters.get("newsletterID", as: UUID.self), let newsletter = try await Newsletter.find(id, on: req.db),
              let list = try await MailingList.query(on: req.db).withDeleted().filter(\.$id == newsletter.$list.id).first() else { throw Abort(.notFound) }
        do { try await req.requireListManager(list) } catch { throw Abort(.notFound) }
        return (newsletter, list)
    }

    static func dto(_ newsletter: Newsletter, list: MailingList, counts: DeliveryCounts) -> NewsletterDTO {
        NewsletterDTO(id: newsletter.id!, list: list.slug, status: newsletter.status.rawValue, subject: newsletter.subject,
                      subjectEs: newsletter.subjectEs, scheduledFor: newsletter.scheduledFor, recipients: newsletter.recipients,
                      queued: counts.queued, sent: counts.sent, bounced: counts.bounced, failed: counts.failed + counts.skipped)
    }

    func readNewsletter(req: Request) async throws -> Response {
        let (newsletter, list) = try await managedNewsletter(req)
        return try Response.json(Self.dto(newsletter, list: list, counts: try await req.newsletters.counts(newsletter.id!)))
    }

    struct SendResponse: Content { let recipients: Int; let scheduledFor: Date? }

    func send(req: Request) async throws -> Response {
        let (newsletter, _) = try await managedNewsletter(req)
        let body = req.body.data == nil ? SendRequest(scheduledFor: nil) : try req.content.decode(SendRequest.self)
        do {
            if let at = body.scheduledFor {
                try await req.newsletters.schedule(newsletter, at: at)
                let count = try await ListSubscription.query(on: req.db).filter(\.$list.$id == newsletter.$list.id).filter(\.$status == .confirmed).count()
                return try Response.json(SendResponse(recipients: count, scheduledFor: at), status: .accepted)
            }
            let recipients = try await req.newsletters.send(newsletter)
            return try Response.json(SendResponse(recipients: recipients, scheduledFor: nil), status: .accepted)
        } catch NewsletterService.Failure.notEditable(let status) {
            throw Abort(.conflict, reason: "This newsletter is \(status.rawValue); it can be sent only once.")
        }
    }

    func cancel(req: Request) async throws -> Response {
        let (newsletter, list) = try await managedNewsletter(req)
        do {
            try await req.newsletters.cancel(newsletter)
        } catch NewsletterService.Failure.notEditable(let status) {
            throw Abort(.conflict, reason: "This newsletter is \(status.rawValue); only a draft or a scheduled one can be cancelled.")
        }
        newsletter.status = .cancelled
        return try Response.json(Self.dto(newsletter, list: list, counts: try await req.newsletters.counts(newsletter.id!)))
    }
}
