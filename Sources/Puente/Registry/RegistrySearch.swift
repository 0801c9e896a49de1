// The staff search of the whole registry (every status, email included): a query the staff page,
// the API, the CSV export and tests share, as `Directory.search` is for the public directory.

import Fluent
import Foundation
import PuenteCore

enum RegistrySearch {
    static let pageSize = 50

    /// The staff search: every entry, by name, registry number or email, optionally by status.
    static func page(search: String, status: RegistryEntry.Status?, page: Int, on db: any Database) async throws -> Page<RegistryEntry> {
        try await query(search: search, status: status, on: db).paginateToLastPage(page, per: pageSize)
    }

    /// Names are matched and ordered folded, as the directory does: "alvarez" typed on a phone
    /// finds "Álvarez", who is listed with the A's (the raw columns put Á after every Z).
    static func query(search: String, status: RegistryEntry.Status?, on db: any Database) -> QueryBuilder<RegistryEntry> {
        let query = RegistryEntry.query(on: db).sort(\.$familyNameFolded).sort(\.$givenNameFolded)
            .sort(\.$familyName).sort(\.$givenName).sort(\.$registryNumber)
        let term = search.trimmingCharacters(in: .whitespaces)
        if !term.isEmpty {
            let folded = TextFolding.fold(term)
            query.group(.or) { group in
                group.filter(\.$familyNameFolded, contains: folded)
                group.filter(\.$givenNameFolded, contains: folded)
                group.filter(\.$registryNumber, contains: term)
                group.filter(\.$email, contains: term)
            }
        }
        if let status { query.filter(\.$status == status) }
        return query
    }
}
