// RFC 3339 date-times as API clients send them.

import Foundation
import PuenteCore
import Testing

@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("2027-03-11T14:30:00Z", 1_804_775_400.0),
        ("2027-03-11t14:30:00z", 1_804_775_400.0),
        ("2027-03-11T14:30:00.25Z", 1_804_775_400.25),
        ("2027-03-11T06:30:00-08:00", 1_804_775_400.0),
        ("2027-03-12T13:36:00+23:06", 1_804_775_400.0),
    ])
    func validDateTimesParse(_ text: String, _ seconds: Double) {
        #expect(RFC3339.date(from: text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["", "2027-03-11", "2027-03-11T14:30:00", "2027-02-30T10:00:00Z", "2027-13-01T10:00:00Z",
                      "2027-03-11T24:00:00Z", "2027-03-11T14:30:00+24:00", "2027-03-11T14:30:00.Z", "2027-03-11T14:30:00Zjunk",
                      "２０２７-03-11T14:30:00Z"])
    func anythingElseIsRefused(_ text: String) {
        #expect(RFC3339.date(from: text) == nil)
    }
}
