// The registry application in steps: one short page at a time, "check your answers" with a
// "Change" for each step, and nothing written until the person sends it.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct RegistryApplicationStepsTests {
    func signedInMember(_ app: Application) async throws -> Browser {
        try await app.makeUser("maria@example.org", name: "María Elena Cruz", language: .es)
        let browser = Browser(app)
        try await browser.signIn("maria@example.org")
        return browser
    }

    let next = ("go", "next")

    @Test func fourShortStepsThenCheckYourAnswersAndNothingIsWrittenUntilItIsSent() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            let mailBefore = try await app.outbox().count
            let about = try await member.get(SiteURL.registryApply.path)
            let first = about.body.string
            #expect(first.contains("Paso 1 de 4") && first.contains("Sus datos"))
            #expect(first.contains(#"name="given_name" value="María""#), "the account's name is filled in")
            #expect(!first.contains(#"name="languages[]""#) && !first.contains(#"name="counties[]""#), "one step at a time")

            let languages = try await member.submit(about, [("phone", "601-555-0123"), ("worker_type", "promotora"),
                                                            ("preferred_contact", "text")], pressing: next)
            #expect(languages.status == .ok)
            #expect(languages.body.string.contains("Paso 2 de 4"))
            #expect(languages.body.string.contains(#"<input type="hidden" name="phone" value="601-555-0123">"#), "step 1 rides along")
            // The common languages first; the rest folded behind "more", closed while none is chosen.
            let languagesHTML = languages.body.string
            let spanishBox = try #require(languagesHTML.range(of: #"value="es""#)), moreFold = try #require(languagesHTML.range(of: "Más idiomas ("))
            #expect(spanishBox.lowerBound < moreFold.lowerBound)
            #expect(languagesHTML.contains(#"<details class="more">"#))

            let places = try await member.submit(languages, [("languages[]", "es"), ("languages[]", "mix")], pressing: next)
            #expect(places.body.string.contains("Paso 3 de 4"))
            #expect(places.body.string.contains("Sur de California"), "counties come in the state's regions")
            // Back, unchecked: the fold holding the chosen Mixtec opens by itself.
            let backAgain = try await member.submit(places, [], pressing: ("go", "back"))
            #expect(backAgain.body.string.contains("Paso 2 de 4"))
            #expect(backAgain.body.string.contains(#"<details class="more" open>"#))
            let placesAgain = try await member.submit(backAgain, [("languages[]", "es"), ("languages[]", "mix")], pressing: next)

            let directory = try await member.submit(placesAgain, [("counties[]", "06037"), ("communities[]", "farmworker")], pressing: next)
            #expect(directory.body.string.contains("Paso 4 de 4"))
            let check = try await member.submit(directory, [("listed", "on"), ("show_languages", "on")], pressing: next)
            let summary = check.body.string
            #expect(check.status == .ok)
            #expect(summary.contains("Revise sus respuestas"))
            #expect(summary.contains("español, mixteco") && summary.contains("Los Angeles") && summary.contains("601-555-0123"))
            #expect(summary.contains(#"name="go" value="languages""#), "each step has its Change button")
            #expect(try await RegistryEntry.query(on: app.db).count() == 0, "nothing is written before sending")
            #expect(try await app.outbox().count == mailBefore)

            // Change the languages: the step remembers it came from the check, and goes back there.
            let change = try await member.submit(check, [], pressing: ("go", "languages"))
            #expect(change.body.string.contains("Paso 2 de 4") && change.body.string.contains(#"name="checking" value="1""#))
            let rechecked = try await member.submit(change, [("languages[]", "en")], pressing: next)
            #expect(rechecked.body.string.contains("Revise sus respuestas") && rechecked.body.string.contains("inglés"))
            #expect(!rechecked.body.string.contains("mixteco"))

            let sent = try await member.submit(rechecked, [], pressing: ("go", "submit"))
            #expect(sent.status == .seeOther)
            let entry = try #require(try await RegistryEntry.query(on: app.db).with(\.$languages).with(\.$counties).with(\.$communities).first())
            #expect(entry.languages.map(\.code) == ["en"])
            #expect(entry.counties.map(\.fips) == ["06037"] && entry.communities.map(\.code) == ["farmworker"])
            #expect(entry.phone == "601-555-0123" && entry.workerType == .promotora && entry.preferredContact == "text")
            #expect(entry.listedInDirectory && entry.showLanguages && !entry.showCounties && !entry.showContact)
            #expect(try await RegistryEntry.query(on: app.db).count() == 1)
        }
    }

    @Test func aStepShowsOnlyItsOwnProblemsAndASentApplicationWithOneReturnsToItsStep() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            let about = try await member.get(SiteURL.registryApply.path)
            let refused = try await member.submit(about, [("phone", "123-45-6789")], pressing: next)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Paso 1 de 4") && refused.body.string.contains("número de Seguro Social"))

            let languages = try await member.submit(refused, [("phone", "601-555-0123")], pressing: next)
            let noLanguage = try await member.submit(languages, [], pressing: next)
            #expect(noLanguage.status == .unprocessableEntity)
            #expect(noLanguage.body.string.contains(Escape.text(L10n.registryChooseLanguage.text(.es))))
            #expect(!noLanguage.body.string.contains(Escape.text(L10n.registryChooseCounty.text(.es))), "later steps are not judged yet")

            // A tampered county code carried to the end: sending refuses it on the county step.
            let (action, hidden) = try Browser.firstForm(in: noLanguage.body.string)
            let tampered = hidden.filter { $0.0 != "step" } + [("step", "check"), ("languages[]", "es"), ("counties[]", "99999"),
                                                                ("go", "submit")]
            let sent = try await member.post(action, tampered)
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.string.contains("Paso 3 de 4") && sent.body.string.contains(#"name="checking" value="1""#))
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func someoneWhoAlreadyAppliedIsSentToTheirEntryFromAnyStep() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            let about = try await member.get(SiteURL.registryApply.path)
            try await member.post(SiteURL.registryApply.path, [
                ("given_name", "María Elena"), ("family_name", "Cruz"), ("worker_type", "promotora"), ("preferred_contact", "email"),
                ("languages[]", "es"), ("counties[]", "06037"),
            ])
            let step = try await member.submit(about, [], pressing: next)
            #expect(step.status == .seeOther && step.headers.first(name: .location) == SiteURL.registryMine.path)
        }
    }
}
