// The public side of lists: what there is, joining, confirming, leaving, the preferences page,
// and the archives. Confirming is a button on a page: a link scanner that follows the emailed
// link confirms nothing.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct ListsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.lists.pathComponents, use: index)
        routes.get(SiteURL.list(.key).pathComponents, use: show)
        routes.post(SiteURL.listSubscribe(.key).pathComponents, use: subscribe)
        routes.get(SiteURL.listConfirm(.key).pathComponents, use: confirmPage)
        routes.post(SiteURL.listConfirm(.key).pathComponents, use: confirm)
        routes.get(SiteURL.listArchive(.key).pathComponents, use: archive)
        routes.get(SiteURL.listArchiveFeed(.key).pathComponents, use: feed)
        routes.get(SiteURL.newsletter(.key).pathComponents, use: issue)
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.get(SiteURL.listPreferences.pathComponents, use: myPreferences)
        signedIn.post(SiteURL.listPreferences.pathComponents, use: updateMyPreferences)
        routes.get(SiteURL.listPreferencesToken(.key).pathComponents, use: tokenPreferences)
        routes.post(SiteURL.listPreferencesToken(.key).pathComponents, use: updateTokenPreferences)
    }

    func index(req: Request) async throws -> Response {
        let lists = try await req.lists.visibleLists(to: req.currentUser)
        return try await req.render { ListPages.index($0, lists) }
    }

    /// A list the reader may see, by slug; any other is not found.
    static func visibleList(_ req: Request) async throws -> MailingList {
        guard let slug = req.parameters.get("slug"), ListInput.isValidSlug(slug),
              let list = try await MailingList.query(on: req.db).filter(\.$slug == slug).first(),
              try await ListService.mayRead(list, user: req.currentUser, on: req.db) else { throw Abort(.notFound) }
        return list
    }

    private func mySubscription(_ req: Request, _ list: MailingList) async throws -> ListSubscription? {
        guard let user = req.currentUser else { return nil }
        return try await ListSubscription.query(on: req.db).filter(\.$list.$id == list.id!).filter(\.$email == user.email).first()
    }

    func show(req: Request) async throws -> Response {
        let list = try await Self.visibleList(req)
        let mine = try await mySubscription(req, list)
        let issues = try await Newsletter.query(on: req.db).filter(\.$list.$id == list.id!).filter(\.$status ~~ [.sent, .sending])
            .sort(\.$startedAt, .descending).limit(3).all()
        let form = ListPages.SubscribeForm(name: req.currentUser?.name ?? "", email: req.currentUser?.email ?? "", language: req.language.rawValue)
        return try await req.render { ListPages.list($0, list, mine: mine, user: req.currentUser, recent: issues, form: form, errors: FormErrors()) }
    }

    func subscribe(req: Request) async throws -> Response {
        let list = try await Self.visibleList(req)
        try await req.rateLimiter.check("list-subscribe-ip:\(req.clientIP)", RateLimit(limit: 30, window: 3600))
        let user = req.currentUser
        // A signed-in person subscribes their own address; the form shows it, it is not sent.
        let form = ListPages.SubscribeForm(name: user?.name ?? req.formValue("name"), email: user?.email ?? req.formValue("email"),
                                           language: req.formValue("language").nonEmpty ?? user?.preferredLanguage ?? req.language.rawValue)
        do {
            let outcome = try await req.lists.subscribe(list, .init(email: form.email, name: form.name, language: form.language, user: user, ip: req.clientIP))
            switch outcome {
            case .confirmationSent: return try await req.render { ListPages.message($0, list, title: .listCheckEmailTitle, body: .listCheckEmailBody) }
            case .confirmed: req.flash(.success, .listSubscribedFlash)
            case .awaitingApproval: req.flash(.success, .listAwaitingApprovalFlash)
            }
            return req.redirect(to: .list(.value(list.slug)))
        } catch let failure as ValidationFailure {
            let mine = try await mySubscription(req, list)
            return try await req.render {
                ListPages.list($0, list, mine: mine, user: user, recent: [], form: form, errors: failure.errors, status: .unprocessableEntity)
            }
        } catch ListService.Failure.invitationOnly {
            throw Abort(.forbidden, reason: L10n.listInvitationOnly.text(req.language))
        }
    }

    func confirmPage(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let (subscription, list) = try await req.lists.pendingSubscription(token: token) else {
            return try await req.render { MessagePage.page($0, title: .listLinkInvalidTitle, message: .listLinkInvalidBody, status: .notFound) }
        }
        return try await req.render { ListPages.confirm($0, list, subscription, token: token) }
    }

    func confirm(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        do {
            let (subscription, list) = try await req.lists.confirm(token: token, ip: req.clientIP)
            let body: L10n = subscription.status == .confirmed ? .listConfirmedBody : .listConfirmedAwaitingBody
            return try await req.render { ListPages.message($0, list, title: .listConfirmedTitle, body: body) }
        } catch ListService.Failure.tokenInvalid {
            return try await req.render { MessagePage.page($0, title: .listLinkInvalidTitle, message: .listLinkInvalidBody, status: .notFound) }
        }
    }

    // MARK: - Archive

    private func readableIssues(_ req: Request, _ list: MailingList) async throws -> [Newsletter] {
        try await Newsletter.query(on: req.db).filter(\.$list.$id == list.id!).filter(\.$status ~~ [.sent, .sending])
            .sort(\.$startedAt, .descending).limit(200).all()
    }

    func archive(req: Request) async throws -> Response {
        let list = try await Self.visibleList(req)
        let issues = try await readableIssues(req, list)
        return try await req.render { ListPages.archive($0, list, issues) }
    }

    func feed(req: Request) async throws -> Response {
        let list = try await Self.visibleList(req)
        // A feed reader has no session: only public lists have a feed.
        guard list.visibility == .public else { throw Abort(.notFound) }
        let issues = try await readableIssues(req, list)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: ArchiveFeed.atom(list, issues, config: req.config, language: req.language)))
    }

    func issue(req: Request) async throws -> Response {
        guard let id = req.parameters.get("newsletterID", as: UUID.self), let newsletter = try await Newsletter.find(id, on: req.db),
              newsletter.status == .sent || newsletter.status == .sending,
              let list = try await MailingList.find(newsletter.$list.id, on: req.db),
              try await ListService.mayRead(list, user: req.currentUser, on: req.db) else { throw Abort(.notFound) }
        return try await req.render { ListPages.issue($0, list, newsletter) }
    }

    // MARK: - Preferences

    func myPreferences(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let preference = try await req.lists.ensurePreference(for: user.email)
        let lines = try await req.lists.preferenceLines(for: user.email, user: user)
        return try await req.render { ListPages.preferences($0, preference, lines, action: SiteURL.listPreferences.path) }
    }

    func updateMyPreferences(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let preference = try await req.lists.ensurePreference(for: user.email)
        try await applyPreferences(req, preference, user: user, method: "preferences page (signed in)")
        return req.redirect(to: .listPreferences)
    }

    private func preference(fromToken req: Request) async throws -> MailPreference {
        guard let preference = try await req.lists.preference(token: req.parameters.get("token") ?? "") else { throw Abort(.notFound) }
        return preference
    }

    func tokenPreferences(req: Request) async throws -> Response {
        let preference = try await preference(fromToken: req)
        let lines = try await req.lists.preferenceLines(for: preference.email, user: nil)
        let path = req.url.path
        return try await req.render { ListPages.preferences($0, preference, lines, action: path) }
    }

    func updateTokenPreferences(req: Request) async throws -> Response {
        let preference = try await preference(fromToken: req)
        try await applyPreferences(req, preference, user: nil, method: "preferences page (emailed link)")
        return req.redirect(to: req.url.path)
    }

    /// One button per change: leave a list, join one again (a signed-in verified person only;
    /// from an emailed link it sends a confirmation), or the program-wide switch.
    private func applyPreferences(_ req: Request, _ preference: MailPreference, user: User?, method: String) async throws {
        let service = req.lists
        switch req.formValue("action") {
        case "no-bulk-on":
            try await service.setNoBulk(preference, true, method: method, actorID: user?.id, ip: req.clientIP)
            req.flash(.success, .listNoBulkOnFlash)
        case "no-bulk-off":
            try await service.setNoBulk(preference, false, method: method, actorID: user?.id, ip: req.clientIP)
            req.flash(.success, .listNoBulkOffFlash)
        case "leave":
            guard let id = UUID(uuidString: req.formValue("subscription")),
                  let subscription = try await ListSubscription.find(id, on: req.db), subscription.email == preference.email,
                  let list = try await MailingList.find(subscription.$list.id, on: req.db) else { throw Abort(.notFound) }
            try await service.unsubscribe(subscription, of: list, method: method, actorID: user?.id, ip: req.clientIP)
            req.flash(.success, .listUnsubscribedFlash, ["list": list.title.text(in: req.language)])
        case "join":
            guard let id = UUID(uuidString: req.formValue("list")), let list = try await MailingList.find(id, on: req.db),
                  ListService.visibilities(for: user).contains(list.visibility) else { throw Abort(.notFound) }
            let existing = try await ListSubscription.query(on: req.db).filter(\.$list.$id == id).filter(\.$email == preference.email).first()
            do {
                let outcome = try await service.subscribe(list, .init(email: preference.email, name: existing?.name ?? user?.name ?? "",
                                                                      language: existing?.language ?? req.language.rawValue, user: user, ip: req.clientIP))
                req.flash(.success, outcome == .confirmationSent ? .listCheckEmailBody : outcome == .confirmed ? .listSubscribedFlash : .listAwaitingApprovalFlash)
            } catch ListService.Failure.invitationOnly {
                req.flash(.error, .listInvitationOnly)
            }
        default:
            throw Abort(.badRequest)
        }
    }
}
