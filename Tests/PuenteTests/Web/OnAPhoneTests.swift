// The site in a real browser (headless Chromium) on a 360-pixel phone with a Spanish browser:
// a visitor finds a Spanish-speaking CHW in a county and verifies a certificate by filling in the
// forms; staff import a CSV and see every bad line; the menu folds on a phone and not on a
// desktop; and every page a visitor, member, staff member, trainer or supervisor reaches, with
// the pages its forms answer, fits the screen, runs no script and passes axe-core's WCAG 2.2 A
// and AA rules (decision 0016).

import Fluent
import Foundation
import PuenteCore
import Testing
import Vapor
@testable import Puente

@Suite(.enabled(if: PhoneBrowser.isAvailable, "needs Chromium, chromedriver and Selenium (make test installs them)"))
struct OnAPhoneTests {
    @Test func aVisitorFindsASpanishSpeakingCHWInACountyAndVerifiesTheirCertificate() async throws {
        try await withPuente { app in
            // setup
            let lupe = try await app.makeListedEntry(given: "Lupe", family: "Hernández", languages: ["es", "en"], counties: ["06037"])
            try await app.makeListedEntry(given: "Ana", family: "Soto", languages: ["es"], counties: ["06073"])
            try await app.makeListedEntry(given: "Bea", family: "Park", languages: ["ko"], counties: ["06037"])
            let certificate = try await app.makeCredential(for: lupe, expiresOn: "2099-06-12")

            // act
            let pages = try await PhoneBrowser.walk(app, [
                .open(SiteURL.directory.path),
                .submit(fill: ["language": "es", "county": "06037"], formHolding: "language"),
                .open(SiteURL.verify.path),
                .submit(fill: ["number": certificate.number.lowercased()], formHolding: "number"),
            ])

            // check
            try #require(pages.count == 4)
            let (directory, results, verify, verified) = (pages[0], pages[1], pages[2], pages[3])
            #expect(directory.lang == "es" && directory.title.hasPrefix(L10n.directoryTitle.text(.es)))
            #expect(results.path.contains("language=es") && results.path.contains("county=06037"))
            #expect(results.headings == [L10n.directoryMapTitle.text(.es), "Lupe Hernández"], "the county map, then the one matching card")
            #expect(results.hash == "#results" && (0..<185).contains(results.anchorTop ?? -1), "the results, not the form, are at the top of the screen: \(results.anchorTop ?? -1)")
            #expect(results.text.contains("Los Angeles"))
            #expect(verify.lang == "es")
            #expect(verified.text.contains(L10n.verifyStatusValid.text(.es)))
            #expect(verified.text.contains("Lupe Hernández"))
            #expect(verified.text.contains(certificate.program))
            for page in pages { PhoneBrowser.expectFitsAPhone(page) }
        }
    }

    @Test func everyPageAVisitorOrMemberReachesFitsAPhoneAndPassesWCAG22AA() async throws {
        try await withPuente { app in
            // setup
            let event = try await seedDemo(app)
            let member = DemoData.people.first { $0.roles == [.member] && $0.language == .es }!

            // act
            let visitor: [PhoneBrowser.Step] = [
                SiteURL.home, .directory, .verify, .verifyNumber(.value("CERT-0000-0000-0000")), .events, .event(.value(event.id!)), .training, .contact,
                .forgotPassword, .signup,
            ].map { .open($0.path) } + [
                .submit(fill: ["email": "not an address"], formHolding: "email"), // the form again, with its errors
            ]
            let seat = try #require(try await Enrollment.query(on: app.db).filter(\.$status == .accepted).with(\.$user).all()
                .first { $0.user.email == member.email })
            let memberPages: [SiteURL] = [.profile, .registryMine, .trainingMine, .trainingPracticumLog(.value(seat.id!)), .trainingHours, .myEvents,
                                          .event(.value(event.id!)), .logout]
            let pages = try await PhoneBrowser.walk(app, visitor + signIn(member.email) + memberPages.map { .open($0.path) })

            // check
            try #require(pages.count == visitor.count + 2 + memberPages.count)
            #expect(pages[visitor.count - 1].text.contains(L10n.emailInvalid.text(.es)), "the sign-up form shows its errors")
            #expect(pages[visitor.count + 2].text.contains(member.email), "signed in, the profile shows the member's address")
            for page in pages { PhoneBrowser.expectFitsAPhone(page) }
        }
    }

    /// Staff check people in at the door and trainers take attendance on their phones; the rest
    /// of the staff pages get the same checks.
    @Test func everyPageStaffTrainersAndSupervisorsUseFitsAPhoneAndPassesWCAG22AA() async throws {
        try await withPuente { app in
            // setup
            let event = try await seedDemo(app)
            let entry = try #require(try await RegistryEntry.query(on: app.db).sort(\.$registryNumber).first())
            let session = try #require(try await TrainingSession.query(on: app.db).sort(\.$startsAt).first())
            let signOut = PhoneBrowser.Step.open(SiteURL.logout.path)
            let staffPages: [SiteURL] = [
                .staffRegistry, .staffRegistryNew, .staffRegistryEntry(.value(entry.id!)), .staffOrganizations, .staffRegistryImport,
                .staffEvents, .staffEventNew, .staffEvent(.value(event.id!)), .staffEventCheckIn(.value(event.id!)),
                .staffTraining, .trainingCohort(.value(session.$cohort.id)), .trainingAttendance(.value(session.id!)), .adminPeople, .auditLog,
            ]

            // act
            let pages = try await PhoneBrowser.walk(app,
                signIn(DemoData.people[0].email) + staffPages.map { .open($0.path) } + [signOut]
                + signIn("supervisor@demo.puente.example.org") + [.open(SiteURL.trainingSupervision.path)])

            // check
            try #require(pages.count == 2 + staffPages.count + 1 + 2 + 1)
            #expect(pages[2 + staffPages.count - 1].path == SiteURL.auditLog.path, "every staff page opened")
            for page in pages { PhoneBrowser.expectFitsAPhone(page) }
        }
    }

    /// Up to fifteen links would push a staff member's page down by most of a phone's screen;
    /// there they fold under "Menu", which one tap opens, while a desktop shows them all.
    @Test func theMenuFoldsOnAPhoneAndOpensWithOneTapButShowsOnADesktop() async throws {
        try await withPuente { app in
            // setup
            _ = try await DemoData.seed(app: app, password: password)
            let asAdmin = signIn(DemoData.people[0].email)

            // act
            let phone = try await PhoneBrowser.walk(app, asAdmin + [.open(SiteURL.staffEvents.path), .tap("header summary")])
            let desktop = try await PhoneBrowser.walk(app, on: .desktop, [.open(SiteURL.home.path)] + asAdmin + [.open(SiteURL.staffEvents.path)])

            // check
            try #require(phone.count == 4 && desktop.count == 4)
            let (folded, opened) = (phone[2], phone[3])
            #expect(folded.menuButtonVisible && folded.navLinksVisible == 0)
            #expect(folded.mainTop < 260, "the page starts near the top, at \(folded.mainTop) px")
            #expect(opened.navLinksVisible >= 15, "one tap shows every link: \(opened.navLinksVisible)")
            for page in phone { PhoneBrowser.expectFitsAPhone(page) }
            for page in desktop {
                #expect(!page.menuButtonVisible && page.navLinksVisible >= 8, "\(page.path) shows its links on a desktop")
                #expect(page.violations.isEmpty, "\(page.path): \(page.violations)")
            }
        }
    }

    /// What a form answers is a page too: errors, a confirmation, the next form.
    @Test func formsAndWhatTheyAnswerFitAPhoneAndPassWCAG22AA() async throws {
        try await withPuente { app in
            // setup
            _ = try await DemoData.seed(app: app, password: password)
            _ = try await EventsDemo.seed(app: app)
            let event = try #require(try await Event.query(on: app.db).filter(\.$title == EventsDemo.summitTitle).first())
            try await app.makeUser("nueva@example.org", name: "Nueva Persona", password: password, roles: [.member], language: .es)

            // act
            let pages = try await PhoneBrowser.walk(app, [
                .open(SiteURL.event(.value(event.id!)).path),
                .submit(fill: ["name": "Rosa Díaz"], formHolding: "email"), // no address: the form again, with its errors
                .submit(fill: ["email": "rosa.diaz@example.org"].merging(event.questions.filter(\.required).map {
                    (EventQuestion.field($0.id), $0.kind == .yesNo ? "no" : $0.choices.first ?? "una respuesta")
                }) { $1 }, formHolding: "email"),
            ] + signIn("nueva@example.org") + [
                .open(SiteURL.registryApply.path),
                .submit(fill: [:], formHolding: "given_name"), // the account's name and address: on to the languages
                .submit(fill: [:], formHolding: "languages[]"), // nothing chosen: the step again, with its error
                .submit(fill: ["languages[]": "es"], formHolding: "languages[]"),
                .tap("#field-counties summary"), // a region opens to show its counties
                .open(SiteURL.logout.path),
            ] + signIn(DemoData.people[0].email) + [
                .open(SiteURL.staffProgramNew.path),
                .open(SiteURL.staffTrainingCohorts.path),
                .open(SiteURL.staffEvent(.value(event.id!)).path),
            ])

            // check
            try #require(pages.count == 16)
            #expect(pages[1].text.contains(L10n.fieldRequired.text(.es)), "the registration form shows what is missing")
            #expect(try await EventRegistration.query(on: app.db).filter(\.$email == "rosa.diaz@example.org").count() == 1)
            #expect(pages[2].path.hasPrefix("/events/registrations/") && pages[2].text.contains(event.title(in: .es)), "the visitor lands on their registration")
            let (languages, places) = (pages[6].columns, pages[9].columns)
            #expect(languages["field-languages"] == 2 && places["field-counties"] == 2,
                    "long lists of short names stand in two columns: \(languages) \(places)")
            #expect(places["field-communities"] == 1, "longer names keep a line each")
            #expect(pages[7].path == SiteURL.registryApply.path && pages[7].text.contains(L10n.registryChooseLanguage.text(.es)),
                    "a step answers with its error")
            for page in pages { PhoneBrowser.expectFitsAPhone(page) }
        }
    }

    /// The "done when", in a browser: staff check a thousand rows with three bad ones and
    /// see exactly which, then commit a clean file with the button the check offers.
    @Test func staffImportACSVInABrowserAndSeeEveryBadLine() async throws {
        try await withPuente { app in
            // setup
            try await app.makeUser("staff@example.org", roles: [.staff], language: .es)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let (roster, clean) = (folder.appendingPathComponent("roster.csv"), folder.appendingPathComponent("clean.csv"))
            try RegistryCSV.rows(1000, bad: [
                99: "Ana,Soto,ana@example.org,chw,xx,06037,,yes,yes",
                499: "Bea,Ruiz,not-an-email,chw,es,06037,,yes,yes",
                899: "Cruz,Vega,c@example.org,chw,es,06037,,yes",
            ]).write(to: roster)
            try RegistryCSV.rows(12).write(to: clean)

            // act
            let pages = try await PhoneBrowser.walk(app, on: .desktop, [
                .open(SiteURL.login.path), .submit(fill: ["email": "staff@example.org", "password": "correct horse 1"], formHolding: "email"),
                .open(SiteURL.staffRegistryImport.path), .attach(roster, to: "file"), .submit(fill: [:], formHolding: "file"),
                .open(SiteURL.staffRegistryImport.path), .attach(clean, to: "file"), .submit(fill: [:], formHolding: "file"),
                .press("form[action$='/commit'] button"),
            ])

            // check
            try #require(pages.count == 9)
            let problems = pages[4].text
            #expect(problems.contains(L10n.importProblems.text(.es, ["count": "3"])), "\(problems.prefix(400))")
            // The problem table's rows, one a line, start with the CSV line they are about.
            let named = problems.split(separator: "\n").compactMap { $0.split(separator: "\t").first.flatMap { Int($0) } }
            #expect(named == [101, 501, 901], "exactly the three bad lines are named")
            #expect(pages[7].text.contains(L10n.importReady.text(.es, ["count": "12"])), "\(pages[7].text.prefix(300))")
            #expect(try await RegistryEntry.query(on: app.db).count() == 12, "the commit saved every clean row")
            for page in pages { #expect(page.violations.isEmpty, "\(page.path): \(page.violations)") }
        }
    }

    /// The whole demo program (`puente seed-demo`); answers its summit, an event with questions.
    private func seedDemo(_ app: Application) async throws -> Event {
        _ = try await DemoData.seed(app: app, password: password)
        _ = try await RegistryDemo.seed(app: app)
        _ = try await TrainingDemo.seed(app: app, password: password)
        _ = try await EventsDemo.seed(app: app)
        return try #require(try await Event.query(on: app.db).filter(\.$title == EventsDemo.summitTitle).first())
    }

    private let password = "demo password 1"

    private func signIn(_ email: String) -> [PhoneBrowser.Step] {
        PhoneBrowser.signIn(email, password: password)
    }

}
