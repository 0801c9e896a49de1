// Public course schedule, the member's own training page, certificate PDFs and schedule feeds.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct TrainingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.training.pathComponents, use: schedule)
        routes.get(SiteURL.certificatePDF(.key).pathComponents, use: certificatePDF)
        routes.get(SiteURL.trainingCalendar(.key).pathComponents, use: calendar)
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.post(SiteURL.trainingApply(.key).pathComponents, use: apply)
        signedIn.get(SiteURL.trainingMine.pathComponents, use: mine)
        signedIn.get(SiteURL.trainingPracticumLog(.key).pathComponents, use: practicum)
        signedIn.post(SiteURL.trainingPracticumLog(.key).pathComponents, use: logPracticum)
        signedIn.post(SiteURL.trainingEnrollmentAction(.key).pathComponents, use: withdraw)
        signedIn.get(SiteURL.trainingHours.pathComponents, use: hours)
        signedIn.post(SiteURL.trainingHours.pathComponents, use: reportHours)
        signedIn.get(SiteURL.trainingHourEvidence(.key).pathComponents, use: evidence)
    }

    func schedule(req: Request) async throws -> Response {
        let cards = try await CourseSchedulePage.query(on: req.db, training: req.training, language: req.language)
        return try await req.render { CourseSchedulePage.page($0, cards) }
    }

    func apply(req: Request) async throws -> Response {
        let cohort = try await req.find(Cohort.self, "cohortID")
        do {
            _ = try await req.training.apply(try req.requireUser(), to: cohort)
            req.flash(.success, .trainingApplied)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .trainingMine)
    }

    func mine(req: Request) async throws -> Response {
        let model = try await TrainingMinePage.query(on: req.db, user: try req.requireUser(), training: req.training,
                                                     eligibility: req.eligibility)
        return try await req.render { TrainingMinePage.page($0, model) }
    }

    /// The trainee's own practicum page; only a seat in a running course has one.
    func practicum(req: Request) async throws -> Response {
        let enrollment = try await req.find(Enrollment.self, "enrollmentID")
        try req.requireOwnEnrollment(enrollment)
        guard enrollment.status == .accepted else { return req.redirect(to: .trainingMine) }
        let model = try await PracticumLogPage.query(on: req.db, enrollment: enrollment, today: req.training.today, language: req.language)
        return try await req.render { PracticumLogPage.page($0, model) }
    }

    func logPracticum(req: Request) async throws -> Response {
        let enrollment = try await req.find(Enrollment.self, "enrollmentID")
        try req.requireOwnEnrollment(enrollment)
        let input = TrainingService.LogInput(day: req.formValue("day"), hours: req.formValue("hours"),
                                             activities: req.formValue("activities"), competencies: req.formValues("competencies"))
        do {
            _ = try await req.training.logPracticum(enrollment, input)
            req.flash(.success, .practicumLogged)
            return req.redirect(to: .trainingMine)
        } catch let failure as TrainingService.Failure {
            var errors = FormErrors()
            errors.add(failure.field ?? "day", failure.message)
            let model = try await PracticumLogPage.query(on: req.db, enrollment: enrollment, today: req.training.today, language: req.language,
                                                         input: input, errors: errors)
            return try await req.render { PracticumLogPage.page($0, model, status: .unprocessableEntity) }
        }
    }

    func withdraw(req: Request) async throws -> Response {
        let enrollment = try await req.find(Enrollment.self, "enrollmentID")
        try req.requireOwnEnrollment(enrollment)
        guard req.formValue("action") == "withdraw" else { throw Abort(.badRequest) }
        guard req.isConfirmed else {
            let cohort = try await Cohort.find(enrollment.$cohort.id, on: req.db)
            return try await req.confirmFirst { ctx in
                let name = cohort.map { ctx.content($0.name, spanish: $0.nameEs) } ?? ""
                return Confirmation(heading: ctx.t(.confirmWithdrawHeading),
                             consequences: [ctx.t(.confirmWithdrawConsequence, ["cohort": name]), ctx.t(.confirmWithdrawRecord)],
                             confirm: ctx.t(.confirmWithdrawButton), back: SiteURL.trainingMine.path, carry: [("action", "withdraw")])
            }
        }
        do {
            try await req.training.decide(enrollment, .withdrawn)
            req.flash(.success, .trainingWithdrawn)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .trainingMine)
    }

    func hours(req: Request) async throws -> Response {
        let model = try await HourReportPage.query(on: req.db, user: try req.requireUser())
        return try await req.render { HourReportPage.page($0, model) }
    }

    func reportHours(req: Request) async throws -> Response {
        let input = HourRecordInput(form: req)
        do {
            _ = try await req.training.report(input, for: try req.requireUser())
            req.flash(.success, .hoursReported)
            return req.redirect(to: .trainingMine)
        } catch let failure as TrainingService.Failure {
            var errors = FormErrors()
            errors.add(failure.field ?? "hours", failure.message)
            let model = try await HourReportPage.query(on: req.db, user: try req.requireUser(), input: input, errors: errors)
            return try await req.render { HourReportPage.page($0, model, status: .unprocessableEntity) }
        }
    }

    /// The person's own evidence file, or anyone's for staff (audited: it is personal data).
    func evidence(req: Request) async throws -> Response {
        let record = try await req.find(HourRecord.self, "recordID")
        let user = try req.requireUser()
        let isStaff = PermissionGate.allows(try await req.roles(), .manageTraining)
        guard record.$user.id == user.id || isStaff, let file = record.evidenceFile else { throw Abort(.notFound) }
        let data = try EvidenceFile.read(file, config: req.config)
        if record.$user.id != user.id {
            try await Audit.record(.hoursEvidence, entityType: .hourRecord, entityID: record.id!.uuidString,
                                   summary: "downloaded \(record.evidenceName ?? file)", by: req.auditActor, on: req.db)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: record.evidenceType ?? "application/octet-stream")
        // Always a download, never rendered in our origin.
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"evidence-\(record.day)\(file.suffix(4))\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// `/certificates/{number}.pdf`: the number is the key (unguessable); revoked ones are gone.
    func certificatePDF(req: Request) async throws -> Response {
        let file = req.parameters.get("file") ?? ""
        guard file.hasSuffix(".pdf") else { throw Abort(.notFound) }
        let number = Verification.normalize(String(file.dropLast(4)))
        guard let credential = try await Credential.query(on: req.db).filter(\.$number == number).first(), credential.isIssuedByPuente
        else { throw Abort(.notFound) }
        guard credential.revokedAt == nil else { throw Abort(.gone) }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(credential.number).pdf\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: try credential.pdf(req.config)))
    }

    /// A trainee's or a cohort's class schedule as an iCalendar feed, by secret token.
    func calendar(req: Request) async throws -> Response {
        let file = req.parameters.get("token") ?? ""
        guard file.hasSuffix(".ics"), file.count > 4 else { throw Abort(.notFound) }
        let token = String(file.dropLast(4))
        let cohort: Cohort
        var language = req.language
        if let enrollment = try await Enrollment.query(on: req.db).filter(\.$calendarToken == token).with(\.$user).first(), enrollment.status.isActive {
            cohort = try await enrollment.$cohort.get(on: req.db)
            // Calendar apps send no cookie and rarely a useful Accept-Language: the trainee's own feed is in their language.
            if req.query[String.self, at: "lang"] == nil { language = enrollment.user.language }
        } else if let found = try await Cohort.query(on: req.db).filter(\.$calendarToken == token).first() {
            cohort = found
        } else {
            throw Abort(.notFound)
        }
        let program = try await cohort.$program.get(on: req.db)
        let sessions = try await TrainingSession.query(on: req.db).filter(\.$cohort.$id == cohort.id!).sort(\.$day).all()
        let text = TrainingCalendar.feed(cohort: cohort, program: program, sessions: sessions, config: req.config, language: language)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

enum TrainingCalendar {
    static func feed(cohort: Cohort, program: TrainingProgram, sessions: [TrainingSession], config: AppConfig,
                     language: Language) -> String {
        let host = URL(string: config.baseURL)?.host ?? "puente"
        let events: [ICalendar.Event] = sessions.compactMap { session in
            guard let start = session.startDate(in: config.timeZone) else { return nil }
            let place = [cohort.place, cohort.onlineLink].compactMap { $0 }.joined(separator: " · ")
            return ICalendar.Event(uid: "session-\(session.id!.uuidString.lowercased())@\(host)", start: start,
                                   end: start.addingTimeInterval(Double(session.quarterHours) * 15 * 60),
                                   summary: "\(program.name(language)): \(session.topicText.text(in: language))",
                                   description: cohort.nameText.text(in: language), location: place.isEmpty ? nil : place,
                                   url: SiteURL.trainingMine.absolute(config))
        }
        return ICalendar(name: "\(program.name(language)) — \(cohort.nameText.text(in: language))", events: events).render()
    }
}

extension TrainingSession {
    /// The session's start as an instant, from its day and `HH:MM` in the program's zone.
    func startDate(in timeZone: TimeZone) -> Date? {
        guard let day = Day(day) else { return nil }
        let parts = startsAt.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: parts[0], minute: parts[1]))
    }
}

extension Request {
    /// The model whose id is in path parameter `name`, or 404.
    func find<M: Model>(_ type: M.Type, _ name: String) async throws -> M where M.IDValue == UUID {
        guard let id = parameters.get(name, as: UUID.self), let model = try await M.find(id, on: db) else { throw Abort(.notFound) }
        return model
    }
}

extension TrainingService.Failure {
    var message: L10n {
        switch self {
        case .alreadyEnrolled: .trainingAlreadyEnrolled
        case .cohortFull: .trainingCohortFull
        case .cohortOver: .trainingCohortOver
        case .applicationsClosed: .trainingApplicationsClosed
        case .notActive: .trainingNotActive
        case .invalid(_, let message): message
        case .hours(let problem): problem.message
        case .notTheirSupervisor: .practicumNotTheirSupervisor
        case .alreadyDecided: .practicumAlreadyDecided
        case .noPlacement: .practicumNoPlacement
        case .requirementsNotMet: .certificateRequirementsNotMet
        case .alreadyCertified: .certificateAlreadyIssued
        case .reasonRequired: .reasonRequired
        }
    }

    var field: String? {
        switch self {
        case .invalid(let field, _): field
        case .hours(let problem): problem == .inFuture || problem == .outsideCohort ? "day" : "hours"
        default: nil
        }
    }
}

extension HourLogProblem {
    var message: L10n {
        switch self {
        case .notQuarterHours: .hoursNotQuarter
        case .notPositive: .hoursNotPositive
        case .overADay: .hoursOverADay
        case .inFuture: .hoursInFuture
        case .outsideCohort: .hoursOutsideCohort
        }
    }
}
