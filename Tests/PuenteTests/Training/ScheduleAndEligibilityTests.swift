// The class schedule as a calendar feed, continuing education, and eligibility that lapses.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct ScheduleAndEligibilityTests {
    @Test(.enabled(if: ICalendarReader.isAvailable, "needs the icalendar package from Tests/support/requirements.txt"))
    func theScheduleFeedIsValidICalendarAtTheRightTimes() async throws {
        try await withPuente { app in
            let cohort = try await app.makeCohort(sessions: 3)
            let (_, enrollment) = try await app.enroll("rosa@example.org", in: cohort)
            let feed = try await Browser(app).get(SiteURL.trainingCalendar(.value(enrollment.calendarToken)).path)
            #expect(feed.status == .ok)
            #expect(feed.headers.first(name: .contentType)?.hasPrefix("text/calendar") == true)
            let parsed = try ICalendarReader.read(feed.body.string)
            #expect(parsed.method == "PUBLISH")
            #expect(parsed.events.count == 3)
            let first = try #require(parsed.events.first)
            #expect(first.summary.hasPrefix("CHW Core-Competency Training (160 hours): Session"))
            #expect(first.location.contains("Fresno Community Center, 1200 Tulare St"))
            // 09:00 in Los Angeles on the session's day, written in UTC.
            let session = try #require(try await TrainingSession.query(on: app.db).filter(\.$cohort.$id == cohort.id!).sort(\.$day).first())
            let expected = try #require(session.startDate(in: TimeZone(identifier: "America/Los_Angeles")!))
            #expect(ISO8601DateFormatter().date(from: first.start) == expected)
            #expect(ISO8601DateFormatter().date(from: try #require(first.end)) == expected.addingTimeInterval(4 * 3600))
            // The cohort's own token works for trainers; a made-up one does not; a withdrawn trainee's stops.
            #expect(try await Browser(app).get(SiteURL.trainingCalendar(.value(cohort.calendarToken)).path).status == .ok)
            #expect(try await Browser(app).get(SiteURL.trainingCalendar(.value("not-a-token")).path).status == .notFound)
            try await app.trainingService.decide(enrollment, .withdrawn)
            #expect(try await Browser(app).get(SiteURL.trainingCalendar(.value(enrollment.calendarToken)).path).status == .notFound)
        }
    }

    @Test func thePublicScheduleIsInBothLanguagesAndHidesTheOnlineLink() async throws {
        try await withPuente { app in
            _ = try await app.makeCohort(sessions: 1)
            let english = try await Browser(app).get("/training").body.string
            #expect(english.contains("Course schedule"))
            #expect(!english.contains("meet.example.org"))
            let spanish = try await Browser(app).get("/training?lang=es").body.string
            #expect(spanish.contains("Calendario de cursos"))
            #expect(spanish.contains("La capacitación es gratuita"))
            #expect(spanish.contains("Capacitación en Competencias Básicas para Promotores (160 horas)"))
        }
    }

    @Test func continuingEducationCountsOnceApprovedAndCompletedProgramsCountByThemselves() async throws {
        try await withPuente { app in
            let member = try await app.makeUser("rosa@example.org", name: "Rosa Díaz")
            try await app.makeUser("staff@example.org", roles: [.staff])
            let browser = Browser(app)
            try await browser.signIn("rosa@example.org")
            let day = app.today.adding(days: -3).description
            let bad = try await browser.post(SiteURL.trainingHours.path, [("kind", "continuing_education"), ("day", day), ("hours", "30"),
                                                                          ("topic", "Diabetes prevention"), ("provider", "County health")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("more than 24 hours"))
            #expect(try await browser.post(SiteURL.trainingHours.path, [("kind", "continuing_education"), ("day", day), ("hours", "3"),
                                                                        ("topic", "Diabetes prevention"), ("provider", "County health")]).status == .seeOther)
            let record = try #require(try await HourRecord.query(on: app.db).first())
            #expect(record.status == .pending)
            var facts = try await EligibilityService(db: app.db, config: app.config, actor: .system).facts(for: [member.id!])
            #expect(facts[member.id!]?.continuingEducation.isEmpty == true)

            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.get(SiteURL.staffTraining.path).body.string.contains("Diabetes prevention"))
            #expect(try await staff.post(SiteURL.staffHourDecision(.value(record.id!)).path, [("decision", "approve")]).status == .seeOther)
            facts = try await EligibilityService(db: app.db, config: app.config, actor: .system).facts(for: [member.id!])
            #expect(facts[member.id!]?.continuingEducation.map(\.quarterHours) == [12])

            // A continuing-education course completes by itself once attendance is marked, and counts its hours.
            let course = try await app.makeCohort(program: ShippedPrograms.continuingCode, name: "CE evening", sessions: 3, sessionHours: "2")
            let enrollment = try await app.trainingService.apply(member, to: course)
            try await app.trainingService.decide(enrollment, .accepted)
            try await app.markAll(course, for: enrollment)
            let certificate = try #require(try await Credential.query(on: app.db).filter(\.$enrollmentID == enrollment.id!).first())
            #expect(certificate.programKind == "continuing_education")
            facts = try await EligibilityService(db: app.db, config: app.config, actor: .system).facts(for: [member.id!])
            #expect(facts[member.id!]?.continuingEducation.map(\.quarterHours).sorted() == [12, 24])
            #expect(facts[member.id!]?.completions.map(\.kind) == ["continuing_education"])
        }
    }

    @Test func staffSeeWhoseEligibilityLapsesSoonAndEmailThem() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            // Certified eleven months ago, no continuing education: the benefit lapses within 60 days.
            let lapsing = try await app.makeUser("lapsing@example.org", name: "Lena Lapsing", language: .es)
            let entry = try await app.makeEntry(given: "Lena", family: "Lapsing")
            entry.$user.id = lapsing.id
            try await entry.save(on: app.db)
            try await app.makeCredential(for: entry, issuedOn: app.today.adding(months: -11).description)
            // Certified last month: a year to go.
            let fine = try await app.makeUser("fine@example.org", name: "Fiona Fine")
            let other = try await app.makeEntry(given: "Fiona", family: "Fine")
            other.$user.id = fine.id
            try await other.save(on: app.db)
            try await app.makeCredential(for: other, issuedOn: app.today.adding(months: -1).description)

            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let page = try await staff.get(SiteURL.staffTraining.path).body.string
            #expect(page.contains("Lena Lapsing"))
            #expect(!page.contains("Fiona Fine"))
            let before = try await app.outbox().count
            #expect(try await staff.post(SiteURL.staffEligibilityRemind.path, []).status == .seeOther)
            let sent = try await app.outbox().dropFirst(before)
            #expect(sent.map(\.recipient) == ["lapsing@example.org"])
            #expect(sent.first?.subject.hasPrefix("Su elegibilidad termina el") == true)
            #expect(try await app.auditEvents(.eligibilityRemind).count == 1)
        }
    }
}

/// Runs Tests/support/ics_read.py: the `icalendar` package parses what we serve.
enum ICalendarReader {
    struct Parsed: Decodable {
        struct Event: Decodable { let uid: String; let summary: String; let start: String; let end: String?; let location: String; let description: String }
        let method: String
        let events: [Event]
    }

    static var isAvailable: Bool { FHIRValidator.isAvailable }

    static func read(_ text: String) throws -> Parsed {
        let data = try PythonScript.run("ics_read.py", input: Data(text.utf8))
        guard let parsed = try? JSONDecoder().decode(Parsed.self, from: data) else {
            Issue.record("icalendar refused the file: \(String(decoding: data, as: UTF8.self))")
            throw CancellationError()
        }
        return parsed
    }
}

@Suite struct EvidenceFileTests {
    @Test func evidenceIsAPDFOrImageOnlyTheOwnerAndStaffCanFetch() async throws {
        try await withPuente { app in
            try await app.makeUser("rosa@example.org")
            try await app.makeUser("other@example.org")
            try await app.makeUser("staff@example.org", roles: [.staff])
            let member = Browser(app)
            try await member.signIn("rosa@example.org")
            _ = try await member.get(SiteURL.trainingMine.path)
            let fields = [("kind", "continuing_education"), ("day", app.today.adding(days: -2).description), ("hours", "2"),
                          ("topic", "Oral health"), ("provider", "Dental society")]
            // A file that only claims to be a PDF is refused, and nothing is written.
            let fake = try await member.upload(SiteURL.trainingHours.path, field: "evidence", fileName: "proof.pdf",
                                               data: Data("<script>alert(1)</script>".utf8), contentType: "application/pdf", fields: fields)
            #expect(fake.status == .unprocessableEntity)
            #expect(fake.body.string.contains("Attach a PDF, PNG or JPEG file."))
            #expect(try await HourRecord.query(on: app.db).count() == 0)
            let folder = EvidenceFile.folder(app.config)
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).isEmpty)

            _ = try await member.get(SiteURL.trainingMine.path)
            let pdf = Data("%PDF-1.4\n% a certificate of attendance\n".utf8)
            let saved = try await member.upload(SiteURL.trainingHours.path, field: "evidence", fileName: "attendance.pdf", data: pdf,
                                                contentType: "application/pdf", fields: fields)
            #expect(saved.status == .seeOther)
            let record = try #require(try await HourRecord.query(on: app.db).first())
            #expect(record.evidenceType == "application/pdf")
            let mine = try await member.get(SiteURL.trainingHourEvidence(.value(record.id!)).path)
            #expect(Data(mine.body.readableBytesView) == pdf)
            #expect(mine.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)

            let other = Browser(app)
            try await other.signIn("other@example.org")
            #expect(try await other.get(SiteURL.trainingHourEvidence(.value(record.id!)).path).status == .notFound)
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.get(SiteURL.staffTraining.path).body.string.contains(SiteURL.trainingHourEvidence(.value(record.id!)).path))
            #expect(try await staff.get(SiteURL.trainingHourEvidence(.value(record.id!)).path).status == .ok)
            #expect(try await app.auditEvents(.hoursEvidence).count == 1)
        }
    }
}
