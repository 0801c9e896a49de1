// Destructive actions ask first: the first post answers a page that says what will happen and
// changes nothing; only its warning button, posting `confirmed=yes`, acts.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct ConfirmationTests {
    /// The confirmation page, with its warning button and a way back, and nothing written yet.
    func expectConfirmation(_ response: TestingHTTPResponse, says words: String, back: String) {
        let html = response.body.string
        #expect(response.status == .ok)
        #expect(html.contains(words), "the page says what happens: \(words)")
        #expect(html.contains("class=\"button button-warning\""))
        #expect(html.contains("<input type=\"hidden\" name=\"confirmed\" value=\"yes\">"))
        #expect(html.contains("href=\"\(back)\" class=\"button button-secondary\""))
    }

    @Test func aTraineeWithdrawsOnlyAfterConfirming() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(name: "Fresno spring group")
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let first = try await browser.post(SiteURL.trainingEnrollmentAction(.value(enrollment.id!)).path, [("action", "withdraw")])
            expectConfirmation(first, says: "Fresno spring group", back: SiteURL.trainingMine.path)
            #expect(try await Enrollment.find(enrollment.id, on: app.db)?.status == .accepted)

            #expect(try await browser.confirm(first).status == .seeOther)
            #expect(try await Enrollment.find(enrollment.id, on: app.db)?.status == .withdrawn)
        }
    }

    @Test func staffWithdrawATraineeFromTheRosterOnlyAfterConfirming() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort()
            let (_, enrollment) = try await app.enroll("rosa@example.org", name: "Rosa Elena Díaz", in: cohort)
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let first = try await staff.post(SiteURL.trainingCohortDecision(.value(cohort.id!)).path,
                                             [("enrollment", enrollment.id!.uuidString), ("action", "withdraw")])
            expectConfirmation(first, says: "Rosa Elena Díaz", back: SiteURL.trainingCohort(.value(cohort.id!)).path)
            #expect(try await Enrollment.find(enrollment.id, on: app.db)?.status == .accepted)
            _ = try await staff.confirm(first)
            #expect(try await Enrollment.find(enrollment.id, on: app.db)?.status == .withdrawn)
        }
    }

    @Test func aRegistrantCancelsOnlyAfterConfirmingAndTheSeatIsKeptUntilThen() async throws {
        try await withPuente { app in
            let staff = try await app.makeUser("organizer@example.org", roles: [.staff])
            let input = EventInput(title: "Policy committee", start: Date().addingTimeInterval(5 * 86400),
                                   end: Date().addingTimeInterval(5 * 86400 + 5400), timeZone: "America/Los_Angeles")
            let event = try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: staff)
            let registration = try await app.eventRegistrations.register(event, name: "Ana Ruiz", email: "ana@example.org", user: nil, roles: [])
            let visitor = Browser(app)
            let page = SiteURL.eventRegistration(.value(registration.token)).path
            _ = try await visitor.get(page)
            let first = try await visitor.post(page, [])
            expectConfirmation(first, says: "Policy committee", back: page)
            #expect(try await EventRegistration.find(registration.id, on: app.db)?.status == .confirmed)
            _ = try await visitor.confirm(first)
            #expect(try await EventRegistration.find(registration.id, on: app.db)?.status == .cancelled)
        }
    }

    @Test func staffCancelAnEventOnlyAfterBeingToldWhoIsEmailed() async throws {
        try await withPuente { app in
            let organizer = try await app.makeUser("staff@example.org", roles: [.staff])
            let input = EventInput(title: "Webinar on CalAIM", start: Date().addingTimeInterval(5 * 86400),
                                   end: Date().addingTimeInterval(5 * 86400 + 3600), timeZone: "America/Los_Angeles")
            let event = try await EventService(db: app.db, config: app.config, actor: .system).create(input, organizer: organizer)
            _ = try await app.eventRegistrations.register(event, name: "Ana Ruiz", email: "ana@example.org", user: nil, roles: [])
            _ = try await app.eventRegistrations.register(event, name: "Bao Tran", email: "bao@example.org", user: nil, roles: [])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let sent = try await app.outbox().count
            let first = try await staff.post(SiteURL.staffEventCancel(.value(event.id!)).path, [])
            expectConfirmation(first, says: "(2)", back: SiteURL.staffEvent(.value(event.id!)).path)
            #expect(try await Event.find(event.id, on: app.db)?.status == .scheduled)
            #expect(try await app.outbox().count == sent)
            _ = try await staff.confirm(first)
            #expect(try await Event.find(event.id, on: app.db)?.status == .cancelled)
            #expect(try await app.outbox().count == sent + 2)
        }
    }

    @Test func suspendingAndRevokingAskFirstAndCarryTheReasonThrough() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry(given: "Jasmine", family: "Carter")
            let credential = try await app.makeCredential(for: entry, expiresOn: "2099-01-01")
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let back = SiteURL.staffRegistryEntry(.value(entry.id!)).path

            let suspend = try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path,
                                               [("status", "suspended"), ("reason", "Complaint under review & \"pending\"")])
            expectConfirmation(suspend, says: "Jasmine Carter", back: back)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.status == .active)
            _ = try await staff.confirm(suspend)
            let suspended = try #require(try await RegistryEntry.find(entry.id, on: app.db))
            #expect(suspended.status == .suspended)
            #expect(suspended.statusReason == "Complaint under review & \"pending\"") // escaped in the page, intact in the record

            let revoke = try await staff.post(SiteURL.staffCredentialRevoke(.value(credential.id!)).path, [("reason", "Issued in error")])
            expectConfirmation(revoke, says: "Issued in error", back: back)
            #expect(try await Credential.find(credential.id, on: app.db)?.revokedAt == nil)
            _ = try await staff.confirm(revoke)
            #expect(try await Credential.find(credential.id, on: app.db)?.revokedReason == "Issued in error")
        }
    }

    @Test func approvingAndRequestingChangesNeedNoConfirmation() async throws {
        try await withPuente { app in
            let entry = try await app.makeEntry(status: .applied)
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let response = try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path,
                                                 [("status", "changes_requested"), ("reason", "Please add your county.")])
            #expect(response.status == .seeOther)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.status == .changesRequested)
        }
    }
}
