// Applying to the registry and staff review: what is stored, who is told, what the public sees.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct RegistryApplicationTests {
    /// A complete application form.
    func form(phone: String = "601-555-0123", languages: [String] = ["es", "en"], counties: [String] = ["06037"],
              notes: String? = nil) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("given_name", "María Elena"), ("family_name", "Cruz"), ("email", ""), ("phone", phone),
            ("worker_type", "promotora"), ("preferred_contact", "text"),
            ("listed", "on"), ("show_languages", "on"), ("show_counties", "on"), ("communities[]", "farmworker"),
        ]
        fields += languages.map { ("languages[]", $0) }
        fields += counties.map { ("counties[]", $0) }
        if let notes { fields.append(("notes", notes)) }
        return fields
    }

    func signedInMember(_ app: Application, language: Language = .es) async throws -> Browser {
        try await app.makeUser("maria@example.org", name: "María Elena Cruz", language: language)
        let browser = Browser(app)
        try await browser.signIn("maria@example.org")
        return browser
    }

    func signedInStaff(_ app: Application) async throws -> Browser {
        try await app.makeUser("staff@example.org", name: "Rosa Staff", roles: [.staff])
        let browser = Browser(app)
        try await browser.signIn("staff@example.org")
        return browser
    }

    @Test func memberAppliesAndGetsANumberAndASpanishConfirmation() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            let page = try await member.get(SiteURL.registryApply.path)
            #expect(page.body.string.contains("No hay cuotas ni pagos"))

            let response = try await member.post(SiteURL.registryApply.path, form())
            #expect(response.status == .seeOther)
            let entry = try #require(try await RegistryEntry.query(on: app.db).with(\.$languages).with(\.$counties).first())
            #expect(entry.status == .applied)
            #expect(entry.registryNumber.hasPrefix("CHW-"))
            #expect(entry.email == "maria@example.org")
            #expect(Set(entry.languages.map(\.code)) == ["es", "en"])
            #expect(entry.counties.map(\.fips) == ["06037"])
            #expect(try await app.auditEvents(.registryCreate).count == 1)
            #expect(try await RegistryStatusChange.query(on: app.db).count() == 1)

            let mail = try #require(try await app.outbox().last)
            #expect(mail.recipient == "maria@example.org")
            #expect(ReceivedMail(mail.raw).text.contains("Su número de registro es \(entry.registryNumber)"))
            // Not public until approved.
            #expect(try await Directory.search(.init(), on: app.db).items.isEmpty)
            let mine = try await member.get(SiteURL.registryMine.path)
            #expect(mine.body.string.contains(entry.registryNumber))
            #expect(mine.body.string.contains("Solicitud recibida"))
        }
    }

    @Test func badApplicationsAreRefusedAndNothingIsWritten() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app, language: .en)
            let cases: [([(String, String)], String)] = [
                (form(phone: "123-45-6789"), "looks like a Social Security number"),
                (form(languages: ["xx"]), "A language is not on the list"),
                (form(languages: []), "Choose at least one language."),
                (form(counties: ["99999"]), "A county is not on the program's list"),
                (form(counties: []), "Choose at least one county."),
            ]
            for (fields, message) in cases {
                let response = try await member.post(SiteURL.registryApply.path, fields)
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(Escape.text(message)), "\(message)")
            }
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
            #expect(try await app.outbox().isEmpty)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action ~~ ["registry.create"]).count() == 0)
        }
    }

    @Test func anUnconfirmedEmailAddressCannotApplyUntilItIsConfirmed() async throws {
        try await withPuente { app in
            let user = try await app.makeUser("maria@example.org", name: "María Elena Cruz", language: .en, verified: false)
            let member = Browser(app)
            try await member.signIn("maria@example.org")
            let page = try await member.get(SiteURL.registryApply.path)
            #expect(page.status == .forbidden)
            #expect(page.body.string.contains("confirm your email address"))
            #expect(!page.body.string.contains("name=\"given_name\""))
            let mailBefore = try await app.outbox().count
            let refused = try await member.post(SiteURL.registryApply.path, form())
            #expect(refused.status == .forbidden)
            let step = try await member.post(SiteURL.registryApply.path, form() + [("step", "about"), ("go", "next")])
            #expect(step.status == .forbidden && !step.body.string.contains("name=\"languages[]\""), "no step before confirming either")
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
            #expect(try await app.outbox().count == mailBefore)

            user.emailVerifiedAt = Date()
            try await user.save(on: app.db)
            #expect(try await member.post(SiteURL.registryApply.path, form()).status == .seeOther)
            #expect(try await RegistryEntry.query(on: app.db).count() == 1)
        }
    }

    @Test func aSecondApplicationIsNotCreated() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            try await member.post(SiteURL.registryApply.path, form())
            let again = try await member.post(SiteURL.registryApply.path, form())
            #expect(again.status == .seeOther)
            #expect(try await RegistryEntry.query(on: app.db).count() == 1)
        }
    }

    @Test func staffApproveAndThePersonAppearsInTheDirectory() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            try await member.post(SiteURL.registryApply.path, form())
            let entry = try #require(try await RegistryEntry.query(on: app.db).first())

            let staff = try await signedInStaff(app)
            let review = try await staff.get(SiteURL.staffRegistryEntry(.value(entry.id!)).path)
            #expect(review.body.string.contains("Approve"))
            let approved = try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path, [("status", "active"), ("reason", "")])
            #expect(approved.status == .seeOther)

            let saved = try #require(try await RegistryEntry.find(entry.id, on: app.db))
            #expect(saved.status == .active)
            #expect(try await RegistryStatusChange.query(on: app.db).count() == 2)
            let audit = try await app.auditEvents(.registryStatus)
            #expect(audit.first?.summary == "applied → active")
            #expect(audit.first?.actorEmail == "staff@example.org")
            let mail = try #require(try await app.outbox().last)
            #expect(ReceivedMail(mail.raw).text.contains("Su registro \(entry.registryNumber) está activo"))
            let directory = try await Browser(app).get("/directory?language=es&county=06037")
            #expect(cards(directory.body.string).contains("María Elena Cruz"))
        }
    }

    @Test func requestedChangesCarryAReasonAndTheMemberResubmits() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            try await member.post(SiteURL.registryApply.path, form())
            let entry = try #require(try await RegistryEntry.query(on: app.db).first())
            let staff = try await signedInStaff(app)
            try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path,
                                 [("status", "changes_requested"), ("reason", "Please add the county where you work.")])

            let mail = try #require(try await app.outbox().last)
            #expect(ReceivedMail(mail.raw).text.contains("Please add the county where you work."))
            let sent = try await app.outbox().count
            try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path, // the same form twice: a double submit
                                 [("status", "changes_requested"), ("reason", "Please add the county where you work.")])
            #expect(try await app.outbox().count == sent)
            #expect(try await RegistryStatusChange.query(on: app.db).filter(\.$entry.$id == entry.id!).count() == 2) // applied, changes requested
            let mine = try await member.get(SiteURL.registryMine.path)
            #expect(mine.body.string.contains("Please add the county where you work."))

            try await member.post(SiteURL.registryMine.path, form(counties: ["06037", "06073"]))
            let saved = try #require(try await RegistryEntry.find(entry.id, on: app.db))
            #expect(saved.status == .applied)
            #expect(saved.statusReason == nil)
            #expect(try await app.auditEvents(.registryUpdate).first?.summary.contains("counties") == true)
        }
    }

    @Test func onceApprovedTheNameIsStaffsToChangeWhatCertificatesShow() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app, language: .en)
            try await member.post(SiteURL.registryApply.path, form())
            let entry = try #require(try await RegistryEntry.query(on: app.db).first())
            // Before a decision the applicant may still correct their name.
            var corrected = form()
            corrected[0] = ("given_name", "María Elena Luisa")
            try await member.post(SiteURL.registryMine.path, corrected)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.givenName == "María Elena Luisa")

            let staff = try await signedInStaff(app)
            try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path, [("status", "active"), ("reason", "")])
            let credential = try await app.makeCredential(for: try #require(try await RegistryEntry.find(entry.id, on: app.db)))
            let page = try await member.get(SiteURL.registryMine.path).body.string
            #expect(page.contains("readonly"))
            #expect(page.contains("To change your name, write to the program staff"))

            // A tampered form that renames the holder is refused, and nothing else in it is saved.
            var renamed = form(phone: "601-555-0199")
            renamed[0] = ("given_name", "Someone")
            renamed[1] = ("family_name", "Else")
            let refused = try await member.post(SiteURL.registryMine.path, renamed)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("program staff change it"))
            let kept = try #require(try await RegistryEntry.find(entry.id, on: app.db))
            #expect(kept.fullName == "María Elena Luisa Cruz")
            #expect(kept.phone == "601-555-0123")
            #expect(try await Verification.certificate(credential.number, today: "2026-12-02", on: app.db)?.holder == "María Elena Luisa Cruz")

            // The rest of the entry stays the member's; staff can still change the name.
            corrected = form(phone: "601-555-0199")
            corrected[0] = ("given_name", "María Elena Luisa")
            #expect(try await member.post(SiteURL.registryMine.path, corrected).status == .seeOther)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.phone == "601-555-0199")
            let current = try #require(try await RegistryEntry.query(on: app.db).filter(\.$id == entry.id!)
                .with(\.$languages).with(\.$counties).with(\.$communities).first())
            var byStaff = RegistryEntryInput(current)
            byStaff.familyName = "Cruz Ortega"
            try await RegistryService(db: app.db, config: app.config, actor: .system).update(current, byStaff, byStaff: true)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.familyName == "Cruz Ortega")
        }
    }

    @Test func decliningWithoutAReasonChangesNothing() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            try await member.post(SiteURL.registryApply.path, form())
            let entry = try #require(try await RegistryEntry.query(on: app.db).first())
            let mailBefore = try await app.outbox().count
            let staff = try await signedInStaff(app)
            let response = try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path, [("status", "declined"), ("reason", " ")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Write a reason the person will understand."))
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.status == .applied)
            #expect(try await app.outbox().count == mailBefore)
        }
    }

    @Test func staffAddPeopleDirectlyButNotCardNumbersInNotes() async throws {
        try await withPuente { app in
            let staff = try await signedInStaff(app)
            let refused = try await staff.post(SiteURL.staffRegistryNew.path, form(notes: "Paid with 4111 1111 1111 1111"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("looks like a payment card number"))
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)

            let created = try await staff.post(SiteURL.staffRegistryNew.path, form(notes: "Met at the Biloxi summit"))
            #expect(created.status == .seeOther)
            let entry = try #require(try await RegistryEntry.query(on: app.db).first())
            #expect(entry.status == .active)
            #expect(entry.notes == "Met at the Biloxi summit")
            #expect(entry.$user.id == nil)
            let list = try await staff.get(SiteURL.staffRegistry.path + "?q=cruz")
            #expect(list.body.string.contains(entry.registryNumber))
        }
    }

    @Test func membersCannotReachStaffPages() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            try await member.post(SiteURL.registryApply.path, form())
            let entry = try #require(try await RegistryEntry.query(on: app.db).first())
            #expect(try await member.get(SiteURL.staffRegistry.path).status == .forbidden)
            #expect(try await member.get(SiteURL.staffRegistryEntry(.value(entry.id!)).path).status == .forbidden)
            let selfApprove = try await member.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path, [("status", "active")])
            #expect(selfApprove.status == .forbidden)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.status == .applied)
        }
    }

    @Test func visitorsAreSentToSignInAndCannotApply() async throws {
        try await withPuente { app in
            let visitor = Browser(app)
            for path in [SiteURL.registryApply.path, SiteURL.registryMine.path] {
                let page = try await visitor.get(path)
                #expect(page.status == .seeOther)
                #expect(page.location?.hasPrefix("/login?next=") == true)
            }
            let post = try await visitor.post(SiteURL.registryApply.path, form())
            #expect(post.status == .seeOther)
            #expect(post.location?.hasPrefix("/login") == true)
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func myEntryStartsWithWhereItStandsWhatHappensNextAndASummaryWhoseChangeLinksReachTheirFields() async throws {
        try await withPuente { app in
            let member = try await signedInMember(app)
            try await member.post(SiteURL.registryApply.path, form())
            let html = try await member.get(SiteURL.registryMine.path).body.string
            #expect(html.contains("<div class=\"panel panel-info\">"))
            #expect(html.contains(L10n.registryNextApplied.text(.es)))
            for field in ["given_name", "worker_type", "languages", "counties", "consent"] {
                #expect(html.contains("<dd class=\"summary-action\"><a href=\"#field-\(field)\">"), "\(field) has a Change link")
                #expect(html.contains("id=\"field-\(field)\""), "\(field)'s Change link has somewhere to land")
            }
            let languages = ["en", "es"].compactMap { SpokenLanguages.named($0)?.name(in: .es) }.joined(separator: ", ")
            #expect(html.contains("<dd>\(languages)</dd>"), "the summary names the languages in the reader's language, as stored")
            let panel = try #require(html.range(of: "panel-info"))
            let form = try #require(html.range(of: "<form method=\"post\" action=\"\(SiteURL.registryMine.path)\""))
            #expect(panel.lowerBound < form.lowerBound, "the answer comes before the form")
        }
    }
}
