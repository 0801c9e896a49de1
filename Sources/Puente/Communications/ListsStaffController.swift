// Staff (and a list's owners) run lists here: make and change lists, see and add subscribers,
// approve, remove, import and export them, and write, preview, test, schedule and send newsletters.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct ListsStaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageLists))
        staff.get(SiteURL.staffLists.pathComponents, use: index)
        staff.post(SiteURL.staffLists.pathComponents, use: create)
        staff.post(SiteURL.staffListOwners(.key).pathComponents, use: owners)
        // A list's owners reach their list's pages too; the handler checks (`requireListManager`).
        let managers = routes.grouped(Access.signedIn)
        managers.get(SiteURL.staffList(.key).pathComponents, use: show)
        managers.post(SiteURL.staffList(.key).pathComponents, use: update)
        managers.post(SiteURL.staffListSubscribers(.key).pathComponents, use: subscribers)
        managers.get(SiteURL.staffListExport(.key).pathComponents, use: export)
        managers.post(SiteURL.staffListNewsletters(.key).pathComponents, use: createNewsletter)
        managers.post(SiteURL.staffListPosts(.key).pathComponents, use: decidePost)
        managers.get(SiteURL.staffNewsletter(.key).pathComponents, use: newsletter)
        managers.post(SiteURL.staffNewsletter(.key).pathComponents, use: newsletterAction)
    }

    func index(req: Request) async throws -> Response {
        let model = try await ListStaffPages.IndexModel.load(on: req.db)
        return try await req.render {
            ListStaffPages.index($0, model, form: ListInput(slug: "", name: "", moderateFirstPosts: true), errors: FormErrors())
        }
    }

    private func input(_ req: Request) -> ListInput {
        ListInput(slug: req.formValue("slug"), name: req.formValue("name"), nameEs: req.formValue("nameEs"),
                  description: req.formValue("description"), descriptionEs: req.formValue("descriptionEs"),
                  kind: req.formValue("kind"), visibility: req.formValue("visibility"), policy: req.formValue("policy"),
                  rewriteFrom: req.formValue("rewriteFrom") == "on", moderateFirstPosts: req.formValue("moderateFirstPosts") == "on")
    }

    func create(req: Request) async throws -> Response {
        let form = input(req)
        do {
            let list = try await req.lists.create(try form.checked())
            req.flash(.success, .listCreatedFlash)
            return req.redirect(to: .staffList(.value(list.slug)))
        } catch let failure as ValidationFailure {
            let model = try await ListStaffPages.IndexModel.load(on: req.db)
            return try await req.render { ListStaffPages.index($0, model, form: form, errors: failure.errors) }
        } catch ListService.Failure.slugTaken {
            var errors = FormErrors()
            errors.add("slug", .listSlugTaken)
            let model = try await ListStaffPages.IndexModel.load(on: req.db)
            return try await req.render { ListStaffPages.index($0, model, form: form, errors: errors) }
        }
    }

    private func managedList(_ req: Request) async throws -> MailingList {
        guard let slug = req.parameters.get("slug"), slug.count <= 64,
              let list = try await MailingList.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        try await req.requireListManager(list)
        return list
    }

    private func render(_ req: Request, _ list: MailingList, form: ListInput? = nil, errors: FormErrors = FormErrors(),
                        subscriberErrors: FormErrors = FormErrors(), newsletterErrors: FormErrors = FormErrors(),
                        importReport: ListImport.Report? = nil) async throws -> Response {
        let status = req.query[String.self, at: "status"].flatMap(ListSubscription.Status.init(rawValue:))
        var model = try await ListStaffPages.ListModel.load(list, status: status, on: req.db)
        model.owners = try await req.lists.owners(of: list)
        model.organizations = try await Organization.query(on: req.db).filter(\.$active == true).all().sorted(byCollating: \.name)
        let failed = !errors.isEmpty || !subscriberErrors.isEmpty || !newsletterErrors.isEmpty || importReport?.isClean == false
        return try await req.render {
            ListStaffPages.list($0, model, form: form ?? ListStaffPages.form(list), errors: errors, subscriberErrors: subscriberErrors,
                                newsletterErrors: newsletterErrors, importReport: importReport, status: failed ? .unprocessableEntity : .ok)
        }
    }

    func show(req: Request) async throws -> Response {
        try await render(req, try await managedList(req))
    }

    /// Staff name an owner (a person by their account's address, or an organization) or remove one.
    func owners(req: Request) async throws -> Response {
        let list = try await managedList(req)
        switch req.formValue("action") {
        case "add":
            do {
                try await req.lists.addOwner(list, email: String(req.formValue("email").prefix(320)),
                                             organizationID: UUID(uuidString: req.formValue("organization")))
                req.flash(.success, .listOwnerAddedFlash)
            } catch ListService.OwnerFailure.unknownPerson {
                req.flash(.error, .listOwnerUnknownPerson)
            } catch ListService.OwnerFailure.unknownOrganization, ListService.OwnerFailure.nothingNamed {
                req.flash(.error, .listOwnerNothingNamed)
            }
        case "remove":
            guard let id = UUID(uuidString: req.formValue("owner")) else { throw Abort(.badRequest) }
            try await req.lists.removeOwner(list, ownerID: id)
            req.flash(.success, .listOwnerRemovedFlash)
        default:
            throw Abort(.badRequest)
        }
        return req.redirect(to: .staffList(.value(list.slug)))
    }

    func update(req: Request) async throws -> Response {
        let list = try await managedList(req)
        if req.formValue("action") == "delete" {
            guard req.isConfirmed else {
                return try await req.confirmFirst { ctx in
                    Confirmation(heading: ctx.t(.listDeleteHeading, ["list": list.name]),
                                 consequences: [ctx.t(.listDeleteConsequence)], confirm: ctx.t(.listDeleteButton),
                                 back: SiteURL.staffList(.value(list.slug)).path, carry: [("action", "delete")])
                }
            }
            try await req.lists.delete(list)
            req.flash(.success, .listDeletedFlash)
            return req.redirect(to: .staffLists)
        }
        let form = input(req)
        do {
            try await req.lists.update(list, try form.checked())
            req.flash(.success, .saved)
            return req.redirect(to: .staffList(.value(list.slug)))
        } catch let failure as ValidationFailure {
            return try await render(req, list, form: form, errors: failure.errors)
        } catch ListService.Failure.slugTaken {
            var errors = FormErrors()
            errors.add("slug", .listSlugTaken)
            return try await render(req, list, form: form, errors: errors)
        }
    }

    /// Add one person (with the consent staff hold), approve, remove, or import a CSV.
    func subscribers(req: Request) async throws -> Response {
        let list = try await managedList(req)
        let user = try req.requireUser()
        switch req.formValue("action") {
        case "add":
            do {
                _ = try await req.lists.staffAdd(list, email: req.formValue("email"), name: req.formValue("name"),
                                                 language: req.formValue("language"), consentNote: req.formValue("consentNote"), by: user)
                req.flash(.success, .listSubscriberAddedFlash)
            } catch let failure as ValidationFailure {
                return try await render(req, list, subscriberErrors: failure.errors)
            }
        case "approve", "remove":
            guard let id = UUID(uuidString: req.formValue("subscription")), let subscription = try await ListSubscription.find(id, on: req.db),
                  subscription.$list.id == list.id else { throw Abort(.notFound) }
            if req.formValue("action") == "approve" {
                try await req.lists.approve(subscription, of: list, by: user)
            } else {
                try await req.lists.unsubscribe(subscription, of: list, method: "removed by staff", actorID: user.id, ip: req.clientIP)
                try await Audit.record(.listSubscriberRemove, entityType: .mailingList, entityID: list.id!.uuidString,
                                       summary: "\(subscription.email) removed from \(list.slug)", by: req.auditActor, on: req.db)
            }
            req.flash(.success, .saved)
        case "import":
            let file = try? req.content.get(File.self, at: "file")
            let report = try await ListImport(db: req.db, actor: req.auditActor).run(
                list, csv: file.map { Data(buffer: $0.data) } ?? Data(), basis: req.formValue("basis"),
                commit: req.formValue("commit") == "yes", by: user)
            if report.committed { req.flash(.success, .listImportedFlash, ["count": "\(report.added + report.updated)"]) }
            return try await render(req, list, importReport: report)
        default:
            throw Abort(.badRequest)
        }
        return req.redirect(to: .staffList(.value(list.slug)))
    }

    func export(req: Request) async throws -> Response {
        let list = try await managedList(req)
        let rows = try await ListSubscription.query(on: req.db).filter(\.$list.$id == list.id!).sort(\.$email).all()
        try await Audit.record(.listExport, entityType: .mailingList, entityID: list.id!.uuidString,
                               summary: "\(rows.count) subscribers of \(list.slug)", by: req.auditActor, on: req.db)
        let iso = ISO8601DateFormatter()
        return Response.csv([["email", "name", "language", "status", "consent", "since"]] + rows.map {
            [$0.email, $0.name, $0.language, $0.status.rawValue, $0.consentBasis, $0.createdAt.map(iso.string(from:)) ?? ""]
        }, filename: "\(list.slug)-subscribers.csv")
    }

    /// Let a held post go to the list, or turn it down.
    func decidePost(req: Request) async throws -> Response {
        let list = try await managedList(req)
        guard let id = UUID(uuidString: req.formValue("message")), let message = try await InboundMessage.find(id, on: req.db),
              message.$list.id == list.id, message.kind == .post else { throw Abort(.notFound) }
        let user = try req.requireUser()
        switch req.formValue("action") {
        case "approve":
            let resolver = try DNSResolver.make(req.config.dnsServer, group: req.application.eventLoopGroup)
            let receiver = MailReceiver(db: req.db, config: req.config, signing: req.listSigning) { try await resolver.dmarcPolicy(of: $0) }
            if let count = try await MailReceiver.approve(message, list: list, receiver: receiver, by: user) {
                req.flash(.success, .listPostApprovedFlash, ["count": "\(count)"])
            } else {
                req.flash(.error, .listPostCannotApprove)
            }
        case "reject":
            guard message.status == .held else { throw Abort(.conflict) }
            message.status = .rejected
            message.decidedBy = user.id
            message.decidedAt = Date()
            try await message.save(on: req.db)
            req.flash(.success, .listPostRejectedFlash)
        default:
            throw Abort(.badRequest)
        }
        return req.redirect(to: .staffList(.value(list.slug)))
    }

    // MARK: - Newsletters

    func createNewsletter(req: Request) async throws -> Response {
        let list = try await managedList(req)
        do {
            let newsletter = try await req.newsletters.create(NewsletterInput(form: req), for: list, by: try req.requireUser())
            return req.redirect(to: .staffNewsletter(.value(newsletter.id!)))
        } catch let failure as ValidationFailure {
            return try await render(req, list, newsletterErrors: failure.errors)
        }
    }

    private func managedNewsletter(_ req: Request) async throws -> (Newsletter, MailingList) {
        guard let id = req.parameters.get("newsletterID", as: UUID.self), let newsletter = try await Newsletter.find(id, on: req.db),
              let list = try await MailingList.query(on: req.db).withDeleted().filter(\.$id == newsletter.$list.id).first() else { throw Abort(.notFound) }
        try await req.requireListManager(list)
        return (newsletter, list)
    }

    func newsletter(req: Request) async throws -> Response {
        let (newsletter, list) = try await managedNewsletter(req)
        return try await renderNewsletter(req, newsletter, list, input: nil, errors: FormErrors())
    }

    private func renderNewsletter(_ req: Request, _ newsletter: Newsletter, _ list: MailingList, input: NewsletterInput?,
                                  errors: FormErrors, status: HTTPStatusCode? = nil) async throws -> Response {
        let counts = try await req.newsletters.counts(newsletter.id!)
        let confirmed = try await ListSubscription.query(on: req.db).filter(\.$list.$id == list.id!).filter(\.$status == .confirmed).count()
        return try await req.render {
            NewsletterPages.compose($0, newsletter, list, input: input, errors: errors, counts: counts, confirmed: confirmed,
                                    status: status ?? (errors.isEmpty ? .ok : .unprocessableEntity))
        }
    }

    func newsletterAction(req: Request) async throws -> Response {
        let (newsletter, list) = try await managedNewsletter(req)
        let service = req.newsletters
        let back = SiteURL.staffNewsletter(.value(newsletter.id!))
        do {
            switch req.formValue("action") {
            case "save":
                try await service.update(newsletter, NewsletterInput(form: req), list: list)
                req.flash(.success, .saved)
            case "test":
                let language = Language(rawValue: req.formValue("language")) ?? req.language
                try await service.sendTest(newsletter, list: list, to: try req.requireUser(), language: language)
                req.flash(.success, .newsletterTestSentFlash, ["email": try req.requireUser().email])
            case "schedule":
                guard let date = NewsletterPages.scheduledDate(req.formValue("scheduledFor"), timeZone: req.config.timeZone) else {
                    var errors = FormErrors()
                    errors.add("scheduledFor", .newsletterScheduleInvalid)
                    throw ValidationFailure(errors: errors)
                }
                try await service.schedule(newsletter, at: date)
                req.flash(.success, .newsletterScheduledFlash)
            case "send":
                guard req.isConfirmed else {
                    let confirmed = try await ListSubscription.query(on: req.db).filter(\.$list.$id == list.id!).filter(\.$status == .confirmed).count()
                    return try await req.confirmFirst { ctx in
                        Confirmation(heading: ctx.t(.newsletterSendHeading), consequences: [ctx.t(.newsletterSendConsequence, ["count": "\(confirmed)"])],
                                     confirm: ctx.t(.newsletterSendNow), back: back.path, carry: [("action", "send")])
                    }
                }
                let count = try await service.send(newsletter)
                req.flash(.success, .newsletterSendingFlash, ["count": "\(count)"])
            case "cancel":
                try await service.cancel(newsletter)
                req.flash(.success, .newsletterCancelledFlash)
            default:
                throw Abort(.badRequest)
            }
        } catch let failure as ValidationFailure {
            return try await renderNewsletter(req, newsletter, list, input: NewsletterInput(form: req), errors: failure.errors)
        } catch NewsletterService.Failure.notEditable {
            req.flash(.error, .newsletterNotEditable)
        }
        return req.redirect(to: back)
    }
}
