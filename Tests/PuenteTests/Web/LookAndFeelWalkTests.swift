// Issue 20's promises in a real browser: status panels that differ at a glance, homes with a
// job, and a destructive action that asks first. The same walks make docs/screenshots/ when
// `scripts/screenshots` sets PUENTE_SCREENSHOTS: a phone in Spanish, a desktop in English.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite(.enabled(if: PhoneBrowser.isAvailable, "needs Chromium, chromedriver and Selenium (make test installs them)"))
struct LookAndFeelWalkTests {
    private let password = "demo password 1"

    /// The demo, and one certificate of each status verification can give.
    private func seed(_ app: Application) async throws -> (valid: String, expired: String, revoked: String, event: UUID) {
        _ = try await DemoData.seed(app: app, password: password)
        _ = try await RegistryDemo.seed(app: app, count: 60)
        _ = try await TrainingDemo.seed(app: app, password: password)
        _ = try await EventsDemo.seed(app: app)
        let today = app.config.dateFormatting.isoDay(Date())
        let credentials = try await Credential.query(on: app.db).all()
        func number(_ status: Credential.Status) throws -> String {
            try #require(credentials.first { $0.status(today: today) == status }?.number)
        }
        let event = try #require(try await Event.query(on: app.db).filter(\.$title == EventsDemo.summitTitle).first())
        return (try number(.valid), try number(.expired), try number(.revoked), event.id!)
    }

    private func tour(_ seeded: (valid: String, expired: String, revoked: String, event: UUID), language: Language,
                      screen: PhoneBrowser.Screen) -> [PhoneBrowser.Step] {
        let name = "\(screen.rawValue)-\(language.rawValue)"
        return [
            .open(SiteURL.home.path(query: ["lang": language.rawValue])), .capture("home-visitor-\(name)"),
            .open(SiteURL.verifyNumber(.value(seeded.valid)).path), .capture("verify-valid-\(name)"),
            .open(SiteURL.verifyNumber(.value(seeded.expired)).path), .capture("verify-expired-\(name)"),
            .open(SiteURL.verifyNumber(.value(seeded.revoked)).path), .capture("verify-revoked-\(name)"),
            .open(SiteURL.event(.value(seeded.event)).path), .capture("event-\(name)"),
            .open(SiteURL.directory.path + "#county-map"), .capture("directory-\(name)"),
            .open(SiteURL.login.path),
            .submit(fill: ["email": TrainingDemo.trainees[0].email, "password": password], formHolding: "email"),
            .open(SiteURL.home.path), .capture("home-account-\(name)"),
            .open(SiteURL.trainingMine.path), .capture("training-me-\(name)"),
        ]
    }

    @Test func onAPhoneInSpanishStatusIsVisibleHomesHaveAJobAndWithdrawingAsksFirst() async throws {
        try await withPuente { app in
            let seeded = try await seed(app)
            let pages = try await PhoneBrowser.walk(app, tour(seeded, language: .es, screen: .phone) + [
                .press("main form button.button-warning"), .capture("confirm-withdraw-phone-es"),
            ])
            try #require(pages.count == 11)
            let (home, valid, expired, revoked) = (pages[0], pages[1], pages[2], pages[3])
            #expect(home.text.contains(L10n.homeTaskVerify.text(.es)) && home.text.contains(L10n.homeTaskFind.text(.es)))
            #expect(valid.panelClass == "panel panel-success" && expired.panelClass == "panel panel-warning"
                    && revoked.panelClass == "panel panel-danger")
            let colors = Set([valid.panelColor, expired.panelColor, revoked.panelColor].compactMap { $0 })
            #expect(colors.count == 3, "valid, expired and revoked look different: \(colors)")
            #expect(pages[5].text.contains(L10n.directoryMapTitle.text(.es)), "the directory shows its county map")
            #expect(pages[8].text.contains(L10n.homeNextStep.text(.es)), "the signed-in home has a next step")
            #expect(pages[9].text.contains(L10n.progressClassroom.text(.es)))
            let confirm = pages[10]
            #expect(confirm.title.hasPrefix(L10n.confirmWithdrawHeading.text(.es)))
            #expect(confirm.warningButtons == 1)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == TrainingDemo.trainees[0].email).first())
            #expect(try await Enrollment.query(on: app.db).filter(\.$user.$id == user.id!).filter(\.$status == .accepted).count() == 1,
                    "nothing changes before the confirmation")
            for page in pages {
                #expect(page.lang == "es" && !page.text.contains(L10n.inEnglish.text(.es)), "\(page.path) shows no English staff content")
                #expect(page.viewport == 360 && page.overflow <= 0, "\(page.path) fits the phone")
                #expect(page.scripts == 0 && page.violations.isEmpty, "\(page.path): \(page.violations)")
            }
        }
    }

    @Test func onADesktopInEnglishTheSamePagesPassAxe() async throws {
        try await withPuente { app in
            let seeded = try await seed(app)
            let pages = try await PhoneBrowser.walk(app, on: .desktop, tour(seeded, language: .en, screen: .desktop))
            try #require(pages.count == 10)
            #expect(pages.allSatisfy { $0.lang == "en" })
            #expect(pages[1].panelColor != pages[2].panelColor)
            #expect(pages[5].text.contains(L10n.directoryMapTitle.text(.en)))
            for page in pages { #expect(page.violations.isEmpty, "\(page.path): \(page.violations)") }
        }
    }
}
