// Spanish beside the English for an agenda item's and an action item's title: the Spanish walk
// of a meeting showed every title in English. Empty means nobody wrote one, and readers of
// Spanish get the English marked "(en inglés)", as for the rest of what staff write.

import Fluent

struct AddMeetingTitlesInSpanish: AsyncMigration {
    static let tables = [AgendaItem.schema, ActionItem.schema]

    func prepare(on database: any Database) async throws {
        for table in Self.tables { try await database.schema(table).field("title_es", .string).update() }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables { try await database.schema(table).deleteField("title_es").update() }
    }
}
