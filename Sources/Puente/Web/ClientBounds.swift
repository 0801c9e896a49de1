// Every number and text a client sends to a list is bounded here, before a library sees it:
// FluentKit computes `(page - 1) * per` unchecked, and a page number near Int.max stopped the
// whole process from a plain GET link; a 50,000-character search was a LIKE pattern SQLite refused.

import Fluent
import Vapor

enum ClientBounds {
    static let largestPage = 10_000
    /// Search boxes: longer text is a 400, never a query.
    static let longestSearch = 200
}

struct OutOfBounds: AbortError {
    let reason: String
    var status: HTTPResponseStatus { .badRequest }
}

extension Request {
    /// `?page=` of an HTML list. Anything that is not a page number in range is read as the nearest
    /// one, and `paginateToLastPage` then shows the last page that exists.
    var htmlPageNumber: Int {
        guard let raw = queryParameters["page"] else { return 1 }
        guard let number = Int(raw) else {
            // Digits too many for an Int are a page far past the end; anything else, the first.
            return raw.allSatisfy(\.isNumber) && !raw.isEmpty ? ClientBounds.largestPage : 1
        }
        return min(max(number, 1), ClientBounds.largestPage)
    }

    /// `?page=` of an API list: absent is 1; anything outside 1…10,000 is a 400.
    func apiPageNumber() throws -> Int {
        guard let raw = queryParameters["page"] else { return 1 }
        guard let number = Int(raw), (1...ClientBounds.largestPage).contains(number) else {
            throw OutOfBounds(reason: "page must be a whole number from 1 to \(ClientBounds.largestPage)")
        }
        return number
    }

    /// A search box's text (trimmed), refused past `ClientBounds.longestSearch` characters.
    func searchText(_ name: String = "q") throws -> String {
        let text = (queryParameters[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= ClientBounds.longestSearch else {
            throw OutOfBounds(reason: "\(name) must be at most \(ClientBounds.longestSearch) characters")
        }
        return text
    }
}

extension QueryBuilder {
    /// One page; a page past the end shows the last page that exists (HTML lists, where a stale
    /// link should still show something).
    func paginateToLastPage(_ page: Int, per: Int) async throws -> Page<Model> {
        let request = PageRequest(page: Swift.min(Swift.max(page, 1), ClientBounds.largestPage), per: per)
        let found = try await copy().paginate(request)
        guard found.items.isEmpty, found.metadata.total > 0, request.page > found.metadata.pageCount else { return found }
        return try await paginate(PageRequest(page: found.metadata.pageCount, per: per))
    }
}
