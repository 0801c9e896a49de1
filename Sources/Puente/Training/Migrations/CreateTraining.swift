// Training's tables, and the columns that let a registry credential be a Puente certificate.

import Fluent

struct CreateTraining: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TrainingProgram.schema)
            .id()
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("name_en", .string, .required)
            .field("name_es", .string, .required)
            .field("description_en", .string, .required)
            .field("description_es", .string, .required)
            .field("requirements", .string, .required)
            .field("auto_complete", .bool, .required)
            .field("issuer", .string, .required)
            .field("certificate_valid_months", .int)
            .field("created_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.schema(Cohort.schema)
            .id()
            .field("program_id", .uuid, .required, .references(TrainingProgram.schema, "id", onDelete: .restrict))
            .field("name", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("place", .string)
            .field("online_link", .string)
            .field("capacity", .int, .required)
            .field("calendar_token", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(named: "cohorts_starts_on", on: Cohort.schema, columns: ["starts_on"])
        try await database.schema(CohortTrainer.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(Cohort.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .unique(on: "cohort_id", "user_id")
            .create()
        try await database.schema(TrainingSession.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(Cohort.schema, "id", onDelete: .cascade))
            .field("day", .string, .required)
            .field("starts_at", .string, .required)
            .field("quarter_hours", .int, .required)
            .field("topic", .string, .required)
            .field("competencies", .string, .required)
            .create()
        try await database.createIndex(named: "training_sessions_cohort", on: TrainingSession.schema, columns: ["cohort_id", "day"])
        try await database.schema(Enrollment.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(Cohort.schema, "id", onDelete: .restrict))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .restrict))
            .field("status", .string, .required)
            .field("extended_until", .string)
            .field("extension_reason", .string)
            .field("carried_classroom_quarter_hours", .int, .required)
            .field("carried_practicum_quarter_hours", .int, .required)
            .field("carried_competencies", .string, .required)
            .field("transferred_to", .uuid)
            .field("calendar_token", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "cohort_id", "user_id")
            .create()
        try await database.createIndex(named: "enrollments_user", on: Enrollment.schema, columns: ["user_id"])
        try await database.schema(AttendanceMark.schema)
            .id()
            .field("session_id", .uuid, .required, .references(TrainingSession.schema, "id", onDelete: .cascade))
            .field("enrollment_id", .uuid, .required, .references(Enrollment.schema, "id", onDelete: .cascade))
            .field("mark", .string, .required)
            .field("quarter_hours", .int, .required)
            .field("marked_by", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "session_id", "enrollment_id")
            .create()
        try await database.createIndex(named: "attendance_marks_enrollment", on: AttendanceMark.schema, columns: ["enrollment_id"])
        try await database.schema(PracticumPlacement.schema)
            .id()
            .field("enrollment_id", .uuid, .required, .references(Enrollment.schema, "id", onDelete: .cascade))
            .field("site", .string, .required)
            .field("supervisor_id", .uuid, .required, .references(User.schema, "id", onDelete: .restrict))
            .unique(on: "enrollment_id")
            .create()
        try await database.createIndex(named: "practicum_placements_supervisor", on: PracticumPlacement.schema, columns: ["supervisor_id"])
        try await database.schema(PracticumLog.schema)
            .id()
            .field("enrollment_id", .uuid, .required, .references(Enrollment.schema, "id", onDelete: .cascade))
            .field("placement_id", .uuid, .required, .references(PracticumPlacement.schema, "id", onDelete: .restrict))
            .field("day", .string, .required)
            .field("quarter_hours", .int, .required)
            .field("activities", .string, .required)
            .field("competencies", .string, .required)
            .field("status", .string, .required)
            .field("comment", .string)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(named: "practicum_logs_enrollment", on: PracticumLog.schema, columns: ["enrollment_id", "day"])
        try await database.createIndex(named: "practicum_logs_placement", on: PracticumLog.schema, columns: ["placement_id", "status"])
        try await database.schema(HourRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("day", .string, .required)
            .field("quarter_hours", .int, .required)
            .field("topic", .string, .required)
            .field("provider", .string, .required)
            .field("certificate_number", .string)
            .field("evidence_file", .string)
            .field("evidence_name", .string)
            .field("evidence_type", .string)
            .field("status", .string, .required)
            .field("comment", .string)
            .field("decided_by", .string)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(named: "hour_records_user", on: HourRecord.schema, columns: ["user_id", "kind", "day"])
        try await database.createIndex(named: "hour_records_status", on: HourRecord.schema, columns: ["status"])

        // A Puente certificate is a registry credential that also knows its completion.
        for (column, type) in [("enrollment_id", DatabaseSchema.DataType.uuid), ("holder_name", .string),
                               ("quarter_hours", .int), ("program_kind", .string)] {
            try await database.schema(Credential.schema).field(.string(column), type).update()
        }
        // One certificate per completion: the database refuses a second even when two staff click at once.
        try await database.sql.create(index: "credentials_enrollment").unique().on(Credential.schema).column("enrollment_id").run()
        try await database.schema(CredentialRevision.schema)
            .id()
            .field("credential_id", .uuid, .required, .references(Credential.schema, "id", onDelete: .cascade))
            .field("holder_name", .string, .required)
            .field("issued_on", .string, .required)
            .field("reason", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CredentialRevision.schema).delete()
        try await database.sql.drop(index: "credentials_enrollment").run()
        for column in ["enrollment_id", "holder_name", "quarter_hours", "program_kind"] {
            try await database.schema(Credential.schema).deleteField(.string(column)).update()
        }
        for schema in [HourRecord.schema, PracticumLog.schema, PracticumPlacement.schema, AttendanceMark.schema, Enrollment.schema,
                       TrainingSession.schema, CohortTrainer.schema, Cohort.schema, TrainingProgram.schema] {
            try await database.schema(schema).delete()
        }
    }
}

/// The programs every installation starts with, as data: the 160-hour core-competency course
/// and a short continuing-education course. Staff schedule cohorts of them.
struct AddShippedTrainingPrograms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for program in ShippedPrograms.all() {
            if try await TrainingProgram.query(on: database).filter(\.$code == program.code).first() == nil {
                try await program.create(on: database)
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await TrainingProgram.query(on: database).filter(\.$code ~~ ShippedPrograms.codes).delete()
    }
}
