// The training JSON API keeps the pages' permissions and answers problems, not 500s. Written with
// the typed helpers (Support/APIRequests.swift): the pattern for API suites.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct TrainingAPITests {
    typealias API = TrainingAPIController

    /// A cohort, a member who applied to it, and the tokens the tests act with.
    struct Applied {
        let cohort: Cohort
        let enrollmentID: UUID
        let member: String
        let staff: String
    }

    func applied(_ app: Application) async throws -> Applied {
        let cohort = try await app.makeCohort(sessions: 2)
        let member = try await app.bearerToken(roles: [.member], email: "rosa@example.org")
        let staff = try await app.bearerToken(roles: [.staff], email: "staff@example.org")
        let response = try await app.api(.POST, .trainingCohortEnrollments(.value(cohort.id!)), token: member, body: EmptyBody())
        #expect(response.status == .created)
        return Applied(cohort: cohort, enrollmentID: try response.decoded(EnrollmentDTO.self).id, member: member, staff: staff)
    }

    /// Accepted and placed with `super@example.org`, so practicum hours can be logged.
    func placed(_ app: Application) async throws -> (Applied, supervisor: String) {
        let applied = try await applied(app)
        try await app.api(.POST, .trainingEnrollmentDecision(.value(applied.enrollmentID)), token: applied.staff,
                          body: API.DecisionRequest(status: "accepted"))
        let supervisorToken = try await app.bearerToken(roles: [.supervisor], email: "super@example.org")
        let enrollment = try #require(try await Enrollment.find(applied.enrollmentID, on: app.db))
        let supervisor = try #require(try await User.query(on: app.db).filter(\.$email == "super@example.org").first())
        try await app.trainingService.place(enrollment, site: "Clínica del Valle", supervisor: supervisor)
        return (applied, supervisorToken)
    }

    func log(day: Day, hours: Double, activities: String = "Health fair", competencies: [String]? = nil) -> API.LogRequest {
        API.LogRequest(day: day.description, hours: hours, activities: activities, competencies: competencies)
    }

    @Test func programsAndCohortsArePublicWithoutJoinLinks() async throws {
        try await withPuente { app in
            _ = try await app.makeCohort(sessions: 2)
            let programs = try await app.api(.GET, .trainingPrograms).decoded([ProgramDTO].self)
            let core = try #require(programs.first { $0.code == "core-160" })
            #expect(core.requirements.classroomHours == 80)
            let cohorts = try await app.api(.GET, .trainingCohorts)
            #expect(try cohorts.decoded([CohortDTO].self).map(\.name).contains("Spring group"))
            #expect(!cohorts.body.string.contains("meet.example.org"))
        }
    }

    @Test func aMemberAppliesOnceAndOnlyStaffAccept() async throws {
        try await withPuente { app in
            let applied = try await applied(app)
            let apply = APIURL.trainingCohortEnrollments(.value(applied.cohort.id!))
            #expect(try await app.api(.POST, apply, body: EmptyBody()).status == .unauthorized)
            #expect(try await app.api(.POST, apply, token: applied.member, body: EmptyBody()).status == .conflict)

            let decision = APIURL.trainingEnrollmentDecision(.value(applied.enrollmentID))
            #expect(try await app.api(.POST, decision, token: applied.member, body: API.DecisionRequest(status: "accepted")).status == .forbidden,
                    "a member cannot accept themself")
            let accepted = try await app.api(.POST, decision, token: applied.staff, body: API.DecisionRequest(status: "accepted"))
            #expect(try accepted.decoded(EnrollmentDTO.self).status == "accepted")
        }
    }

    @Test func practicumLogsAreCheckedAndOnlyTheTraineeLogs() async throws {
        try await withPuente { app in
            let (applied, _) = try await placed(app)
            let logs = APIURL.trainingEnrollmentPracticumLogs(.value(applied.enrollmentID))
            let future = try await app.api(.POST, logs, token: applied.member, body: log(day: app.today.adding(days: 2), hours: 4))
            #expect(future.status == .unprocessableEntity)
            #expect(future.isProblem)
            #expect(try await app.api(.POST, logs, token: applied.member, body: log(day: app.today.adding(days: -1), hours: 30)).status
                        == .unprocessableEntity, "more hours than a day holds")
            #expect(try await app.api(.POST, logs, token: applied.staff, body: log(day: app.today.adding(days: -1), hours: 4)).status
                        == .notFound, "someone else's enrollment is not found")
            let logged = try await app.api(.POST, logs, token: applied.member,
                                           body: log(day: app.today.adding(days: -1), hours: 7.5, competencies: ["skill-outreach"]))
            #expect(logged.status == .created)
            #expect(try logged.decoded(PracticumLogDTO.self).hours == 7.5)
            #expect(try await PracticumLog.query(on: app.db).count() == 1)
        }
    }

    @Test func onlyTheTraineesOwnSupervisorSeesAndDecidesTheirLogs() async throws {
        try await withPuente { app in
            let (applied, supervisor) = try await placed(app)
            let otherSupervisor = try await app.bearerToken(roles: [.supervisor], email: "other@example.org")
            let logID = try await app.api(.POST, .trainingEnrollmentPracticumLogs(.value(applied.enrollmentID)), token: applied.member,
                                          body: log(day: app.today.adding(days: -1), hours: 7.5)).decoded(PracticumLogDTO.self).id

            let pending = try await app.api(.GET, .trainingPracticumLogs, query: ["status": "pending"], token: supervisor)
            #expect(try pending.decoded([PracticumLogDTO].self).map(\.id) == [logID])
            #expect(try await app.api(.GET, .trainingPracticumLogs, token: otherSupervisor).decoded([PracticumLogDTO].self).isEmpty)

            let decision = APIURL.trainingPracticumLogDecision(.value(logID))
            let approve = API.LogDecisionRequest(decision: "approve", comment: nil)
            #expect(try await app.api(.POST, decision, token: otherSupervisor, body: approve).status == .forbidden)
            #expect(try await app.api(.POST, decision, token: supervisor, body: approve).decoded(PracticumLogDTO.self).status == "approved")
        }
    }

    @Test func progressCountsApprovedHoursAndIsTheTraineesAndTheirSupervisors() async throws {
        try await withPuente { app in
            let (applied, supervisor) = try await placed(app)
            let otherSupervisor = try await app.bearerToken(roles: [.supervisor], email: "other@example.org")
            let logID = try await app.api(.POST, .trainingEnrollmentPracticumLogs(.value(applied.enrollmentID)), token: applied.member,
                                          body: log(day: app.today.adding(days: -1), hours: 7.5)).decoded(PracticumLogDTO.self).id
            try await app.api(.POST, .trainingPracticumLogDecision(.value(logID)), token: supervisor,
                              body: API.LogDecisionRequest(decision: "approve", comment: nil))

            let url = APIURL.trainingEnrollmentProgress(.value(applied.enrollmentID))
            let progress = try await app.api(.GET, url, token: applied.member).decoded(ProgressDTO.self)
            #expect(progress.practicumHours == 7.5)
            #expect(!progress.complete)
            #expect(try await app.api(.GET, url, token: otherSupervisor).status == .forbidden)
        }
    }

    @Test func anUnfinishedTraineeGetsNoCertificate() async throws {
        try await withPuente { app in
            let (applied, _) = try await placed(app)
            let url = APIURL.trainingEnrollmentCertificate(.value(applied.enrollmentID))
            #expect(try await app.api(.POST, url, token: applied.member, body: EmptyBody()).status == .forbidden, "a member may not ask")
            #expect(try await app.api(.POST, url, token: applied.staff, body: EmptyBody()).status == .unprocessableEntity)
            #expect(try await Credential.query(on: app.db).count() == 0)
            #expect(try await app.api(.GET, .trainingCertificates, token: applied.member).decoded([CertificateVerification].self).isEmpty)
        }
    }

    @Test func aMemberReportsContinuingEducationHours() async throws {
        try await withPuente { app in
            let member = try await app.bearerToken(roles: [.member], email: "rosa@example.org")
            let hours = try await app.api(.POST, .trainingHours, token: member,
                                          body: API.HoursRequest(kind: "continuing_education", day: app.today.adding(days: -3).description,
                                                                 hours: 2, topic: "Oral health", provider: "Dental society"))
            #expect(hours.status == .created)
            #expect(try hours.decoded(HourRecordDTO.self).hours == 2)
        }
    }
}
