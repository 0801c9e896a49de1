// `puente seed-demo`'s training: a running cohort in every state, a finished one with certificates.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct TrainingDemoTests {
    @Test func theDemoHasARunningAndAFinishedCohortAndIsIdempotent() async throws {
        try await withPuente { app in
            _ = try await DemoData.seed(app: app, password: "demo password 1")
            #expect(try await TrainingDemo.seed(app: app, password: "demo password 1") == 2)
            #expect(try await TrainingDemo.seed(app: app, password: "demo password 1") == 0)
            #expect(try await Cohort.query(on: app.db).count() == 2)

            // Every graduate holds a Puente certificate recorded in the registry.
            let certificates = try await Credential.query(on: app.db).filter(\.$enrollmentID != nil).all()
            #expect(certificates.count == TrainingDemo.graduates.count)
            #expect(Set(certificates.map(\.$entry.id)).count == certificates.count)

            // The running cohort has attendance and logs in every state, and enrollments waiting.
            let marks = Set(try await AttendanceMark.query(on: app.db).all().map(\.mark))
            #expect(marks == Set(AttendanceMark.Mark.allCases))
            let logs = Set(try await PracticumLog.query(on: app.db).all().map(\.status))
            #expect(logs == [.pending, .approved, .returned])
            let statuses = Set(try await Enrollment.query(on: app.db).all().map(\.status))
            #expect(statuses.isSuperset(of: [.applied, .accepted, .waitlisted, .completed]))
            #expect(try await HourRecord.query(on: app.db).filter(\.$status == .approved).count() == 2)

            // The demo promotora sees her progress in Spanish; the demo CHW sees her certificate.
            let promotora = Browser(app)
            try await promotora.signIn("promotora@demo.puente.example.org", "demo password 1")
            let mine = try await promotora.get(SiteURL.trainingMine.path).body.string
            #expect(mine.contains("Horas de clase"))
            #expect(mine.contains("Todavía falta"))
            let chw = Browser(app)
            try await chw.signIn("chw@demo.puente.example.org", "demo password 1")
            #expect(try await chw.get(SiteURL.trainingMine.path).body.string.contains("(PDF)"))
        }
    }
}
