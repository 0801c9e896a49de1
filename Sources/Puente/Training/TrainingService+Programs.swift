// Staff add and change programs: names and descriptions in both languages and the completion
// requirements, which are data. Changing requirements changes every enrollment's progress, so it is audited.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct ProgramInput: Sendable {
    var code = ""
    var kind = TrainingProgram.Kind.continuingEducation.rawValue
    var nameEN = ""
    var nameES = ""
    var descriptionEN = ""
    var descriptionES = ""
    var classroomHours = "0"
    var practicumHours = "0"
    var attendancePercent = "100"
    var competencies: [String] = []
    var windowDays = ""
    var autoComplete = false
    var validMonths = ""
    var issuer = ""

    init() {}

    init(_ program: TrainingProgram) {
        let r = program.requirements
        code = program.code
        kind = program.kind.rawValue
        nameEN = program.nameEN
        nameES = program.nameES
        descriptionEN = program.descriptionEN
        descriptionES = program.descriptionES
        classroomHours = Hours.text(quarterHours: r.classroomQuarterHours)
        practicumHours = Hours.text(quarterHours: r.practicumQuarterHours)
        attendancePercent = "\(r.minimumAttendancePercent)"
        competencies = r.requiredCompetencies
        windowDays = r.windowDays.map(String.init) ?? ""
        autoComplete = program.autoComplete
        validMonths = program.certificateValidMonths.map(String.init) ?? ""
        issuer = program.issuer
    }

    init(form req: Request) {
        func text(_ name: String) -> String { req.formValue(name).trimmingCharacters(in: .whitespacesAndNewlines) }
        code = text("code").lowercased()
        kind = text("kind")
        nameEN = text("name_en")
        nameES = text("name_es")
        descriptionEN = text("description_en")
        descriptionES = text("description_es")
        classroomHours = text("classroom_hours")
        practicumHours = text("practicum_hours")
        attendancePercent = text("attendance_percent")
        competencies = req.formValues("competencies")
        windowDays = text("window_days")
        autoComplete = req.formValue("auto_complete") == "on"
        validMonths = text("valid_months")
        issuer = text("issuer")
    }

    /// Every problem at once, by field, as a form shows them.
    func validate() -> (FormErrors, CompletionRequirements?) {
        var errors = FormErrors()
        if code.range(of: #"^[a-z0-9][a-z0-9-]{1,39}$"#, options: .regularExpression) == nil { errors.add("code", .programCodeInvalid) }
        if TrainingProgram.Kind(rawValue: kind) == nil { errors.add("kind", .fieldRequired) }
        for (field, value, limit, required) in [("name_en", nameEN, 200, true), ("name_es", nameES, 200, true),
                                                ("description_en", descriptionEN, 2000, true), ("description_es", descriptionES,
                                                                                                2000, true),
                                                ("issuer", issuer, 200, false)] {
            if required && value.isEmpty { errors.add(field, .fieldRequired) }
            if value.count > limit { errors.add(field, .textTooLong) }
            if let found = PrivacyGuard.scan(value) { errors.add(field, found.message) }
        }
        let classroom = Hours.quarterHours(from: classroomHours), practicum = Hours.quarterHours(from: practicumHours)
        if classroom == nil || classroom! < 0 || classroom! > 4000 * 4 { errors.add("classroom_hours", .hoursNotQuarter) }
        if practicum == nil || practicum! < 0 || practicum! > 4000 * 4 { errors.add("practicum_hours", .hoursNotQuarter) }
        let attendance = Int(attendancePercent)
        if attendance == nil || !(0...100).contains(attendance!) { errors.add("attendance_percent", .programPercentInvalid) }
        let window = windowDays.isEmpty ? nil : Int(windowDays)
        if !windowDays.isEmpty && (window == nil || !(1...3650).contains(window!)) { errors.add("window_days", .programNumberInvalid) }
        if !validMonths.isEmpty && (Int(validMonths).map { !(1...240).contains($0) } ?? true) { errors.add("valid_months", .programNumberInvalid) }
        if (classroom ?? 0) + (practicum ?? 0) == 0 && errors["classroom_hours"] == nil { errors.add("classroom_hours", .programNoHours) }
        guard errors.isEmpty else { return (errors, nil) }
        var requirements = CompletionRequirements(classroomHours: 0, practicumHours: 0, minimumAttendancePercent: attendance!,
                                                  requiredCompetencies: competencies.filter { Competencies.named($0) != nil }, windowDays: window)
        requirements.classroomQuarterHours = classroom!
        requirements.practicumQuarterHours = practicum!
        return (errors, requirements)
    }
}

extension TrainingService {
    /// Creates a program, or saves changes to `existing`.
    @discardableResult
    func saveProgram(_ input: ProgramInput, existing: TrainingProgram? = nil) async throws -> TrainingProgram {
        let (errors, requirements) = input.validate()
        guard let requirements else { throw ProgramFailure.invalid(errors.snapshot) }
        if let other = try await TrainingProgram.query(on: db).filter(\.$code == input.code).first(), other.id != existing?.id {
            var taken = FormErrors()
            taken.add("code", .programCodeTaken)
            throw ProgramFailure.invalid(taken.snapshot)
        }
        let program = existing ?? TrainingProgram()
        let before = existing.map { "\($0.requirementsJSON) auto=\($0.autoComplete)" }
        program.code = input.code
        program.kind = TrainingProgram.Kind(rawValue: input.kind)!
        program.nameEN = input.nameEN
        program.nameES = input.nameES
        program.descriptionEN = input.descriptionEN
        program.descriptionES = input.descriptionES
        program.requirements = requirements
        program.autoComplete = input.autoComplete
        program.certificateValidMonths = Int(input.validMonths)
        program.issuer = input.issuer
        try await db.transaction { db in
            try await program.save(on: db)
            try await Audit.record(existing == nil ? .trainingProgramCreate : .trainingProgramUpdate, entityType: .trainingProgram,
                                   entityID: program.code,
                                   summary: (before.map { "\($0) → " } ?? "") + "\(program.requirementsJSON) auto=\(program.autoComplete)", by: actor, on: db)
        }
        return program
    }

    enum ProgramFailure: Error { case invalid(FormErrors.Snapshot) }
}
