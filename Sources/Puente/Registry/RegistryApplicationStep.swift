// The registry application in steps, so a phone shows one short question group at a time,
// then "check your answers". The steps keep nothing on the server: each posts every answer so
// far (the other steps' as hidden fields), which works on whichever process answers and leaves
// no half-finished application behind. Nothing is written until the person sends it.

import PuenteCore

enum RegistryApplicationStep: String, CaseIterable, Sendable {
    case about, languages, places, directory, check

    /// The steps that ask something, in order; `check` comes after them.
    static let questions: [Self] = [.about, .languages, .places, .directory]

    /// The form fields the step asks for: its errors are the ones it shows.
    var fields: Set<String> {
        switch self {
        case .about: ["given_name", "family_name", "email", "phone", "worker_type", "other_title", "preferred_contact"]
        case .languages: ["languages"]
        case .places: ["counties", "communities"]
        case .directory: ["organizations", "employer", "listed", "show_worker_type", "show_languages", "show_counties",
                          "show_communities", "show_organizations", "show_contact", "shares_standing"]
        case .check: []
        }
    }

    var title: L10n {
        switch self {
        case .about: .registryStepAbout
        case .languages: .registryStepLanguages
        case .places: .registryStepPlaces
        case .directory: .registryStepDirectory
        case .check: .registryStepCheck
        }
    }

    /// 1 for the first question; `check` is past the last.
    var number: Int { (Self.questions.firstIndex(of: self) ?? Self.questions.count) + 1 }

    var next: Self { Self.allCases[min(Self.allCases.firstIndex(of: self)! + 1, Self.allCases.count - 1)] }
    var previous: Self { Self.allCases[max(Self.allCases.firstIndex(of: self)! - 1, 0)] }

    /// The first step that asks for any of `fields`: where a refused application goes back to.
    static func first(holding fields: [String]) -> Self {
        questions.first { !$0.fields.isDisjoint(with: fields) } ?? .about
    }
}
