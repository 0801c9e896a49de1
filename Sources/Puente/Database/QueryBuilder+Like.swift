// Text search by LIKE in which what people type is matched literally: staff searching for
// "ana_b@" or "100%" must not have `_` and `%` act as wildcards and match everything.

import Fluent
import FluentSQL
import SQLKit

extension QueryBuilder {
    /// Rows whose `field` contains `text`, ignoring case.
    @discardableResult
    func filter<Field: QueryableProperty>(_ field: KeyPath<Model, Field>, contains text: String) -> Self where Field.Model == Model {
        like(field, "%" + Self.escapingLike(text) + "%")
    }

    /// Rows whose `field` starts with `text`, ignoring case.
    @discardableResult
    func filter<Field: QueryableProperty>(_ field: KeyPath<Model, Field>, startsWith text: String) -> Self where Field.Model == Model {
        like(field, Self.escapingLike(text) + "%")
    }

    private func like<Field: QueryableProperty>(_ field: KeyPath<Model, Field>, _ pattern: String) -> Self where Field.Model == Model {
        // The escape character is named: SQLite's LIKE has none unless told, PostgreSQL's is `\`.
        filter(.path(Model.path(for: field), schema: Model.schemaOrAlias), .custom(database.engine.caseInsensitiveLike),
                      DatabaseQuery.Value.custom(SQLQueryString("\(bind: pattern) ESCAPE '\\'") as any SQLExpression))
    }

    static func escapingLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
