// Spanish beside the English for the staff-written text readers see (issue 20): a cohort's name,
// a class session's topic, a series title, a material's title. Empty means staff wrote none, and
// readers get the English marked "(en inglés)". Event titles and descriptions already have their
// `translations`; questions keep their Spanish inside the questions' JSON.

import Fluent

struct AddSpanishContentFields: AsyncMigration {
    static let columns = [("cohorts", "name_es"), ("training_sessions", "topic_es"), ("event_series", "title_es"),
                          ("event_materials", "title_es")]

    func prepare(on database: any Database) async throws {
        for (table, column) in Self.columns { try await database.schema(table).field(.init(stringLiteral: column), .string).update() }
    }

    func revert(on database: any Database) async throws {
        for (table, column) in Self.columns { try await database.schema(table).deleteField(.init(stringLiteral: column)).update() }
    }
}
