// Builds training situations through the real service, with dates around today.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

extension Application {
    var trainingService: TrainingService { TrainingService(db: db, config: config, actor: .system) }
    var today: Day { trainingService.today }

    func program(_ code: String = ShippedPrograms.coreCode) async throws -> TrainingProgram {
        try #require(try await TrainingProgram.query(on: db).filter(\.$code == code).first())
    }

    /// A cohort that started 30 days ago and ends in 26, with `sessions` past four-hour sessions
    /// that together cover every C3 competency. It takes applications until its last day unless
    /// `closesAtStart`, so tests can enrol people in a cohort already under way.
    func makeCohort(program code: String = ShippedPrograms.coreCode, name: String = "Spring group", capacity: Int = 20,
                    sessions: Int = 20, startedDaysAgo: Int = 30, sessionHours: String = "4", closesAtStart: Bool = false) async throws -> Cohort {
        var input = CohortInput()
        input.programID = try await program(code).id!.uuidString
        input.name = name
        input.startsOn = today.adding(days: -startedDaysAgo).description
        input.endsOn = today.adding(days: 56 - startedDaysAgo).description
        input.place = "Fresno Community Center, 1200 Tulare St"
        input.onlineLink = "https://meet.example.org/core-cohort"
        input.capacity = "\(capacity)"
        if !closesAtStart { input.applicationsCloseOn = input.endsOn }
        let cohort = try await trainingService.createCohort(input)
        let all = Competencies.all.map(\.id)
        for index in 0..<sessions {
            let covered = index == sessions - 1 ? Array(all[min(index, all.count - 1)...]) : [all[index % all.count]]
            try await trainingService.addSession(to: cohort, day: today.adding(days: -startedDaysAgo + 1 + index).description, startsAt: "09:00",
                                                 hours: sessionHours, topic: "Session \(index + 1)", competencies: covered)
        }
        return cohort
    }

    /// A member with an accepted seat in `cohort`.
    func enroll(_ email: String, name: String = "Rosa Elena Díaz", in cohort: Cohort) async throws -> (User, Enrollment) {
        let user = try await makeUser(email, name: name)
        let enrollment = try await trainingService.apply(user, to: cohort)
        try await trainingService.decide(enrollment, .accepted)
        return (user, enrollment)
    }

    func markAll(_ cohort: Cohort, _ mark: AttendanceMark.Mark = .present, for enrollment: Enrollment) async throws {
        for session in try await TrainingSession.query(on: db).filter(\.$cohort.$id == cohort.id!).all() {
            try await trainingService.markAttendance(session, [.init(enrollmentID: enrollment.id!, mark: mark, partialQuarterHours: nil)])
        }
    }

    /// `days` logs of `hours` each, on consecutive past days from the cohort's start, approved.
    func logApprovedPracticum(_ enrollment: Enrollment, supervisor: User, days: Int = 10, hours: String = "8") async throws {
        let cohort = try await enrollment.$cohort.get(on: db)
        for index in 0..<days {
            let log = try await trainingService.logPracticum(enrollment, .init(day: cohort.startDay.adding(days: index).description, hours: hours,
                                                                               activities: "Home visits and referrals", competencies: ["role-outreach"]))
            try await trainingService.decide(log, approve: true, comment: "", by: supervisor)
        }
    }
}

/// Command-line tools the certificate tests read PDFs and QR codes with (poppler-utils, zbar-tools).
enum ExternalTool {
    static func isInstalled(_ name: String) -> Bool {
        ["/usr/bin/", "/usr/local/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + name) }
    }

    /// Required in CI; on a developer's machine without them the test is skipped and says why.
    static var pdfToolsAvailable: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true" || (isInstalled("pdftotext") && isInstalled("pdftoppm") && isInstalled("zbarimg"))
    }

    static func run(_ name: String, _ arguments: [String]) throws -> String {
        let output = Pipe()
        let child = try ChildProcess.launch(name, arguments, stdout: output.fileHandleForWriting.fileDescriptor)
        output.closeChildsEnd(writing: true)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = child.wait()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of a PDF, as `pdftotext` extracts it.
    static func pdfText(_ pdf: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cert-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run("pdftotext", ["-layout", file.path, "-"])
    }

    /// What the QR code on the PDF's first page says: rendered by `pdftoppm`, read by `zbarimg`.
    static func qrText(_ pdf: Data) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("cert-\(UUID().uuidString)")
        let file = base.appendingPathExtension("pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file); try? FileManager.default.removeItem(at: base.appendingPathExtension("png")) }
        _ = try run("pdftoppm", ["-png", "-r", "150", "-singlefile", file.path, base.path])
        return try run("zbarimg", ["--quiet", "--raw", base.appendingPathExtension("png").path]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
