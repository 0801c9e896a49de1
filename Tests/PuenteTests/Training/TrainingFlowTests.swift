// The "done when": a trainee is marked present, logs practicum hours a supervisor
// approves, reaches 80 + 80, gets a certificate PDF whose QR code opens a page that says
// valid, the registry shows the credential, and the benefit rule shows them eligible.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct TrainingFlowTests {
    @Test(.enabled(if: ExternalTool.pdfToolsAvailable, "needs pdftotext, pdftoppm and zbarimg (CI installs them)"))
    func traineeReachesACertificateThatVerifies() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", name: "Staff Person", roles: [.staff])
            try await app.makeUser("trainer@example.org", name: "Lucía Trainer", roles: [.trainer])
            let supervisor = try await app.makeUser("super@example.org", name: "Sam Supervisor", roles: [.supervisor])
            let cohort = try await app.makeCohort()
            try await app.trainingService.addTrainer(try #require(try await User.query(on: app.db).filter(\.$email == "trainer@example.org").first()), to: cohort)

            // The member applies from the public schedule, which says the course is free.
            let member = try await app.makeUser("rosa@example.org", name: "Rosa Elena Díaz")
            let trainee = Browser(app)
            try await trainee.signIn("rosa@example.org")
            let schedule = try await trainee.get("/training")
            #expect(schedule.body.string.contains("Training is free"))
            #expect(schedule.body.string.contains("Spring group"))
            #expect(try await trainee.post(SiteURL.trainingApply(.value(cohort.id!)).path, []).status == .seeOther)
            let enrollment = try #require(try await Enrollment.query(on: app.db).filter(\.$user.$id == member.id!).first())
            #expect(enrollment.status == .applied)

            // The trainer accepts and marks the first session on the attendance page.
            let trainer = Browser(app)
            try await trainer.signIn("trainer@example.org")
            #expect(try await trainer.post(SiteURL.trainingCohortDecision(.value(cohort.id!)).path,
                                           [("enrollment", enrollment.id!.uuidString), ("action", "accept")]).status == .seeOther)
            let sessions = try await TrainingSession.query(on: app.db).filter(\.$cohort.$id == cohort.id!).sort(\.$day).all()
            #expect(try await trainer.get(SiteURL.trainingAttendance(.value(sessions[0].id!)).path).body.string.contains("Rosa Elena Díaz"))
            let marked = try await trainer.post(SiteURL.trainingAttendance(.value(sessions[0].id!)).path, [("mark-\(enrollment.id!)", "present")])
            #expect(marked.status == .seeOther)
            let mark = try #require(try await AttendanceMark.query(on: app.db).filter(\.$enrollment.$id == enrollment.id!).first())
            #expect(mark.mark == .present)
            #expect(mark.quarterHours == 16)
            try await app.markAll(cohort, for: try #require(try await Enrollment.find(enrollment.id, on: app.db)))

            // Staff place the practicum; the trainee logs a day on the page; the supervisor approves it there.
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.post(SiteURL.trainingCohortDecision(.value(cohort.id!)).path,
                                         [("enrollment", enrollment.id!.uuidString), ("action", "place"), ("site", "Clínica del Valle"),
                                          ("supervisor_email", "super@example.org")]).status == .seeOther)
            let logged = try await trainee.post(SiteURL.trainingPracticumLog(.value(enrollment.id!)).path,
                                                [("day", cohort.startDay.adding(days: 12).description), ("hours", "8"),
                                                 ("activities", "Blood pressure screening at the health fair"),
                                                 ("competencies[]", "skill-outreach"), ("competencies[]", "role-health-education")])
            #expect(logged.status == .seeOther)
            let log = try #require(try await PracticumLog.query(on: app.db).filter(\.$enrollment.$id == enrollment.id!).first())
            #expect(Competencies.parse(log.competencies) == ["skill-outreach", "role-health-education"])
            let supervising = Browser(app)
            try await supervising.signIn("super@example.org")
            #expect(try await supervising.get(SiteURL.trainingSupervision.path).body.string.contains("Blood pressure screening"))
            #expect(try await supervising.post(SiteURL.trainingLogDecision(.value(log.id!)).path, [("decision", "approve")]).status == .seeOther)
            #expect(try await PracticumLog.find(log.id, on: app.db)?.status == .approved)
            let fresh = try #require(try await Enrollment.find(enrollment.id, on: app.db))
            try await app.logApprovedPracticum(fresh, supervisor: supervisor, days: 9)

            let progress = try await app.trainingService.progress(fresh)
            #expect(progress.classroomQuarterHours == 320)
            #expect(progress.practicumQuarterHours == 320)
            #expect(progress.isComplete)
            let mine = try await trainee.get(SiteURL.trainingMine.path).body.string
            #expect(mine.contains("80 of 80 hours"))
            #expect(mine.contains("All requirements are met."))

            // Staff confirm completion: a certificate, a registry credential, an email with the PDF link.
            #expect(try await staff.post(SiteURL.trainingCohortDecision(.value(cohort.id!)).path,
                                         [("enrollment", enrollment.id!.uuidString), ("action", "certify")]).status == .seeOther)
            let credential = try #require(try await Credential.query(on: app.db).filter(\.$enrollmentID == enrollment.id!).first())
            let entry = try #require(try await RegistryEntry.find(credential.$entry.id, on: app.db))
            #expect(entry.$user.id == member.id)
            #expect(credential.holderName == "Rosa Elena Díaz")
            #expect(credential.quarterHours == 640)
            #expect(try await Enrollment.find(enrollment.id, on: app.db)?.status == .completed)
            let email = try #require(try await app.outbox().last { $0.subject == "Your certificate is ready" })
            #expect(ReceivedMail(email.raw).text.contains(SiteURL.certificatePDF(.value(credential.number)).absolute(app.config)))

            // The PDF is real: its text names the holder and the number; its QR code opens verification.
            let pdf = try await Browser(app).get(SiteURL.certificatePDF(.value(credential.number)).path)
            #expect(pdf.status == .ok)
            #expect(pdf.headers.contentType?.description == "application/pdf")
            let data = Data(pdf.body.readableBytesView)
            #expect(data.starts(with: Data("%PDF-".utf8)))
            let text = try ExternalTool.pdfText(data)
            #expect(text.contains("Rosa Elena Díaz"))
            #expect(text.contains(credential.number))
            #expect(text.contains("160 hours"))
            #expect(text.contains("Certificate of Completion"))
            let qr = try ExternalTool.qrText(data)
            #expect(qr == "http://127.0.0.1:8080/verify/\(credential.number)")
            let path = try #require(URL(string: qr)?.path)
            let verify = try await Browser(app).get(path)
            #expect(verify.status == .ok)
            #expect(verify.body.string.contains("Valid"))
            #expect(verify.body.string.contains("Rosa Elena Díaz"))
            let api = try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(credential.number)")
            #expect(api.body.string.contains("\"status\":\"valid\""))

            // The registry shows the credential to staff.
            #expect(try await staff.get(SiteURL.staffRegistryEntry(.value(entry.id!)).path).body.string.contains(credential.number))

            // The benefit rule: eligible through the certificate for the first year, then only with CE hours.
            let results = try await app.eligibility(for: member.id!)
            let benefit = try #require(results.first { $0.0.id == "medicaid-chw-benefit" }?.1)
            #expect(benefit.isEligible)
            #expect(benefit.pathway == "certificate")
            #expect(benefit.eligibleUntil == app.today.adding(months: 12).adding(days: -1))
            let facts = EligibilityFacts(completions: [.init(kind: "core", day: app.today)])
            #expect(!EligibilityRuleSet.medicaidBenefit.evaluate(facts, today: app.today.adding(months: 12)).isEligible)
            #expect(try await trainee.get(SiteURL.trainingMine.path).body.string.contains("Eligible (Certificate pathway) until"))
        }
    }
}

extension Application {
    func eligibility(for userID: UUID) async throws -> [(EligibilityRuleSet, EligibilityResult)] {
        try await EligibilityService(db: db, config: config, actor: .system).evaluate(userID)
    }
}
