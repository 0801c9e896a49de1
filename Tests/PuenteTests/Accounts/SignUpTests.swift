// Creating an account: what is stored, what email leaves, and what bad input changes (nothing).

import Fluent
import Testing
import VaporTesting
@testable import Puente

@Suite struct SignUpTests {
    let valid: [(String, String)] = [
        ("name", "Ana López"), ("email", "Ana@Example.org"), ("password", "a long secret 1"),
        ("password_confirmation", "a long secret 1"), ("language", "es"),
    ]

    @Test func signUpCreatesMemberSignsInAndQueuesSpanishVerificationEmail() async throws {
        try await withPuente { app in
            // act
            let browser = Browser(app)
            let response = try await browser.post(SiteURL.signup.path, valid)

            // check
            #expect(response.status == .seeOther)
            #expect(response.location == SiteURL.profile.path)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "ana@example.org").first())
            #expect(user.name == "Ana López")
            #expect(user.preferredLanguage == "es")
            #expect(user.emailVerifiedAt == nil)
            #expect(user.passwordHash != "a long secret 1")
            let roles = try await UserRole.query(on: app.db).filter(\.$user.$id == user.id!).all().map(\.role)
            #expect(roles == ["member"])
            #expect(try await app.auditEvents(.userCreate).count == 1)

            let mail = try await app.outbox()
            #expect(mail.count == 1)
            #expect(mail[0].recipient == "ana@example.org")
            let received = ReceivedMail(mail[0].raw)
            #expect(received.text.contains("Por favor confirme"))
            #expect(received.text.contains("nunca pide información financiera"))
            #expect(received.link(startingWith: "http://127.0.0.1:8080/verify-email?token=") != nil)

            let profile = try await browser.get(SiteURL.profile.path)
            #expect(profile.status == .ok)
            #expect(profile.body.string.contains("Mi perfil"))
        }
    }

    @Test func duplicateEmailIsRefusedAndChangesNothing() async throws {
        try await withPuente { app in
            // setup
            try await app.makeUser("ana@example.org")

            // act
            let response = try await Browser(app).post(SiteURL.signup.path, valid)

            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Ya existe una cuenta con este correo") || response.body.string.contains("already exists"))
            #expect(try await User.query(on: app.db).count() == 1)
            #expect(try await app.outbox().isEmpty)
        }
    }

    @Test func invalidFieldsAreReportedPerFieldAndNothingIsWritten() async throws {
        try await withPuente { app in
            let response = try await Browser(app).post(SiteURL.signup.path, [
                ("name", ""), ("email", "not-an-email"), ("password", "short"), ("password_confirmation", "short"), ("language", "en"),
            ])
            let html = response.body.string
            #expect(response.status == .unprocessableEntity)
            #expect(html.contains("Please correct the highlighted fields."))
            #expect(html.contains("id=\"field-email-error\""))
            #expect(html.contains("aria-describedby=\"field-email-error\""))
            #expect(html.contains("Use at least 10 characters."))
            #expect(html.contains("This field is required."))
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await app.outbox().isEmpty)
        }
    }

    @Test func mismatchedPasswordsAreRefused() async throws {
        try await withPuente { app in
            var fields = valid
            fields[3] = ("password_confirmation", "something else 2")
            let response = try await Browser(app).post(SiteURL.signup.path, fields)
            #expect(response.status == .unprocessableEntity)
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test func formWithoutCSRFTokenIsRejectedAndChangesNothing() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            try await browser.get(SiteURL.signup.path)
            let response = try await browser.post(SiteURL.signup.path, valid, withCSRF: false)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("This form expired") || response.body.string.contains("Este formulario venció"))
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test func namesAreEscapedInTextAndAttributes() async throws {
        try await withPuente { app in
            let browser = Browser(app)
            var fields = valid
            fields[0] = ("name", "\"><script>alert(1)</script>")
            try await browser.post(SiteURL.signup.path, fields)
            let html = try await browser.get(SiteURL.profile.path).body.string
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(html.contains("value=\"&quot;&gt;&lt;script&gt;"))
        }
    }
}
