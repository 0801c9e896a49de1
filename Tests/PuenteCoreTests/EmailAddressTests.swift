import Testing
@testable import PuenteCore

@Suite struct EmailAddressTests {
    @Test func addressesAreTrimmedAndLowerCased() {
        #expect(EmailAddress("  Ana.Lopez@Example.ORG ")?.value == "ana.lopez@example.org")
        #expect(EmailAddress("ana@example.org")?.domain == "example.org")
    }

    @Test(arguments: ["", "ana", "ana@", "@example.org", "ana@example", "a b@example.org", "ana@@example.org",
                      "ana@example..org", ".ana@example.org", "ana@exa_mple.org", "\"ana\"@example.org", "a,b@example.org"])
    func malformedAddressesAreRefused(_ raw: String) {
        #expect(EmailAddress(raw) == nil)
    }
}

@Suite struct PasswordRulesTests {
    @Test func lengthAndConfirmationAreChecked() {
        #expect(PasswordRules.check("123456789") == .tooShort)
        #expect(PasswordRules.check(String(repeating: "x", count: 129)) == .tooLong)
        #expect(PasswordRules.check("long enough 1", confirmation: "other") == .mismatch)
        #expect(PasswordRules.check("long enough 1", confirmation: "long enough 1") == nil)
    }
}

@Suite struct RetryScheduleTests {
    @Test func delaysDoubleUpToTheCeilingThenStop() {
        let schedule = RetrySchedule(base: 30, ceiling: 100, maximumAttempts: 4)
        #expect(schedule.delay(afterAttempt: 1) == 30)
        #expect(schedule.delay(afterAttempt: 2) == 60)
        #expect(schedule.delay(afterAttempt: 3) == 100)
        #expect(schedule.delay(afterAttempt: 4) == nil)
    }
}
