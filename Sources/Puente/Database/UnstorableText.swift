// The engine's own refusal of text it cannot store (PostgreSQL: a NUL character, SQLSTATE 22021)
// is the client's mistake, not ours: a 400, never a 500. `NulCharacterMiddleware` refuses most such
// text before it reaches a query; this is the net under it (multipart text fields).

import FluentPostgresDriver

enum UnstorableText {
    static func matches(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        return error.serverInfo?[.sqlState] == PostgresError.Code.characterNotInRepertoire.raw
    }
}
