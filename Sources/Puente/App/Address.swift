// What SiteURL (pages) and APIURL (machines) share: an address is its path components, with at
// most one parameter, printed as `:name` where a route registers it and as a value in a link.

import Foundation
import Vapor

protocol Address {
    var pathComponents: [PathComponent] { get }
    /// The value of this address's one path parameter, escaped for a path, when it is given.
    var parameterValue: String? { get }
}

extension Address {
    var path: String {
        "/" + pathComponents.map { component in
            if case .parameter = component, let value = parameterValue { return value }
            return component.description
        }.joined(separator: "/")
    }

    /// This address with a query string (pairs with an empty value are left out).
    func path(query: [String: String]) -> String {
        QueryString.append(query, to: path)
    }

    /// Text as one path segment: a slash in it cannot start another.
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? text
    }

    /// An absolute link for email and feeds, built on the configured base URL.
    func absolute(_ config: AppConfig, query: [String: String] = [:]) -> String {
        QueryString.append(query, to: config.baseURL + path)
    }
}
