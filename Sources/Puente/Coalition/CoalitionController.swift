// The coalition's public page, the join form, each group's page, and "My organization".

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CoalitionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.coalition.pathComponents, use: page)
        routes.get(SiteURL.coalitionGroup(.key).pathComponents, use: group)
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.get(SiteURL.coalitionJoin.pathComponents, use: joinForm)
        signedIn.post(SiteURL.coalitionJoin.pathComponents, use: join)
        signedIn.get(SiteURL.coalitionMyOrganization.pathComponents, use: myOrganization)
        signedIn.post(SiteURL.coalitionProposals.pathComponents, use: propose)
    }

    private func directory(_ req: Request) -> CoalitionDirectory {
        CoalitionDirectory(db: req.db, today: CoalitionStanding.today(req.config))
    }

    func page(req: Request) async throws -> Response {
        let directory = directory(req)
        let summaries = try await directory.groups()
        var details: [CoalitionDirectory.Detail] = []
        for summary in summaries { details.append(try await directory.detail(summary.group)) }
        let texts = Dictionary(try await CoalitionText.query(on: req.db).all().map { ($0.key, $0.text) },
                               uniquingKeysWith: { (first: StaffText, _: StaffText) in first })
        let year = Day(Date(), in: req.config.timeZone).year
        let progress = try await directory.objectives(year: year, timeZone: req.config.timeZone)
        let model = CoalitionPage.Model(texts: texts, groups: details, progress: progress, year: year)
        return try await req.render { CoalitionPage.view($0, model) }
    }

    func group(req: Request) async throws -> Response {
        let directory = directory(req)
        guard let slug = req.parameters.get("groupSlug"), let group = try await directory.group(slug: slug) else { throw Abort(.notFound) }
        let access = try await req.eventAccess()
        let search = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        let now = Date()
        let model = GroupPage.Model(detail: try await directory.detail(group),
                                    upcoming: try await directory.meetings(of: group, access: access).filter { $0.event.endsAt >= now },
                                    minutes: try await directory.compiledMinutes(of: group, access: access, search: search),
                                    actionItems: try await directory.actionItems(access: access, status: .open, group: group).map(\.0),
                                    search: search)
        return try await req.render { GroupPage.view($0, model) }
    }

    // MARK: Join

    private func joinModel(_ req: Request, input: MembershipService.JoinInput, errors: FormErrors = .init()) async throws -> JoinPage.Model {
        let user = try req.requireUser()
        return JoinPage.Model(input: input, errors: errors,
                              memberships: try await MembershipService.memberships(of: user.id!, on: req.db),
                              hasRegistryEntry: try await RegistryEntry.query(on: req.db).filter(\.$user.$id == user.id!).count() > 0,
                              offersList: try await MailingList.query(on: req.db).filter(\.$slug == MembershipService.listSlug).count() > 0,
                              verified: user.isEmailVerified)
    }

    func joinForm(req: Request) async throws -> Response {
        let model = try await joinModel(req, input: MembershipService.JoinInput())
        return try await req.render { JoinPage.view($0, model) }
    }

    func join(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let input = MembershipService.JoinInput(form: req)
        guard user.isEmailVerified else { throw Abort(.forbidden) }
        do {
            let membership = try await MembershipService(db: req.db, config: req.config, actor: req.auditActor).join(user, input)
            req.flash(.success, membership.kind == .person ? .coalitionJoinedFlash : .coalitionAppliedFlash)
            return req.redirect(to: .coalitionJoin)
        } catch let failure as ValidationFailure {
            let model = try await joinModel(req, input: input, errors: failure.errors)
            return try await req.render { JoinPage.view($0, model) }
        }
    }

    // MARK: My organization

    /// The organizations the signed-in person acts for; none is a 404, as for a page that is not theirs.
    private func organizations(_ req: Request) async throws -> [Organization] {
        let standing = try await req.coalitionStanding()
        guard !standing.organizations.isEmpty else { throw Abort(.notFound) }
        return try await Organization.query(on: req.db).filter(\.$id ~~ Array(standing.organizations)).all().sorted(byCollating: \.name)
    }

    private func myOrganizationModel(_ req: Request, input: MyOrganization.ProposalInput = .init(),
                                     errors: FormErrors = .init()) async throws -> MyOrganizationPage.Model {
        let service = MyOrganization(db: req.db, config: req.config, actor: req.auditActor)
        let today = Day(Date(), in: req.config.timeZone)
        var views: [MyOrganization.View] = []
        for organization in try await organizations(req) {
            views.append(try await service.view(organization, access: try await req.eventAccess(), today: today))
        }
        let cohorts = try await Cohort.query(on: req.db).sort(\.$startsOn).all().filter { $0.takesApplications(on: today) }
        return MyOrganizationPage.Model(views: views, cohorts: cohorts, input: input, errors: errors)
    }

    func myOrganization(req: Request) async throws -> Response {
        let model = try await myOrganizationModel(req)
        return try await req.render { MyOrganizationPage.view($0, model) }
    }

    func propose(req: Request) async throws -> Response {
        let organizations = try await organizations(req)
        // Acting for one's own organizations only: another's id is not found.
        guard let id = UUID(uuidString: req.formValue("organization")), let organization = organizations.first(where: { $0.id == id }) else {
            throw Abort(.notFound)
        }
        let input = MyOrganization.ProposalInput(form: req)
        do {
            try await MyOrganization(db: req.db, config: req.config, actor: req.auditActor)
                .propose(for: organization, input, by: try req.requireUser(), today: Day(Date(), in: req.config.timeZone))
            req.flash(.success, .coalitionProposalSentFlash)
            return req.redirect(to: .coalitionMyOrganization)
        } catch let failure as ValidationFailure {
            let model = try await myOrganizationModel(req, input: input, errors: failure.errors)
            return try await req.render { MyOrganizationPage.view($0, model) }
        }
    }
}
