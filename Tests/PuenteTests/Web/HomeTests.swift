// The home page's two jobs: a visitor's four tasks, and a signed-in person's "My account" with
// the next step, progress, standing and what waits for them.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct HomeTests {
    @Test func aVisitorSeesTheFourPublicTasksBeforeAnythingElseAndNoPromiseOfCommittees() async throws {
        try await withPuente { app in
            let html = try await Browser(app).get("/?lang=es").body.string
            let main = try #require(html.range(of: "<main")).upperBound
            var last = main
            for path in [SiteURL.directory.path, SiteURL.verify.path, SiteURL.training.path, SiteURL.events.path] {
                let link = try #require(html.range(of: "<li><a href=\"\(path)\">", range: main..<html.endIndex))
                #expect(link.lowerBound > last, "\(path) comes in order")
                last = link.lowerBound
            }
            let signUp = try #require(html.range(of: "href=\"\(SiteURL.signup.path)\" class=\"button\""))
            #expect(last < signUp.lowerBound)
            #expect(!html.lowercased().contains("comité"))
        }
    }

    @Test func aNewMembersHomeIsMyAccountWithTheRegistryAsTheNextStep() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org", name: "Rosa Díaz")
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let html = try await browser.get("/").body.string
            #expect(html.contains("<h1>My account</h1>"))
            #expect(html.contains("Hello, Rosa Díaz."))
            let step = try #require(html.range(of: "Your next step"))
            let link = try #require(html.range(of: "<a href=\"\(SiteURL.registryApply.path)\">Apply to the statewide registry</a>"))
            #expect(step.lowerBound < link.lowerBound)
        }
    }

    @Test func aTraineeSeesProgressBarsAndIsToldToLogPracticumHours() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(name: "Fresno spring group")
            let (user, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            let entry = try await app.makeEntry()
            entry.$user.id = user.id
            try await entry.save(on: app.db)
            try await app.markAll(cohort, for: enrollment)
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let html = try await browser.get("/").body.string
            #expect(html.contains("<a href=\"\(SiteURL.trainingMine.path)\">Log your practicum hours</a>"))
            #expect(html.contains("<progress id=\"home-\(enrollment.id!)-classroom\""))
            #expect(html.contains("<progress id=\"home-\(enrollment.id!)-practicum\" max=\"320\" value=\"0\">"))
            #expect(html.contains("Fresno spring group"))
            #expect(html.contains("tag tag-success")) // the registry entry is active
        }
    }

    @Test func staffAndSupervisorsSeeTheirQueuesCounted() async throws {
        try await withPuente { app in
            _ = try await app.makeEntry(status: .applied)
            _ = try await app.makeEntry(given: "Ana", status: .applied)
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let html = try await staff.get("/").body.string
            #expect(html.contains("<a href=\"\(SiteURL.staffRegistry.path(query: ["status": "applied"]))\">Registry applications to review (2)"))

            try await app.makeUser("member@example.org")
            let member = Browser(app)
            try await member.signIn("member@example.org")
            #expect(!(try await member.get("/").body.string.contains("Waiting for you")))
        }
    }
}
