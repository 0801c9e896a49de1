// What a stranger types never becomes markup in the program's own email.

import Foundation
import Testing
import VaporTesting
@testable import Puente
import PuenteCore

@Suite struct MailerEscapingTests {
    static let phishing = #"x"/><a href="https://phish.example/login">Verify your account</a>"#

    @Test func aContactFormNameCannotPlantALinkInStaffMail() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            try await browser.get(SiteURL.contact.path)
            let sent = try await browser.post(SiteURL.contact.path, [("name", Self.phishing), ("email", "visitor@example.org"),
                                                                     ("message", "Hello")])
            #expect(sent.status == .seeOther)
            let raw = try #require(try await app.outbox().first).raw
            let html = ReceivedMail(raw).html
            #expect(!html.contains("<a href=\"https://phish.example"))
            #expect(!html.contains("og:title"))
            #expect(html.contains("&quot;/&gt;&lt;a href=&quot;https://phish.example/login&quot;&gt;"))
        }
    }

    @Test func aSubjectWithQuotesAndAnglesIsOneEscapedTitle() async throws {
        try await withPuente { app in
            let message = Mailer(config: app.config).compose(
                to: Mailbox(EmailAddress("ana@example.org")!, name: "Ana"), language: .en,
                .init(subject: #"The "Summit" <2027> & more"#, paragraphs: ["Body"], link: nil, greetingName: nil))
            let html = message.html
            #expect(html.contains("<title>The &quot;Summit&quot; &lt;2027&gt; &amp; more</title>"))
            #expect(!html.contains("twitter:title"))
        }
    }
}
