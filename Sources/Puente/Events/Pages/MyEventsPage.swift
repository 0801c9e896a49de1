// A member's own registrations and their calendar feed.

import Fluent
import Foundation
import Plot
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
        let registrations = model.registrations, feedURL = model.feedURL, verified = model.verified
        let now = Date()
        let upcoming = registrations.filter { $0.event.endsAt >= now }.reversed()
        let past = registrations.filter { $0.event.endsAt < now }
        return PageView(title: ctx.t(.myEventsTitle), content: Div {
            H1(ctx.t(.myEventsTitle))
            if !verified { Paragraph(ctx.t(.myEventsVerifyHint)).class("hint") }
            H2(ctx.t(.eventsUpcoming))
            if upcoming.isEmpty { Paragraph { Text(ctx.t(.noResults) + " "); Tag.a(SiteURL.events.path, ctx.t(.eventsTitle)) } }
            for registration in upcoming { card(ctx, registration) }
            Tag.element(.section, ["aria-labelledby": "feed"]) {
                Tag.element(.h2, ["id": "feed"]) { Text(ctx.t(.eventFeedTitle)) }
                Paragraph(ctx.t(.eventFeedHint)).class("hint")
                if let feedURL {
                    Tag.void(.input, ["type": "text", "readonly": "", "value": feedURL, "aria-label": ctx.t(.eventFeedTitle),
                                       "class": "copy"])
                }
                UI.form(ctx, action: SiteURL.myEventsFeed.path) {
                    UI.submit(ctx.t(feedURL == nil ? .eventFeedMake : .eventFeedReplace))
                }
            }
            H2(ctx.t(.eventsPast))
            if past.isEmpty { Paragraph(ctx.t(.noResults)) }
            for registration in past { card(ctx, registration) }
        })
    }

    private static func card(_ ctx: PageContext, _ registration: EventRegistration) -> Component {
        let event = registration.event
        return Tag.element(.article, ["class": "card"]) {
            Tag.element(.h3) { Tag.a(SiteURL.event(.value(event.id!)).path, EventText.title(ctx, event)) }
            Paragraph(EventText.when(ctx, event) + (event.status == .cancelled ? " — " + ctx.t(.eventCancelled) : ""))
            Paragraph {
                UI.tag(ctx, registration.status)
                Text(" · ")
                Tag.a(SiteURL.eventRegistration(.value(registration.token)).path, ctx.t(.eventEmailManageLink))
            }
        }
    }
}
