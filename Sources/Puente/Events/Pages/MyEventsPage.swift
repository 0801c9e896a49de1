// A member's own registrations and their calendar feed.

import Fluent
import Foundation
import PuenteCore
import Vapor

enum MyEventsPage {
    struct Model {
        let registrations: [EventRegistration]
        /// The private calendar address, once the member has made one.
        let feedURL: String?
        let verified: Bool
    }

    static func query(on db: any Database, user: User, config: AppConfig) async throws -> Model {
        let registrations = try await EventRegistrations.all(of: user, on: db)
        let feed = try await EventFeed.query(on: db).filter(\.$user.$id == user.id!).first()
        return Model(registrations: registrations, feedURL: feed.map { SiteURL.eventFeed(.value($0.token)).absolute(config) },
                     verified: user.isEmailVerified)
    }

    static func page(_ ctx: PageContext, _ model: Model) -> PageView {
        let now = Date()
        let upcoming = model.registrations.filter { $0.event.endsAt >= now }.reversed()
        let past = model.registrations.filter { $0.event.endsAt < now }
        var out = HTMLWriter(capacity: 16_384)
        out.leaf(.h1, text: ctx.t(.myEventsTitle))
        if !model.verified { out.leaf(.p, ["class": "hint"], text: ctx.t(.myEventsVerifyHint)) }
        out.leaf(.h2, text: ctx.t(.eventsUpcoming))
        if upcoming.isEmpty {
            out.element(.p) { out in
                out.text(ctx.t(.noResults) + " ")
                out.link(SiteURL.events.path, ctx.t(.eventsTitle))
            }
        }
        for registration in upcoming { card(&out, ctx, registration) }
        out.element(.section, ["aria-labelledby": "feed"]) { out in
            out.leaf(.h2, ["id": "feed"], text: ctx.t(.eventFeedTitle))
            out.leaf(.p, ["class": "hint"], text: ctx.t(.eventFeedHint))
            if let feedURL = model.feedURL {
                out.open(.input, ["type": "text", "readonly": "", "value": feedURL, "aria-label": ctx.t(.eventFeedTitle), "class": "copy"])
            }
            out.form(ctx, action: SiteURL.myEventsFeed.path) { out in
                out.submit(ctx.t(model.feedURL == nil ? .eventFeedMake : .eventFeedReplace))
            }
        }
        out.leaf(.h2, text: ctx.t(.eventsPast))
        if past.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
        for registration in past { card(&out, ctx, registration) }
        return PageView(title: ctx.t(.myEventsTitle), html: out.html)
    }

    private static func card(_ out: inout HTMLWriter, _ ctx: PageContext, _ registration: EventRegistration) {
        let event = registration.event
        out.element(.article, ["class": "card"]) { out in
            out.element(.h3) { $0.link(SiteURL.event(.value(event.id!)).path, EventText.title(ctx, event)) }
            out.leaf(.p, text: EventText.when(ctx, event) + (event.status == .cancelled ? " — " + ctx.t(.eventCancelled) : ""))
            out.element(.p) { out in
                out.tag(ctx, registration.status)
                out.text(" · ")
                out.link(SiteURL.eventRegistration(.value(registration.token)).path, ctx.t(.eventEmailManageLink))
            }
        }
    }
}
