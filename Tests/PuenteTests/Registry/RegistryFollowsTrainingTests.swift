// The registry follows training: a core certificate meets the entry's training requirement and
// (under `approve`) activates a waiting application; approving someone mid-course needs a reason.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct RegistryFollowsTrainingTests {
    /// A trainee with a waiting registry application who has done everything the course asks.
    func finishedTrainee(_ app: Application) async throws -> (Enrollment, RegistryEntry) {
        let supervisor = try await app.makeUser("super@example.org", roles: [.supervisor])
        let cohort = try await app.makeCohort(name: "Fresno spring group")
        let (user, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
        let entry = try await app.makeEntry(given: "Rosa", family: "Díaz", status: .applied)
        entry.$user.id = user.id
        entry.email = user.email
        try await entry.save(on: app.db)
        try await app.markAll(cohort, for: enrollment)
        try await app.trainingService.place(enrollment, site: "Clínica del Valle", supervisor: supervisor)
        try await app.logApprovedPracticum(enrollment, supervisor: supervisor)
        return (enrollment, entry)
    }

    @Test func underReviewACertificateLeavesTheApplicationForStaffMarkedAsMeetingTheRequirement() async throws {
        try await withPuente { app in
            let (enrollment, entry) = try await finishedTrainee(app)
            let credential = try await app.trainingService.issueCertificate(enrollment)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.status == .applied)
            let training = try await RegistryTraining.of(entry, today: app.config.dateFormatting.isoDay(Date()), on: app.db)
            #expect(training.certificate == credential.number)

            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let page = try await staff.get(SiteURL.staffRegistryEntry(.value(entry.id!)).path).body.string
            #expect(page.contains("Training requirement met: certificate \(credential.number)"))
            #expect(try await staff.get("/").body.string.contains("Registry applications to review (1)"))
        }
    }

    @Test func underApproveACertificateActivatesTheWaitingApplicationWithAReason() async throws {
        try await withPuente({ $0.registryOnCompletion = .approve }) { app in
            let (enrollment, entry) = try await finishedTrainee(app)
            let credential = try await app.trainingService.issueCertificate(enrollment)
            let active = try #require(try await RegistryEntry.find(entry.id, on: app.db))
            #expect(active.status == .active)
            let change = try #require(try await RegistryStatusChange.query(on: app.db).filter(\.$entry.$id == entry.id!)
                .sort(\.$changedAt, .descending).first())
            #expect(change.toStatus == "active")
            #expect(change.reason?.contains(credential.number) == true)
            #expect(try await app.outbox().contains { $0.recipient == "rosa@example.org" && $0.subject == L10n.registryEmailApprovedSubject.text(.en) })
        }
        #expect(try AppConfig.fromEnvironment(["PUENTE_REGISTRY_ON_COMPLETION": "approve"]).registryOnCompletion == .approve)
        #expect(throws: AppConfig.ConfigError.self) { try AppConfig.fromEnvironment(["PUENTE_REGISTRY_ON_COMPLETION": "sometimes"]) }
    }

    @Test func approvingSomeoneStillInTheCourseIsWarnedAndNeedsAReason() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(name: "Fresno spring group")
            let (user, _) = try await app.enroll("rosa@example.org", in: cohort)
            let entry = try await app.makeEntry(given: "Rosa", family: "Díaz", status: .applied)
            entry.$user.id = user.id
            try await entry.save(on: app.db)
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let path = SiteURL.staffRegistryEntry(.value(entry.id!)).path
            #expect(try await staff.get(path).body.string.contains("Still in the core course (Fresno spring group)"))

            let bare = try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path, [("status", "active"), ("reason", "")])
            #expect(bare.status == .unprocessableEntity)
            #expect(bare.body.string.contains("has not finished the core course"))
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.status == .applied)

            let reasoned = try await staff.post(SiteURL.staffRegistryStatus(.value(entry.id!)).path,
                                                [("status", "active"), ("reason", "Certified by another state; the course is for CE.")])
            #expect(reasoned.status == .seeOther)
            #expect(try await RegistryEntry.find(entry.id, on: app.db)?.status == .active)
        }
    }
}
