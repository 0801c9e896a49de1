// The training programs Puente ships with.

import Fluent

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
