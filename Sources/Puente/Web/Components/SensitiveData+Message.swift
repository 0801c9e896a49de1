// What a form says when free text looks like a number that must not be stored.

import PuenteCore

extension SensitiveData {
    /// What a person is told when free text they typed looks like one of these.
    var message: L10n {
        switch self {
        case .socialSecurityNumber: .privacyRefusedSSN
        case .taxID: .privacyRefusedTaxID
        case .paymentCard: .privacyRefusedCard
        }
    }
}
