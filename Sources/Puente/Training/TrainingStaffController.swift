// Pages for the people who run training: staff (every cohort), trainers (their cohorts),
// supervisors (their trainees' practicum logs).

import Fluent
import Foundation
import PuenteCore
import Vapor

struct TrainingStaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let teaching = routes.grouped(Access.permission(.teach))
        teaching.get(SiteURL.staffTraining.pathComponents, use: overview)
        teaching.get(SiteURL.trainingCohort(.key).pathComponents, use: cohort)
        teaching.post(SiteURL.trainingCohortDecision(.key).pathComponents, use: enrollmentAction)
        teaching.post(SiteURL.trainingCohortSessions(.key).pathComponents, use: addSession)
        teaching.get(SiteURL.trainingAttendance(.key).pathComponents, use: attendanceForm)
        teaching.post(SiteURL.trainingAttendance(.key).pathComponents, use: markAttendance)

        let staff = routes.grouped(Access.permission(.manageTraining))
        staff.post(SiteURL.staffTrainingCohorts.pathComponents, use: createCohort)
        staff.get(SiteURL.staffProgramNew.pathComponents, use: newProgram)
        staff.post(SiteURL.staffProgramNew.pathComponents, use: saveProgram)
        staff.get(SiteURL.staffProgram(.key).pathComponents, use: editProgram)
        staff.post(SiteURL.staffProgram(.key).pathComponents, use: saveProgram)
        staff.post(SiteURL.trainingCohortTrainers(.key).pathComponents, use: addTrainer)
        staff.post(SiteURL.staffHourDecision(.key).pathComponents, use: decideHours)
        staff.post(SiteURL.staffEligibilityRemind.pathComponents, use: remind)
        staff.post(SiteURL.staffCertificateReissue(.key).pathComponents, use: reissue)

        let supervising = routes.grouped(Access.permission(.supervisePracticum))
        supervising.get(SiteURL.trainingSupervision.pathComponents, use: supervision)
        supervising.post(SiteURL.trainingLogDecision(.key).pathComponents, use: decideLog)
    }

    // MARK: Overview

    func overview(req: Request) async throws -> Response {
        let model = try await TrainingStaffPage.query(on: req.db, viewer: try req.requireUser(), roles: try await req.roles(),
                                                      eligibility: req.eligibility)
        return try await req.render { TrainingStaffPage.page($0, model) }
    }

    func createCohort(req: Request) async throws -> Response {
        let input = CohortInput(form: req)
        do {
            let cohort = try await req.training.createCohort(input)
            req.flash(.success, .saved)
            return req.redirect(to: .trainingCohort(.value(cohort.id!)))
        } catch let failure as TrainingService.Failure {
            var errors = FormErrors()
            errors.add(failure.field ?? "name", failure.message)
            let model = try await TrainingStaffPage.query(on: req.db, viewer: try req.requireUser(), roles: try await req.roles(),
                                                          eligibility: req.eligibility, cohortErrors: errors, cohortInput: input)
            return try await req.render { TrainingStaffPage.page($0, model, status: .unprocessableEntity) }
        }
    }

    // MARK: Programs

    func newProgram(req: Request) async throws -> Response {
        try await req.render { ProgramFormPage.page($0, ProgramInput(), id: nil) }
    }

    func editProgram(req: Request) async throws -> Response {
        let program = try await req.find(TrainingProgram.self, "programID")
        return try await req.render { ProgramFormPage.page($0, ProgramInput(program), id: program.id) }
    }

    func saveProgram(req: Request) async throws -> Response {
        let existing = req.parameters.get("programID") == nil ? nil : try await req.find(TrainingProgram.self, "programID")
        let input = ProgramInput(form: req)
        do {
            try await req.training.saveProgram(input, existing: existing)
            req.flash(.success, .saved)
            return req.redirect(to: .staffTraining)
        } catch TrainingService.ProgramFailure.invalid(let errors) {
            return try await req.render { ProgramFormPage.page($0, input, id: existing?.id, errors: FormErrors(errors)) }
        }
    }

    // MARK: One cohort

    func cohort(req: Request) async throws -> Response {
        let cohort = try await req.find(Cohort.self, "cohortID")
        try await req.requireCohortAccess(cohort)
        let model = try await CohortPage.query(on: req.db, cohort: cohort, training: req.training,
                                               isStaff: PermissionGate.allows(try await req.roles(), .manageTraining))
        return try await req.render { CohortPage.page($0, model) }
    }

    /// One form per roster row: accept, waitlist, withdraw, place, extend, transfer, certify.
    func enrollmentAction(req: Request) async throws -> Response {
        let cohort = try await req.find(Cohort.self, "cohortID")
        try await req.requireCohortAccess(cohort)
        guard let id = UUID(uuidString: req.formValue("enrollment")),
              let enrollment = try await Enrollment.query(on: req.db).filter(\.$id == id).filter(\.$cohort.$id == cohort.id!).first()
        else { throw Abort(.notFound) }
        let action = req.formValue("action")
        // Trainers run their roster; certificates, placements, deadlines and transfers are staff's.
        if !["accept", "waitlist", "withdraw"].contains(action) { try await req.require(.manageTraining) }
        if action == "withdraw", enrollment.status != .withdrawn, !req.isConfirmed {
            let trainee = try await User.find(enrollment.$user.id, on: req.db)
            return try await req.confirmFirst { ctx in
                Confirmation(heading: ctx.t(.confirmStaffWithdrawHeading, ["name": trainee?.name ?? ""]),
                             consequences: [ctx.t(.confirmStaffWithdrawConsequence, ["cohort": cohort.name])],
                             confirm: ctx.t(.confirmWithdrawButton), back: SiteURL.trainingCohort(.value(cohort.id!)).path,
                             carry: [("enrollment", id.uuidString), ("action", "withdraw")])
            }
        }
        do {
            switch action {
            case "accept": try await req.training.decide(enrollment, .accepted)
            case "waitlist": try await req.training.decide(enrollment, .waitlisted)
            case "withdraw": try await req.training.decide(enrollment, .withdrawn)
            case "certify": try await req.training.issueCertificate(enrollment)
            case "extend": try await req.training.extend(enrollment, until: req.formValue("until"), reason: req.formValue("reason"))
            case "place":
                guard let address = EmailAddress(req.formValue("supervisor_email")),
                      let supervisor = try await User.query(on: req.db).filter(\.$email == address.value).first()
                else { throw TrainingService.Failure.invalid(field: "supervisor", .trainingNotASupervisor) }
                try await req.training.place(enrollment, site: req.formValue("site"), supervisor: supervisor)
            case "transfer":
                guard let target = try await UUID(uuidString: req.formValue("target")).asyncMap({ try await Cohort.find($0, on: req.db) }) ?? nil
                else { throw TrainingService.Failure.invalid(field: "cohort", .trainingTransferSameProgram) }
                _ = try await req.training.transfer(enrollment, to: target)
            default: throw Abort(.badRequest)
            }
            req.flash(.success, .saved)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .trainingCohort(.value(cohort.id!)))
    }

    func addSession(req: Request) async throws -> Response {
        let cohort = try await req.find(Cohort.self, "cohortID")
        try await req.requireCohortAccess(cohort)
        do {
            try await req.training.addSession(to: cohort, day: req.formValue("day"), startsAt: req.formValue("starts_at"),
                                              hours: req.formValue("hours"), topic: req.formValue("topic"),
                                              topicEs: req.formValue("topic_es"), competencies: req.formValues("competencies"))
            req.flash(.success, .saved)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .trainingCohort(.value(cohort.id!)))
    }

    func addTrainer(req: Request) async throws -> Response {
        let cohort = try await req.find(Cohort.self, "cohortID")
        do {
            guard let address = EmailAddress(req.formValue("email")),
                  let user = try await User.query(on: req.db).filter(\.$email == address.value).first()
            else { throw TrainingService.Failure.invalid(field: "email", .trainingNotATrainer) }
            try await req.training.addTrainer(user, to: cohort)
            req.flash(.success, .saved)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .trainingCohort(.value(cohort.id!)))
    }

    // MARK: Attendance

    func attendanceForm(req: Request) async throws -> Response {
        let (session, cohort) = try await sessionAndCohort(req)
        let model = try await AttendancePage.query(on: req.db, session: session, cohort: cohort)
        return try await req.render { AttendancePage.view($0, model) }
    }

    func markAttendance(req: Request) async throws -> Response {
        let (session, cohort) = try await sessionAndCohort(req)
        let enrollments = try await Enrollment.query(on: req.db).filter(\.$cohort.$id == cohort.id!).filter(\.$status ~~ [.accepted, .completed]).all()
        var marks = [TrainingService.Mark]()
        if req.formValue("all") == "present" {
            // "Everyone not yet marked is present": a mark already given stays as it is.
            let marked = Set(try await AttendanceMark.query(on: req.db).filter(\.$session.$id == session.id!).all().map(\.$enrollment.id))
            marks = enrollments.filter { !marked.contains($0.id!) }.map { .init(enrollmentID: $0.id!, mark: .present, partialQuarterHours: nil) }
        }
        for enrollment in enrollments where req.formValue("all") != "present" {
            let raw = req.formValue("mark-\(enrollment.id!)")
            guard !raw.isEmpty else { continue }
            guard let mark = AttendanceMark.Mark(rawValue: raw) else { throw Abort(.badRequest) }
            marks.append(.init(enrollmentID: enrollment.id!, mark: mark,
                               partialQuarterHours: mark == .partial ? Hours.quarterHours(from: req.formValue("hours-\(enrollment.id!)")) : nil))
        }
        do {
            try await req.training.markAttendance(session, marks)
            req.flash(.success, .attendanceSaved)
            return req.redirect(to: .trainingAttendance(.value(session.id!)))
        } catch let failure as TrainingService.Failure {
            let model = try await AttendancePage.query(on: req.db, session: session, cohort: cohort, error: failure.message)
            return try await req.render { AttendancePage.view($0, model, status: .unprocessableEntity) }
        }
    }

    private func sessionAndCohort(_ req: Request) async throws -> (TrainingSession, Cohort) {
        let session = try await req.find(TrainingSession.self, "sessionID")
        let cohort = try await session.$cohort.get(on: req.db)
        try await req.requireCohortAccess(cohort)
        return (session, cohort)
    }

    // MARK: Supervision

    func supervision(req: Request) async throws -> Response {
        let logs = try await SupervisionPage.query(on: req.db, supervisor: try req.requireUser())
        return try await req.render { SupervisionPage.page($0, logs: logs) }
    }

    func decideLog(req: Request) async throws -> Response {
        let log = try await req.find(PracticumLog.self, "logID")
        try await req.requireSupervisor(of: log)
        do {
            try await req.training.decide(log, approve: req.formValue("decision") == "approve", comment: req.formValue("comment"),
                                          by: try req.requireUser())
            req.flash(.success, .saved)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .trainingSupervision)
    }

    // MARK: Hours, eligibility, certificates

    func decideHours(req: Request) async throws -> Response {
        let record = try await req.find(HourRecord.self, "recordID")
        do {
            try await req.training.decide(record, approve: req.formValue("decision") == "approve", comment: req.formValue("comment"))
            req.flash(.success, .saved)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        return req.redirect(to: .staffTraining)
    }

    func remind(req: Request) async throws -> Response {
        let lapses = try await req.eligibility.lapsing()
        try await req.eligibility.remind(lapses)
        req.flash(.success, .eligibilityReminded, ["count": "\(lapses.count)"])
        return req.redirect(to: .staffTraining)
    }

    func reissue(req: Request) async throws -> Response {
        let credential = try await req.find(Credential.self, "credentialID")
        do {
            try await req.training.reissue(credential, holder: req.formValue("holder"), reason: req.formValue("reason"))
            req.flash(.success, .certificateReissued)
        } catch let failure as TrainingService.Failure {
            req.flash(.error, failure.message)
        }
        guard let enrollmentID = credential.enrollmentID, let enrollment = try await Enrollment.find(enrollmentID, on: req.db) else {
            return req.redirect(to: .staffTraining)
        }
        return req.redirect(to: .trainingCohort(.value(enrollment.$cohort.id)))
    }
}
