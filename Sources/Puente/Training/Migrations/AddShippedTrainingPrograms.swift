// The training programs Puente ships with, as they were on the day this migration shipped.

import Fluent
import Foundation
import SQLKit

/// The programs every installation starts with: the 160-hour core-competency course and a short
/// continuing-education course. Staff schedule cohorts of them. Written as rows against the table
/// of its day, not with today's model or `ShippedPrograms`: a later column or a reworded
/// description must not change what this migration writes (issue 19).
struct AddShippedTrainingPrograms: AsyncMigration {
    struct Program {
        let code, kind, nameEN, nameES, descriptionEN, descriptionES, requirements: String
        let autoComplete: Bool
    }

    static let programs = [
        Program(code: "core-160", kind: "core",
                nameEN: "CHW Core-Competency Training (160 hours)",
                nameES: "Capacitación en Competencias Básicas para Promotores (160 horas)",
                descriptionEN: "Eighty hours of classroom work with master trainers and eighty hours of supervised practicum at a community site, finished within eight weeks. Covers every role and skill of the CHW Core Consensus.",
                descriptionES: "Ochenta horas de clase con capacitadores maestros y ochenta horas de práctica supervisada en un sitio comunitario, en un máximo de ocho semanas. Cubre todas las funciones y habilidades del Consenso de Competencias Básicas.",
                requirements: #"{"classroomQuarterHours":320,"minimumAttendancePercent":90,"practicumQuarterHours":320,"requiredCompetencies":["role-cultural-mediation","role-health-education","role-care-coordination","role-coaching","role-advocacy","role-capacity","role-direct-service","role-assessment","role-outreach","role-evaluation","skill-communication","skill-interpersonal","skill-navigation","skill-capacity","skill-advocacy","skill-education","skill-assessment","skill-outreach","skill-professional","skill-evaluation","skill-knowledge"],"windowDays":56}"#,
                autoComplete: false),
        Program(code: "ce-chronic-disease", kind: "continuing_education",
                nameEN: "Continuing Education: Chronic Disease Self-Management (6 hours)",
                nameES: "Educación Continua: Autocuidado de Enfermedades Crónicas (6 horas)",
                descriptionEN: "Three short sessions on supporting neighbors who live with diabetes, high blood pressure or asthma. Counts as six hours of continuing education.",
                descriptionES: "Tres sesiones cortas sobre cómo apoyar a vecinos que viven con diabetes, presión alta o asma. Cuenta como seis horas de educación continua.",
                requirements: #"{"classroomQuarterHours":24,"minimumAttendancePercent":100,"practicumQuarterHours":0,"requiredCompetencies":[]}"#,
                autoComplete: true),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        let existing = try await sql.select().column("code").from("training_programs")
            .where("code", .in, Self.programs.map(\.code)).all().map { try $0.decode(column: "code", as: String.self) }
        for program in Self.programs where !existing.contains(program.code) {
            try await sql.insert(into: "training_programs")
                .columns("id", "code", "kind", "name_en", "name_es", "description_en", "description_es", "requirements",
                         "auto_complete", "issuer", "certificate_valid_months", "created_at")
                .values(SQLBind(UUID()), SQLBind(program.code), SQLBind(program.kind), SQLBind(program.nameEN), SQLBind(program.nameES),
                        SQLBind(program.descriptionEN), SQLBind(program.descriptionES), SQLBind(program.requirements),
                        SQLBind(program.autoComplete), SQLBind(""), SQLLiteral.null, SQLBind(Date()))
                .run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sql.delete(from: "training_programs").where("code", .in, Self.programs.map(\.code)).run()
    }
}
