// The programs Puente ships. Requirements are `CompletionRequirements` values; the issuer is left
// empty so certificates carry the installation's own program name.

import PuenteCore

enum ShippedPrograms {
    static let coreCode = "core-160"
    static let continuingCode = "ce-chronic-disease"
    static let codes = [coreCode, continuingCode]

    static func all() -> [TrainingProgram] {
        let core = TrainingProgram()
        core.code = coreCode
        core.kind = .core
        core.nameEN = "CHW Core-Competency Training (160 hours)"
        core.nameES = "Capacitación en Competencias Básicas para Promotores (160 horas)"
        core.descriptionEN = "Eighty hours of classroom work with master trainers and eighty hours of supervised practicum at a community site, finished within eight weeks. Covers every role and skill of the CHW Core Consensus."
        core.descriptionES = "Ochenta horas de clase con capacitadores maestros y ochenta horas de práctica supervisada en un sitio comunitario, en un máximo de ocho semanas. Cubre todas las funciones y habilidades del Consenso de Competencias Básicas."
        core.requirements = .coreCompetency
        core.autoComplete = false
        core.issuer = ""
        core.certificateValidMonths = nil

        let continuing = TrainingProgram()
        continuing.code = continuingCode
        continuing.kind = .continuingEducation
        continuing.nameEN = "Continuing Education: Chronic Disease Self-Management (6 hours)"
        continuing.nameES = "Educación Continua: Autocuidado de Enfermedades Crónicas (6 horas)"
        continuing.descriptionEN = "Three short sessions on supporting neighbors who live with diabetes, high blood pressure or asthma. Counts as six hours of continuing education."
        continuing.descriptionES = "Tres sesiones cortas sobre cómo apoyar a vecinos que viven con diabetes, presión alta o asma. Cuenta como seis horas de educación continua."
        continuing.requirements = CompletionRequirements(classroomHours: 6, practicumHours: 0, minimumAttendancePercent: 100,
                                                         requiredCompetencies: [], windowDays: nil)
        continuing.autoComplete = true
        continuing.issuer = ""
        continuing.certificateValidMonths = nil
        return [core, continuing]
    }
}
