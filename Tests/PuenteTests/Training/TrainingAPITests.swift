// The training JSON API keeps the pages' permissions and answers problems, not 500s.

import Fluent
import Foundation
import NIOCore
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct TrainingAPITests {
    func send(_ app: Application, _ method: HTTPMethod, _ path: String, token: String? = nil, _ body: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = .init(token: token) }
        if body != nil { headers.contentType = .json }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    func object(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    @Test func aTraineeAppliesLogsAndIsApprovedThroughTheAPI() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(sessions: 2)
            let programs = try JSONSerialization.jsonObject(with: Data(try await send(app, .GET, "/api/v1/training/programs").body.readableBytesView)) as? [[String: Any]]
            let core = try #require(programs?.first { $0["code"] as? String == "core-160" })
            #expect((core["requirements"] as? [String: Any])?["classroomHours"] as? Double == 80)
            let cohorts = try await send(app, .GET, "/api/v1/training/cohorts").body.string
            #expect(cohorts.contains("Spring group"))
            #expect(!cohorts.contains("meet.example.org"))

            let member = try await app.bearerToken(roles: [.member], email: "rosa@example.org")
            let staff = try await app.bearerToken(roles: [.staff], email: "staff@example.org")
            let supervisorToken = try await app.bearerToken(roles: [.supervisor], email: "super@example.org")
            let otherSupervisor = try await app.bearerToken(roles: [.supervisor], email: "other@example.org")

            #expect(try await send(app, .POST, "/api/v1/training/cohorts/\(cohort.id!)/enrollments", "{}").status == .unauthorized)
            let applied = try await send(app, .POST, "/api/v1/training/cohorts/\(cohort.id!)/enrollments", token: member, "{}")
            #expect(applied.status == .created)
            let enrollmentID = try #require(try object(applied)["id"] as? String)
            #expect(try await send(app, .POST, "/api/v1/training/cohorts/\(cohort.id!)/enrollments", token: member, "{}").status == .conflict)
            // A member cannot accept themself.
            #expect(try await send(app, .POST, "/api/v1/training/enrollments/\(enrollmentID)/decision", token: member, #"{"status":"accepted"}"#).status == .forbidden)
            let accepted = try await send(app, .POST, "/api/v1/training/enrollments/\(enrollmentID)/decision", token: staff, #"{"status":"accepted"}"#)
            #expect(try object(accepted)["status"] as? String == "accepted")

            let enrollment = try #require(try await Enrollment.find(UUID(uuidString: enrollmentID), on: app.db))
            let supervisor = try #require(try await User.query(on: app.db).filter(\.$email == "super@example.org").first())
            try await app.trainingService.place(enrollment, site: "Clínica del Valle", supervisor: supervisor)
            let path = "/api/v1/training/enrollments/\(enrollmentID)/practicum-logs"
            let future = try await send(app, .POST, path, token: member, #"{"day":"\#(app.today.adding(days: 2))","hours":4,"activities":"Outreach"}"#)
            #expect(future.status == .unprocessableEntity)
            #expect(future.headers.first(name: .contentType) == "application/problem+json")
            #expect(try await send(app, .POST, path, token: member, #"{"day":"\#(app.today.adding(days: -1))","hours":30,"activities":"x"}"#).status == .unprocessableEntity)
            // Someone else's enrollment is not found.
            #expect(try await send(app, .POST, path, token: staff, #"{"day":"\#(app.today.adding(days: -1))","hours":4,"activities":"x"}"#).status == .notFound)
            let logged = try await send(app, .POST, path, token: member,
                                        #"{"day":"\#(app.today.adding(days: -1))","hours":7.5,"activities":"Health fair","competencies":["skill-outreach"]}"#)
            #expect(logged.status == .created)
            let logID = try #require(try object(logged)["id"] as? String)
            #expect(try await PracticumLog.query(on: app.db).count() == 1)

            let listed = try await send(app, .GET, "/api/v1/training/practicum-logs?status=pending", token: supervisorToken).body.string
            #expect(listed.contains(logID))
            #expect(!(try await send(app, .GET, "/api/v1/training/practicum-logs", token: otherSupervisor).body.string.contains(logID)))
            #expect(try await send(app, .POST, "/api/v1/training/practicum-logs/\(logID)/decision", token: otherSupervisor, #"{"decision":"approve"}"#).status == .forbidden)
            let decided = try await send(app, .POST, "/api/v1/training/practicum-logs/\(logID)/decision", token: supervisorToken, #"{"decision":"approve"}"#)
            #expect(try object(decided)["status"] as? String == "approved")

            let progress = try object(try await send(app, .GET, "/api/v1/training/enrollments/\(enrollmentID)/progress", token: member))
            #expect(progress["practicumHours"] as? Double == 7.5)
            #expect(progress["complete"] as? Bool == false)
            #expect(try await send(app, .GET, "/api/v1/training/enrollments/\(enrollmentID)/progress", token: otherSupervisor).status == .forbidden)
            // Not finished: no certificate, and a member may not ask for one.
            #expect(try await send(app, .POST, "/api/v1/training/enrollments/\(enrollmentID)/certificate", token: member, "{}").status == .forbidden)
            #expect(try await send(app, .POST, "/api/v1/training/enrollments/\(enrollmentID)/certificate", token: staff, "{}").status == .unprocessableEntity)
            #expect(try await Credential.query(on: app.db).count() == 0)

            let hours = try await send(app, .POST, "/api/v1/training/hours", token: member,
                                       #"{"kind":"continuing_education","day":"\#(app.today.adding(days: -3))","hours":2,"topic":"Oral health","provider":"Dental society"}"#)
            #expect(hours.status == .created)
            #expect(try await send(app, .GET, "/api/v1/training/certificates", token: member).body.string == "[]")
        }
    }
}
