import Testing
@testable import PuenteCore

@Suite struct ContactLinkTests {
    @Test func aPhoneDialsAsTypedWithoutItsPunctuation() {
        #expect(ContactLink.tel("+1 (601) 555-0100") == "tel:+16015550100")
        #expect(ContactLink.tel("601.555.0100") == "tel:6015550100")
        #expect(ContactLink.tel("601-555-0100 ext. 12") == "tel:6015550100;ext=12")
        #expect(ContactLink.tel("601-555-0100 x 7") == "tel:6015550100;ext=7")
        #expect(ContactLink.tel("601 555 0100 EXTENSION 3") == "tel:6015550100;ext=3")
        #expect(ContactLink.tel("601 555 0100 #45") == "tel:6015550100;ext=45")
    }

    @Test func aPhoneThatCannotBeDialledStaysText() {
        #expect(ContactLink.tel("call the front desk") == nil)
        #expect(ContactLink.tel("55") == nil)
        #expect(ContactLink.tel("1234567890123456") == nil)
        #expect(ContactLink.tel("601 555 0100 x1 x2") == nil, "one extension")
        #expect(ContactLink.tel("６０１５５５０１００") == nil, "full-width digits are not dialled as written")
        #expect(ContactLink.links(email: nil, phone: "ask for Rosa") == [ContactLink(text: "ask for Rosa", href: nil)])
    }

    @Test func anEmailOpensTheMailAppAndCannotCarryAnythingElse() {
        #expect(ContactLink.mailto("rosa.m+chw@example.org") == "mailto:rosa.m+chw@example.org")
        #expect(ContactLink.mailto("rosa@example.org?subject=x&body=y") == "mailto:rosa@example.org%3Fsubject%3Dx%26body%3Dy")
        #expect(ContactLink.mailto("not an address") == nil)
        #expect(ContactLink.mailto("ana@example.org\u{7F}") == nil)
        #expect(ContactLink.mailto("josé@example.org") == "mailto:jos%C3%A9@example.org")
    }

    @Test func emailComesBeforePhoneAndBlanksAreLeftOut() {
        let links = ContactLink.links(email: " ana@example.org ", phone: "  ")
        #expect(links == [ContactLink(text: "ana@example.org", href: "mailto:ana@example.org")])
        #expect(ContactLink.links(email: "ana@example.org", phone: "601-555-0100").map(\.href)
                == ["mailto:ana@example.org", "tel:6015550100"])
    }
}
