import Testing
@testable import PuenteCore

@Suite struct PrivacyGuardTests {
    @Test(arguments: [
        ("My SSN is 123-45-6789", SensitiveData.socialSecurityNumber),
        ("ssn 123 45 6789.", .socialSecurityNumber),
        ("ITIN 912345678", .socialSecurityNumber),
        ("EIN: 12-3456789", .taxID),
        ("card 4111 1111 1111 1111 exp 12/28", .paymentCard),
        ("5500-0000-0000-0004", .paymentCard),
    ])
    func sensitiveTextIsRecognized(_ text: String, _ kind: SensitiveData) {
        #expect(PrivacyGuard.scan(text) == kind)
    }

    @Test(arguments: [
        "Call me at 662-555-0134 or (601) 555-0199",
        "5551234567",
        "ZIP 39157-1234, 7015 Pear Orchard Rd, Suite 100",
        "Completed 160 hours on 2026-06-12; 80 classroom and 80 practicum",
        "Order 4111 1111 1111 1112",  // 16 digits that fail the Luhn check
        "Speaks Spanish and Mixteco; serves 3 counties",
        "123-456-789",
    ])
    func ordinaryTextPasses(_ text: String) {
        #expect(PrivacyGuard.scan(text) == nil)
    }
}
