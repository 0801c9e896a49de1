// Bad input changes nothing; only the right people decide; capacity and certificates hold.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct TrainingRulesTests {
    @Test func theAttendanceSheetListsTraineesInReadingOrderWhateverTheirAccents() async throws {
        try await withPuente { app in
            // setup
            let cohort = try await app.makeCohort(sessions: 1)
            let trainer = try await app.makeUser("trainer@example.org", roles: [.trainer])
            try await app.trainingService.addTrainer(trainer, to: cohort)
            for (email, name) in [("z@example.org", "Zoila Zamora"), ("a@example.org", "Úrsula Ávila"), ("b@example.org", "Ángel Beltrán")] {
                _ = try await app.enroll(email, name: name, in: cohort)
            }
            let session = try #require(try await TrainingSession.query(on: app.db).first())

            // act
            let browser = Browser(app)
            try await browser.signIn("trainer@example.org")
            let page = try await browser.get(SiteURL.trainingAttendance(.value(session.id!)).path).body.string

            // check
            let positions = ["Ángel Beltrán", "Úrsula Ávila", "Zoila Zamora"].map { page.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "Á and Ú sort with A and U, not after Z")
        }
    }

    @Test func impossibleHoursAreRefusedAndNothingIsWritten() async throws {
        try await withPuente { app in
            let supervisor = try await app.makeUser("super@example.org", roles: [.supervisor])
            let cohort = try await app.makeCohort(sessions: 1)
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            try await app.trainingService.place(enrollment, site: "Clínica del Valle", supervisor: supervisor)
            let trainee = Browser(app)
            try await trainee.signIn("rosa@example.org")
            let path = SiteURL.trainingPracticumLog(.value(enrollment.id!)).path
            let yesterday = app.today.adding(days: -1).description
            let cases: [(String, String, String)] = [
                (yesterday, "-2", "Hours must be more than zero."),
                (yesterday, "25", "That is more than 24 hours in one day."),
                (yesterday, "1.1", "Enter hours in quarter hours"),
                (app.today.adding(days: 1).description, "4", "That date has not happened yet."),
                (cohort.startDay.adding(days: -1).description, "4", "That date is outside the course dates."),
                ("31/12/2026", "4", "Enter a date as YYYY-MM-DD."),
            ]
            for (day, hours, message) in cases {
                let response = try await trainee.post(path, [("day", day), ("hours", hours), ("activities", "Outreach")])
                #expect(response.status == .unprocessableEntity, "\(day) \(hours)")
                #expect(response.body.string.contains(message), "\(day) \(hours)")
            }
            // Two logs on one day may not add up past 24 hours.
            #expect(try await trainee.post(path, [("day", yesterday), ("hours", "20"), ("activities", "Health fair")]).status == .seeOther)
            #expect(try await trainee.post(path, [("day", yesterday), ("hours", "4.25"), ("activities", "More")]).status == .unprocessableEntity)
            // Free text shaped like an SSN is refused.
            let ssn = try await trainee.post(path, [("day", yesterday), ("hours", "1"), ("activities", "Helped client 123-45-6789")])
            #expect(ssn.status == .unprocessableEntity)
            #expect(try await PracticumLog.query(on: app.db).count() == 1)
        }
    }

    @Test func onlyTheTraineesOwnSupervisorDecidesAndApprovedRowsAreLocked() async throws {
        try await withPuente { app in
            let supervisor = try await app.makeUser("super@example.org", roles: [.supervisor])
            let other = try await app.makeUser("other-super@example.org", roles: [.supervisor])
            try await app.makeUser("staff@example.org", roles: [.staff])
            let cohort = try await app.makeCohort(sessions: 1)
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            let (_, second) = try await app.enroll("ana@example.org", name: "Ana Other", in: cohort)
            try await app.trainingService.place(enrollment, site: "Clínica del Valle", supervisor: supervisor)
            try await app.trainingService.place(second, site: "Casa de Salud", supervisor: other)
            let log = try await app.trainingService.logPracticum(enrollment, .init(day: app.today.adding(days: -2).description, hours: "6",
                                                                                  activities: "Home visits", competencies: []))
            _ = try await app.trainingService.logPracticum(second, .init(day: app.today.adding(days: -2).description, hours: "3",
                                                                         activities: "Secret other trainee work", competencies: []))

            // Another supervisor: forbidden, and the log is untouched.
            let intruder = Browser(app)
            try await intruder.signIn("other-super@example.org")
            #expect(!(try await intruder.get(SiteURL.trainingSupervision.path).body.string.contains("Home visits")))
            #expect(try await intruder.post(SiteURL.trainingLogDecision(.value(log.id!)).path, [("decision", "approve")]).status == .forbidden)
            // Staff are not the supervisor either.
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.post(SiteURL.trainingLogDecision(.value(log.id!)).path, [("decision", "approve")]).status == .forbidden)
            #expect(try await PracticumLog.find(log.id, on: app.db)?.status == .pending)

            // The supervisor sees only their own trainee, returns without a comment (refused), then approves.
            let own = Browser(app)
            try await own.signIn("super@example.org")
            let page = try await own.get(SiteURL.trainingSupervision.path).body.string
            #expect(page.contains("Home visits"))
            #expect(!page.contains("Secret other trainee work"))
            _ = try await own.post(SiteURL.trainingLogDecision(.value(log.id!)).path, [("decision", "return")])
            #expect(try await PracticumLog.find(log.id, on: app.db)?.status == .pending)
            #expect(try await own.post(SiteURL.trainingLogDecision(.value(log.id!)).path, [("decision", "approve")]).status == .seeOther)
            #expect(try await PracticumLog.find(log.id, on: app.db)?.status == .approved)
            // Approved is final: a second decision changes nothing.
            let refreshed = try #require(try await PracticumLog.find(log.id, on: app.db))
            await #expect(throws: TrainingService.Failure.alreadyDecided) {
                try await app.trainingService.decide(refreshed, approve: false, comment: "Oops", by: supervisor)
            }
            #expect(try await app.auditEvents(.practicumApprove).count == 1)
            #expect(try await app.outbox().contains { $0.subject == "Practicum hours approved" && $0.recipient == "rosa@example.org" })
        }
    }

    @Test func certificatesNeedTheRequirementsAndAreIssuedOncePerCompletion() async throws {
        try await withPuente { app in
            let supervisor = try await app.makeUser("super@example.org", roles: [.supervisor])
            try await app.makeUser("staff@example.org", roles: [.staff])
            let cohort = try await app.makeCohort()
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            try await app.markAll(cohort, for: enrollment)
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let certify = [("enrollment", enrollment.id!.uuidString), ("action", "certify")]
            // 80 classroom hours but no practicum: refused, nothing written.
            _ = try await staff.post(SiteURL.trainingCohortDecision(.value(cohort.id!)).path, certify)
            #expect(try await Credential.query(on: app.db).count() == 0)
            #expect(try await staff.get(SiteURL.trainingCohort(.value(cohort.id!)).path).body.string.contains("The requirements are not met yet"))

            try await app.trainingService.place(enrollment, site: "Clínica", supervisor: supervisor)
            try await app.logApprovedPracticum(enrollment, supervisor: supervisor)
            _ = try await staff.post(SiteURL.trainingCohortDecision(.value(cohort.id!)).path, certify)
            _ = try await staff.post(SiteURL.trainingCohortDecision(.value(cohort.id!)).path, certify)
            #expect(try await Credential.query(on: app.db).count() == 1)
            let fresh = try #require(try await Enrollment.find(enrollment.id, on: app.db))
            await #expect(throws: TrainingService.Failure.alreadyCertified) { try await app.trainingService.issueCertificate(fresh) }
            #expect(try await app.auditEvents(.certificateIssue).count == 1)
        }
    }

    @Test func revokedCertificatesSayRevokedAndReissueKeepsTheNumbersHistory() async throws {
        try await withPuente { app in
            let supervisor = try await app.makeUser("super@example.org", roles: [.supervisor])
            let cohort = try await app.makeCohort()
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            try await app.markAll(cohort, for: enrollment)
            try await app.trainingService.place(enrollment, site: "Clínica", supervisor: supervisor)
            try await app.logApprovedPracticum(enrollment, supervisor: supervisor)
            let credential = try await app.trainingService.issueCertificate(enrollment)

            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let entryPage = SiteURL.staffRegistryEntry(.value(credential.$entry.id)).path
            #expect(!(try await staff.get(entryPage).body.string.contains("printed for"))) // the same name as the entry
            #expect(try await staff.post(SiteURL.staffCertificateReissue(.value(credential.id!)).path,
                                         [("holder", "Rosa Elena Díaz Ramos"), ("reason", "Name change after marriage")]).status == .seeOther)
            let reissued = try #require(try await Credential.find(credential.id, on: app.db))
            #expect(reissued.number == credential.number)
            #expect(reissued.holderName == "Rosa Elena Díaz Ramos")
            let history = try await CredentialRevision.query(on: app.db).filter(\.$credential.$id == credential.id!).all()
            #expect(history.map(\.holderName) == ["Rosa Elena Díaz"])
            // Staff see which name verification shows when it is not the entry's.
            #expect(try await staff.get(entryPage).body.string.contains("printed for Rosa Elena Díaz Ramos"))
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/certificates/\(credential.number)").body.string.contains("Rosa Elena Díaz Ramos"))

            try await RegistryService(db: app.db, config: app.config, actor: .system).revoke(reissued, reason: "Issued in error")
            let verify = try await Browser(app).get(SiteURL.verifyNumber(.value(credential.number)).path)
            #expect(verify.body.string.contains("Revoked"))
            #expect(try await Browser(app).get(SiteURL.certificatePDF(.value(credential.number)).path).status == .gone)
            #expect(try await Browser(app).get(SiteURL.certificatePDF(.value("CERT-AAAA-BBBB-CCCC")).path).status == .notFound)
        }
    }

    @Test func acceptingNeverExceedsCapacityAndTransferKeepsEarnedHours() async throws {
        try await withPuente { app in
            let first = try await app.makeCohort(name: "Small group", capacity: 1, sessions: 4)
            let later = try await app.makeCohort(name: "Later group", capacity: 5, sessions: 2, startedDaysAgo: 5)
            let (_, seated) = try await app.enroll("rosa@example.org", in: first)
            let waiting = try await app.trainingService.apply(try await app.makeUser("ana@example.org"), to: first)
            await #expect(throws: TrainingService.Failure.cohortFull) { try await app.trainingService.decide(waiting, .accepted) }
            try await app.trainingService.decide(waiting, .waitlisted)
            #expect(try await app.trainingService.seatsTaken(in: first.id!, on: app.db) == 1)

            try await app.markAll(first, for: seated)
            let moved = try await app.trainingService.transfer(seated, to: later)
            #expect(moved.carriedClassroomQuarterHours == 64)
            #expect(try await Enrollment.find(seated.id, on: app.db)?.status == .transferred)
            let progress = try await app.trainingService.progress(moved)
            #expect(progress.classroomQuarterHours == 64)
            // The seat it freed can go to the waitlisted person.
            try await app.trainingService.decide(waiting, .accepted)
            #expect(try await app.auditEvents(.trainingTransfer).count == 1)
        }
    }

    @Test func cohortFormsValidateOnTheServer() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let program = try await app.program()
            func create(_ fields: [(String, String)]) async throws -> TestingHTTPResponse {
                var base = ["program": program.id!.uuidString, "name": "Fall group", "starts_on": "2027-01-04", "ends_on": "2027-02-26",
                            "place": "Merced", "online_link": "", "capacity": "20"]
                for (key, value) in fields { base[key] = value }
                return try await staff.post(SiteURL.staffTrainingCohorts.path, base.map { ($0.key, $0.value) })
            }
            #expect(try await create([("ends_on", "2026-12-01")]).body.string.contains("The last day comes before the first."))
            #expect(try await create([("capacity", "0")]).status == .unprocessableEntity)
            #expect(try await create([("online_link", "javascript:alert(1)")]).body.string.contains("https://"))
            #expect(try await create([("place", ""), ("online_link", "")]).status == .unprocessableEntity)
            #expect(try await Cohort.query(on: app.db).count() == 0)
            #expect(try await create([]).status == .seeOther)
            #expect(try await Cohort.query(on: app.db).count() == 1)
        }
    }

    @Test func trainingPagesAreForTheRightPeople() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(sessions: 1)
            try await app.makeUser("member@example.org")
            try await app.makeUser("trainer@example.org", roles: [.trainer])
            let member = Browser(app)
            try await member.signIn("member@example.org")
            #expect(try await member.get(SiteURL.staffTraining.path).status == .forbidden)
            #expect(try await member.get(SiteURL.trainingCohort(.value(cohort.id!)).path).status == .forbidden)
            #expect(try await member.get(SiteURL.trainingSupervision.path).status == .forbidden)
            // A trainer not named on the cohort cannot open it or mark its sessions.
            let trainer = Browser(app)
            try await trainer.signIn("trainer@example.org")
            #expect(try await trainer.get(SiteURL.trainingCohort(.value(cohort.id!)).path).status == .forbidden)
            let session = try #require(try await TrainingSession.query(on: app.db).first())
            #expect(try await trainer.get(SiteURL.trainingAttendance(.value(session.id!)).path).status == .forbidden)
            // A member cannot log hours on someone else's enrollment.
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            #expect(try await member.post(SiteURL.trainingPracticumLog(.value(enrollment.id!)).path, [("day", "2026-11-01"), ("hours", "1")]).status == .notFound)
            // Forms need the CSRF token.
            #expect(try await member.post(SiteURL.trainingApply(.value(cohort.id!)).path, [], withCSRF: false).status == .forbidden)
        }
    }
}

@Suite struct ProgramFormTests {
    @Test func staffAddAContinuingEducationProgramAndRequirementsAreValidated() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.get(SiteURL.staffProgramNew.path).status == .ok)
            var fields: [(String, String)] = [("code", "ce-oral-health"), ("kind", "continuing_education"),
                                              ("name_en", "Oral health for families"), ("name_es", "Salud oral para familias"),
                                              ("description_en", "Two evenings."), ("description_es", "Dos noches."),
                                              ("classroom_hours", "4"), ("practicum_hours", "0"), ("attendance_percent", "100"),
                                              ("window_days", ""), ("auto_complete", "on"), ("valid_months", ""), ("issuer", "")]
            var bad = fields
            bad[0] = ("code", "Core 160!")
            bad[6] = ("classroom_hours", "2.1")
            bad[8] = ("attendance_percent", "140")
            let refused = try await staff.post(SiteURL.staffProgramNew.path, bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Use 2–40 lower-case letters"))
            #expect(refused.body.string.contains("Use a number from 0 to 100."))
            #expect(try await TrainingProgram.query(on: app.db).count() == 2)
            fields.append(("competencies[]", "skill-education"))
            #expect(try await staff.post(SiteURL.staffProgramNew.path, fields).status == .seeOther)
            let program = try await app.program("ce-oral-health")
            #expect(program.kind == .continuingEducation)
            #expect(program.autoComplete)
            #expect(program.requirements.classroomQuarterHours == 16)
            #expect(program.requirements.requiredCompetencies == ["skill-education"])
            // The same code twice is refused; members cannot reach the form.
            #expect(try await staff.post(SiteURL.staffProgramNew.path, fields).body.string.contains("Another program already uses this code."))
            try await app.makeUser("member@example.org")
            let member = Browser(app)
            try await member.signIn("member@example.org")
            #expect(try await member.get(SiteURL.staffProgram(.value(program.id!)).path).status == .forbidden)
            #expect(try await app.auditEvents(.trainingProgramCreate).count == 1)
        }
    }
}
