// The design system: its stylesheet budget, the style guide staff open, the header line a
// program sets, and the error summary that links each problem to its field.

import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct DesignSystemTests {
    @Test func theStylesheetStaysUnderTwelveKilobytesAndStylesEveryToneAndButton() {
        #expect(Stylesheet.css.utf8.count < 12 * 1024)
        for tone in Tone.allCases { #expect(Stylesheet.css.contains(".tag-\(tone.rawValue)")) }
        for kind in ButtonKind.allCases where kind != .primary { #expect(Stylesheet.css.contains(".\(kind.className.split(separator: " ").last!)")) }
    }

    /// A signed-in phone sends its session cookie with the stylesheet too; answering it must not
    /// need the database, or a busy pool leaves pages unstyled.
    @Test func theStylesheetIsAnsweredWithoutReadingTheSession() async throws {
        try await withPuente { app in
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            _ = try await member.signIn("member@example.org")
            try await app.db.sql.raw("DROP TABLE browser_sessions").run() // any session read now fails
            #expect(try await member.get(SiteURL.profile.path).status.code >= 500)
            let stylesheet = try await member.get(SiteURL.stylesheet.path)
            #expect(stylesheet.status == .ok)
            #expect(stylesheet.headers.contentType == .css)
            #expect(stylesheet.body.string == Stylesheet.css)
            #expect(stylesheet.headers.first(name: "X-Content-Type-Options") == "nosniff") // still inside the security headers
        }
    }

    @Test func theStyleGuideIsForStaffAndShowsEveryToneWithAnIcon() async throws {
        try await withPuente { app in
            try await app.makeUser("member@example.org")
            try await app.makeUser("staff@example.org", roles: [.staff])
            let member = Browser(app)
            _ = try await member.signIn("member@example.org")
            #expect(try await member.get("/styleguide").status == .forbidden)

            let staff = Browser(app)
            _ = try await staff.signIn("staff@example.org")
            let html = try await staff.get("/styleguide").body.string
            for tone in Tone.allCases {
                #expect(html.contains("<strong class=\"tag tag-\(tone.rawValue)\"><span class=\"icon\" aria-hidden=\"true\">\(tone.icon)</span>"))
            }
            #expect(html.contains("class=\"button button-warning\""))
            #expect(html.contains("<progress"))
            #expect(html.contains("class=\"date-badge\""))
            #expect(html.contains("href=\"#field-sample-email\""))
        }
    }

    @Test func theOfficialLineIsTheProgramsOwnInEachLanguage() async throws {
        try await withPuente({ $0.officialLine = AppConfig.officialLine(english: "A program of the State Office of CHWs", spanish: nil) }) { app in
            let english = try await Browser(app).get("/").body.string
            #expect(english.contains("<div class=\"official\"><p class=\"wrap\">A program of the State Office of CHWs</p></div>"))
            let spanish = try await Browser(app).get("/?lang=es").body.string
            #expect(spanish.contains("A program of the State Office of CHWs")) // one language set stands for both
        }
        try await withPuente { app in
            let spanish = try await Browser(app).get("/?lang=es").body.string
            #expect(spanish.contains("Un programa oficial para promotores de salud"))
        }
        #expect(try AppConfig.fromEnvironment(["PUENTE_OFFICIAL_LINE": "Line", "PUENTE_OFFICIAL_LINE_ES": "Línea"]).officialLine
            == Translation(en: "Line", es: "Línea"))
    }

    @Test func theErrorSummaryListsEachProblemInTheFormsOrderAndLinksItsField() {
        var errors = FormErrors()
        errors.add("name", .fieldRequired)
        errors.add("email", .emailInvalid)
        errors.add("name", .nameTooLong) // a second problem with one field is not listed twice
        let html = HTMLWriter.fragment { $0.errorSummary(.sample(.en), errors) }
        let name = try! #require(html.range(of: "<a href=\"#field-name\">This field is required.</a>"))
        let email = try! #require(html.range(of: "<a href=\"#field-email\">"))
        #expect(name.lowerBound < email.lowerBound)
        #expect(!html.contains("characters"))
    }

    @Test func aStatusTagCarriesWordsAndAnIconNotColourAlone() {
        let expired = HTMLWriter.fragment { $0.tag(.sample(.es), Credential.Status.expired) }
        #expect(expired == "<strong class=\"tag tag-warning\"><span class=\"icon\" aria-hidden=\"true\">◷</span> Vencido</strong>")
        let valid = HTMLWriter.fragment { $0.tag(.sample(.es), Credential.Status.valid) }
        #expect(valid.contains("tag-success") && valid.contains("✓") && valid.contains("Válido"))
    }
}

extension PageContext {
    /// A signed-out reader's context for rendering one component in a test.
    static func sample(_ language: Language) -> PageContext {
        PageContext(language: language, programName: "Puente", officialLine: "", contactEmail: "program@example.org", user: nil,
                    csrfToken: "token", flash: nil, currentPath: "/", dates: DateFormatting(timeZone: TimeZone(identifier: "America/Los_Angeles")!))
    }
}
