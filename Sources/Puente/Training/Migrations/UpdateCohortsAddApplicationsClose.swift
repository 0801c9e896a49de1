// The day a cohort stops taking applications. Empty means the day it starts, so cohorts made
// before this column stop taking applications once they have begun.

import Fluent

struct UpdateCohortsAddApplicationsClose: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("cohorts").field("applications_close_on", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("cohorts").deleteField("applications_close_on").update()
    }
}
