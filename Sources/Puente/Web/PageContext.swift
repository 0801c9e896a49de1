// Everything a view may know about the request: plain values, no database access.

import Foundation
import PuenteCore

struct PageContext: Sendable {
    struct SignedInUser: Sendable {
        let name: String
        let roles: Set<Role>
        let isEmailVerified: Bool
    }

    struct Flash: Sendable, Codable {
        enum Kind: String, Codable, Sendable { case success, error }
        let kind: Kind
        let message: String
    }

    let language: Language
    let programName: String
    /// The line above the header band: whose program this is (`PUENTE_OFFICIAL_LINE`).
    let officialLine: String
    let contactEmail: String
    let user: SignedInUser?
    let csrfToken: String
    let flash: Flash?
    /// Path and query of this page without `lang`, for the language switcher.
    let currentPath: String
    let dates: DateFormatting

    func t(_ key: L10n, _ values: [String: String] = [:]) -> String {
        var values = values
        if values["program"] == nil { values["program"] = programName }
        return key.text(language, values)
    }

    /// Staff-written text in the page's language, the English fallback marked "(en inglés)".
    func content(_ english: String, spanish: String?) -> String {
        StaffText(english, spanish: spanish).marked(in: language)
    }

    func can(_ permission: Permission) -> Bool {
        PermissionGate.allows(user?.roles ?? [], permission)
    }

    /// The same page in another language.
    func path(in language: Language) -> String {
        QueryString.append(["lang": language.rawValue], to: currentPath)
    }
}

/// One page: its title and its main content, already escaped markup. The layout adds everything
/// around it.
struct PageView {
    let title: String
    let html: String
    var status: HTTPStatusCode = .ok

    init(title: String, html: String, status: HTTPStatusCode = .ok) {
        self.title = title
        self.html = html
        self.status = status
    }
}

import Vapor
typealias HTTPStatusCode = HTTPResponseStatus
