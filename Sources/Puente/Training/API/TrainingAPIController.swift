// `/api/v1/training`: programs, cohorts, enrollments, hours and certificates as JSON, with the
// pages' permissions (the same service and the same gate decide).

import Fluent
import Foundation
import PuenteCore
import Vapor

struct ProgramDTO: Content {
    let code: String
    let kind: String
    let name: [String: String]
    let description: [String: String]
    let requirements: RequirementsDTO
    let autoComplete: Bool

    struct RequirementsDTO: Content {
        let classroomHours: Double
        let practicumHours: Double
        let minimumAttendancePercent: Int
        let requiredCompetencies: [String]
        let windowDays: Int?
    }

    init(_ program: TrainingProgram) {
        let r = program.requirements
        code = program.code
        kind = program.kind.rawValue
        name = ["en": program.nameEN, "es": program.nameES]
        description = ["en": program.descriptionEN, "es": program.descriptionES]
        requirements = .init(classroomHours: Double(r.classroomQuarterHours) / 4, practicumHours: Double(r.practicumQuarterHours) / 4,
                             minimumAttendancePercent: r.minimumAttendancePercent, requiredCompetencies: r.requiredCompetencies,
                             windowDays: r.windowDays)
        autoComplete = program.autoComplete
    }
}

struct CohortDTO: Content {
    let id: UUID
    let program: String
    let name: String
    /// Absent when staff wrote no Spanish name.
    let nameEs: String?
    let startsOn: String
    let endsOn: String
    let place: String?
    let capacity: Int
    let seatsLeft: Int
    let sessions: [SessionDTO]

    struct SessionDTO: Content {
        let id: UUID
        let day: String
        let startsAt: String
        let hours: Double
        let topic: String
        let topicEs: String?
        let competencies: [String]
    }
}

struct EnrollmentDTO: Content {
    let id: UUID
    let cohort: UUID
    let person: String
    let status: String
    let deadline: String?
}

struct ProgressDTO: Content {
    let classroomHours: Double
    let classroomRequired: Double
    let practicumHours: Double
    let practicumPendingHours: Double
    let practicumRequired: Double
    let attendancePercent: Int
    let attendanceRequired: Int
    let competenciesCovered: [String]
    let missing: [String]
    let deadline: String?
    let complete: Bool

    init(_ p: TrainingProgress) {
        classroomHours = Double(p.classroomQuarterHours) / 4
        classroomRequired = Double(p.classroomRequired) / 4
        practicumHours = Double(p.practicumQuarterHours) / 4
        practicumPendingHours = Double(p.practicumPendingQuarterHours) / 4
        practicumRequired = Double(p.practicumRequired) / 4
        attendancePercent = p.attendancePercent
        attendanceRequired = p.attendanceRequired
        competenciesCovered = p.competenciesCovered
        missing = p.gaps.map {
            switch $0 {
            case .classroomHours: "classroomHours"
            case .practicumHours: "practicumHours"
            case .attendance: "attendance"
            case .competencies: "competencies"
            }
        }
        deadline = p.deadline?.description
        complete = p.isComplete
    }
}

struct PracticumLogDTO: Content {
    let id: UUID
    let enrollment: UUID
    let day: String
    let hours: Double
    let activities: String
    let competencies: [String]
    let status: String
    let comment: String?

    init(_ log: PracticumLog) {
        id = log.id!
        enrollment = log.$enrollment.id
        day = log.day
        hours = Double(log.quarterHours) / 4
        activities = log.activities
        competencies = Competencies.parse(log.competencies)
        status = log.status.rawValue
        comment = log.comment
    }
}

struct HourRecordDTO: Content {
    let id: UUID
    let kind: String
    let day: String
    let hours: Double
    let topic: String
    let provider: String
    let status: String

    init(_ record: HourRecord) {
        id = record.id!
        kind = record.kind.rawValue
        day = record.day
        hours = Double(record.quarterHours) / 4
        topic = record.topic
        provider = record.provider
        status = record.status.rawValue
    }
}

struct TrainingAPIController: RouteCollection {
    struct DecisionRequest: Content { let status: String }
    struct LogRequest: Content { let day: String; let hours: Double; let activities: String; let competencies: [String]? }
    struct LogDecisionRequest: Content { let decision: String; let comment: String? }
    struct HoursRequest: Content { let kind: String; let day: String; let hours: Double; let topic: String; let provider: String }
    struct AttendanceRequest: Content {
        struct Entry: Content { let enrollment: UUID; let mark: String; let hours: Double? }
        let marks: [Entry]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.trainingPrograms.pathComponents, use: programs)
        routes.get(APIURL.trainingCohorts.pathComponents, use: cohorts)
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.post(APIURL.trainingCohortEnrollments(.key).pathComponents, use: apply)
        signedIn.get(APIURL.trainingEnrollments.pathComponents, use: enrollments)
        signedIn.post(APIURL.trainingEnrollmentDecision(.key).pathComponents, use: decide)
        signedIn.get(APIURL.trainingEnrollmentProgress(.key).pathComponents, use: progress)
        signedIn.post(APIURL.trainingEnrollmentPracticumLogs(.key).pathComponents, use: logPracticum)
        signedIn.post(APIURL.trainingEnrollmentCertificate(.key).pathComponents, use: certify)
        signedIn.post(APIURL.trainingSessionAttendance(.key).pathComponents, use: attendance)
        signedIn.get(APIURL.trainingPracticumLogs.pathComponents, use: logsToDecide)
        signedIn.post(APIURL.trainingPracticumLogDecision(.key).pathComponents, use: decideLog)
        signedIn.get(APIURL.trainingCertificates.pathComponents, use: certificates)
        signedIn.post(APIURL.trainingHours.pathComponents, use: reportHours)
    }

    func programs(req: Request) async throws -> Response {
        try Response.json(try await TrainingProgram.query(on: req.db).sort(\.$code).all().map(ProgramDTO.init))
    }

    func cohorts(req: Request) async throws -> Response {
        let from = req.training.today.description
        let cohorts = try await Cohort.query(on: req.db).filter(\.$endsOn >= from).sort(\.$startsOn).with(\.$program).with(\.$sessions).all()
        let taken = try await req.training.seatsTaken(in: cohorts.compactMap(\.id), on: req.db)
        var result = [CohortDTO]()
        for cohort in cohorts {
            let taken = taken[cohort.id!] ?? 0
            result.append(.init(id: cohort.id!, program: cohort.program.code, name: cohort.name, nameEs: cohort.nameEs, startsOn: cohort.startsOn,
                                endsOn: cohort.endsOn,
                                place: cohort.place, capacity: cohort.capacity, seatsLeft: max(0, cohort.capacity - taken),
                                sessions: cohort.sessions.sorted { ($0.day, $0.startsAt) < ($1.day, $1.startsAt) }.map {
                                    .init(id: $0.id!, day: $0.day, startsAt: $0.startsAt, hours: Double($0.quarterHours) / 4,
                                          topic: $0.topic, topicEs: $0.topicEs,
                                          competencies: Competencies.parse($0.competencies))
                                }))
        }
        return try Response.json(result)
    }

    func apply(req: Request) async throws -> Response {
        let cohort = try await req.find(Cohort.self, "cohortID")
        let user = try req.requireUser()
        let enrollment = try await run { try await req.training.apply(user, to: cohort) }
        return try Response.json(try await dto(enrollment, req), status: .created)
    }

    /// Mine; or, with `cohort=`, that cohort's roster for its trainers and staff.
    func enrollments(req: Request) async throws -> Response {
        if let raw = req.queryParameters["cohort"] {
            guard let cohortID = UUID(uuidString: raw) else { throw Abort(.badRequest, reason: "cohort must be a cohort's id") }
            guard let cohort = try await Cohort.find(cohortID, on: req.db) else { throw Abort(.notFound) }
            try await req.requireCohortAccess(cohort)
            let rows = try await Enrollment.query(on: req.db).filter(\.$cohort.$id == cohortID).with(\.$user).sort(\.$createdAt).all()
            var result = [EnrollmentDTO]()
            for row in rows { result.append(try await dto(row, req)) }
            return try Response.json(result)
        }
        let rows = try await Enrollment.query(on: req.db).filter(\.$user.$id == (try req.requireUser()).id!).with(\.$user).all()
        var result = [EnrollmentDTO]()
        for row in rows { result.append(try await dto(row, req)) }
        return try Response.json(result)
    }

    /// Trainers and staff accept, waitlist or withdraw; a member may withdraw themself.
    func decide(req: Request) async throws -> Response {
        let enrollment = try await req.find(Enrollment.self, "enrollmentID")
        // Who may decide is settled before the body is read: a stranger learns nothing from it.
        let isOwn = enrollment.$user.id == (try req.requireUser()).id
        if !isOwn { try await req.requireCohortAccess(try await enrollment.$cohort.get(on: req.db)) }
        let body = try req.content.decode(DecisionRequest.self)
        guard let status = Enrollment.Status(rawValue: body.status), [.accepted, .waitlisted, .withdrawn].contains(status) else {
            throw Abort(.unprocessableEntity, reason: "status must be accepted, waitlisted or withdrawn")
        }
        if isOwn && status != .withdrawn { // one's own enrollment: only withdraw, unless one teaches the cohort
            try await req.requireCohortAccess(try await enrollment.$cohort.get(on: req.db))
        }
        try await run { try await req.training.decide(enrollment, status) }
        return try Response.json(try await dto(enrollment, req))
    }

    func progress(req: Request) async throws -> Response {
        let enrollment = try await req.find(Enrollment.self, "enrollmentID")
        try await requireOwnOrCohort(enrollment, req)
        return try Response.json(ProgressDTO(try await req.training.progress(enrollment)))
    }

    func logPracticum(req: Request) async throws -> Response {
        let enrollment = try await req.find(Enrollment.self, "enrollmentID")
        try req.requireOwnEnrollment(enrollment)
        let body = try req.content.decode(LogRequest.self)
        let input = TrainingService.LogInput(day: body.day, hours: "\(body.hours)", activities: body.activities,
                                             competencies: body.competencies ?? [])
        let log = try await run { try await req.training.logPracticum(enrollment, input) }
        return try Response.json(PracticumLogDTO(log), status: .created)
    }

    func certify(req: Request) async throws -> Response {
        try await req.require(.manageTraining)
        let enrollment = try await req.find(Enrollment.self, "enrollmentID")
        let credential = try await run { try await req.training.issueCertificate(enrollment) }
        let holder = try await credential.$entry.get(on: req.db)
        return try Response.json(CertificateVerification(credential, holder: credential.holderName ?? holder.fullName,
                                                         registryStatus: holder.status,
                                                         today: req.training.today.description), status: .created)
    }

    func attendance(req: Request) async throws -> Response {
        let session = try await req.find(TrainingSession.self, "sessionID")
        try await req.requireCohortAccess(try await session.$cohort.get(on: req.db))
        let body = try req.content.decode(AttendanceRequest.self)
        let marks = try body.marks.map { entry -> TrainingService.Mark in
            guard let mark = AttendanceMark.Mark(rawValue: entry.mark) else { throw Abort(.unprocessableEntity,
                                                                                          reason: "mark must be present, partial or absent") }
            return .init(enrollmentID: entry.enrollment, mark: mark,
                         partialQuarterHours: entry.hours.flatMap { Hours.quarterHours(from: "\($0)") })
        }
        try await run { try await req.training.markAttendance(session, marks) }
        return Response(status: .noContent)
    }

    /// A supervisor's own trainees' logs (pending first).
    func logsToDecide(req: Request) async throws -> Response {
        try await req.require(.supervisePracticum)
        let placements = try await PracticumPlacement.query(on: req.db).filter(\.$supervisor.$id == (try req.requireUser()).id!).all()
        var query = PracticumLog.query(on: req.db).filter(\.$placement.$id ~~ placements.compactMap(\.id))
        if let status = req.query[String.self, at: "status"] {
            guard let value = PracticumLog.Status(rawValue: status) else { throw Abort(.badRequest, reason: "unknown status \(status)") }
            query = query.filter(\.$status == value)
        }
        return try Response.json(try await query.sort(\.$day, .descending).limit(500).all().map(PracticumLogDTO.init))
    }

    func decideLog(req: Request) async throws -> Response {
        let log = try await req.find(PracticumLog.self, "logID")
        try await req.requireSupervisor(of: log)
        let body = try req.content.decode(LogDecisionRequest.self)
        guard ["approve", "return"].contains(body.decision) else { throw Abort(.unprocessableEntity,
                                                                               reason: "decision must be approve or return") }
        let user = try req.requireUser()
        try await run { try await req.training.decide(log, approve: body.decision == "approve", comment: body.comment ?? "", by: user) }
        return try Response.json(PracticumLogDTO(log))
    }

    func certificates(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let entry = try await RegistryEntry.query(on: req.db).filter(\.$user.$id == user.id!).first() else { return try Response.json([CertificateVerification]()) }
        let today = req.training.today.description
        let credentials = try await Credential.query(on: req.db).filter(\.$entry.$id == entry.id!).sort(\.$issuedOn).all()
        return try Response.json(credentials.map { CertificateVerification($0, holder: $0.holderName ?? entry.fullName,
                                                                           registryStatus: entry.status, today: today) })
    }

    func reportHours(req: Request) async throws -> Response {
        let body = try req.content.decode(HoursRequest.self)
        var input = HourRecordInput()
        input.kind = body.kind
        input.day = body.day
        input.hours = "\(body.hours)"
        input.topic = body.topic
        input.provider = body.provider
        let user = try req.requireUser()
        let record = try await run { try await req.training.report(input, for: user) }
        return try Response.json(HourRecordDTO(record), status: .created)
    }

    // MARK: Helpers

    private func requireOwnOrCohort(_ enrollment: Enrollment, _ req: Request) async throws {
        if enrollment.$user.id == (try req.requireUser()).id { return }
        try await req.requireCohortAccess(try await enrollment.$cohort.get(on: req.db))
    }

    private func dto(_ enrollment: Enrollment, _ req: Request) async throws -> EnrollmentDTO {
        let user = try await enrollment.$user.get(on: req.db)
        return EnrollmentDTO(id: enrollment.id!, cohort: enrollment.$cohort.id, person: user.name, status: enrollment.status.rawValue,
                             deadline: enrollment.status.isActive ? try await req.training.deadline(enrollment).description : nil)
    }

    /// Service failures as problem+json: validation 422, conflicts 409, someone else's trainee 403.
    private func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as TrainingService.Failure {
            switch failure {
            case .invalid, .hours, .reasonRequired, .requirementsNotMet:
                var errors = FormErrors()
                errors.add(failure.field ?? "body", failure.message)
                throw ValidationFailure(errors: errors)
            case .notTheirSupervisor:
                throw Abort(.forbidden, reason: failure.message.text(.en))
            case .alreadyEnrolled, .cohortFull, .cohortOver, .applicationsClosed, .notActive, .alreadyDecided, .noPlacement, .alreadyCertified:
                throw Abort(.conflict, reason: failure.message.text(.en))
            }
        }
    }
}
