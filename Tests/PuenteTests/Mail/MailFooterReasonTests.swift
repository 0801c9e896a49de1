// Every message's footer says why it came, and a visitor with no account is not told it came
// "because of your account".

import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct MailFooterReasonTests {
    @Test func aVisitorsEventMailSaysTheAddressWasUsedToRegister() async throws {
        try await withPuente { app in
            let organizer = try await app.makeUser("staff@example.org", roles: [.staff])
            let input = EventInput(title: "Webinar on CalAIM", start: Date().addingTimeInterval(5 * 86400),
                                   end: Date().addingTimeInterval(5 * 86400 + 3600), timeZone: "America/Los_Angeles")
            let event = try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: organizer)
            _ = try await app.eventRegistrations.register(event, name: "Ana Ruiz", email: "ana@example.org", user: nil, roles: [])
            let mail = ReceivedMail(try #require(try await app.outbox().last { $0.recipient == "ana@example.org" }).raw)
            #expect(mail.text.contains("because this address was used to register for an event"))
            #expect(!mail.text.contains("because of your account"))
        }
    }

    @Test func staffReadingTheContactFormAreToldWhereItCameFrom() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            _ = try await browser.post(SiteURL.contact.path, [("name", "Ana Ruiz"), ("email", "ana@example.org"),
                                                              ("message", "Is the course offered in Spanish?")])
            let mail = ReceivedMail(try #require(try await app.outbox().last).raw)
            #expect(mail.text.contains("through the contact form"))
        }
    }

    @Test func aMembersAccountMailStillSaysItIsAboutTheirAccount() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            _ = try await browser.post(SiteURL.signup.path, [("name", "Rosa Díaz"), ("email", "rosa@example.org"), ("password", "correct horse 1"),
                                                             ("password_confirmation", "correct horse 1"), ("language", "en")])
            let mail = ReceivedMail(try #require(try await app.outbox().last { $0.recipient == "rosa@example.org" }).raw)
            #expect(mail.text.contains("because of your account"))
        }
    }
}
