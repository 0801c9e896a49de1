// Url-encoded form bodies, read once: brackets, repeats, `+`, and bytes that do not decode.

import Testing
@testable import Puente

@Suite struct FormFieldsTests {
    @Test func bracketsRepeatsAndEncodingReadAsBrowsersMeanThem() {
        let form = FormFields(urlEncoded: "languages%5B%5D=es&languages[]=en&name=Ana+Mar%C3%ADa&flag=off&flag=on&empty=")
        #expect(form.all("languages") == ["es", "en"])
        #expect(form.value("name") == "Ana María")
        #expect(form.value("flag") == "on") // the last of a repeated name, as Vapor's decoder reads it
        #expect(form.value("empty") == "")
        #expect(form.value("missing") == nil)
        #expect(form.all("missing").isEmpty)
    }

    @Test func aBadEscapeKeepsTheValueAsTypedAndNestedBracketsAreJustAName() {
        let form = FormFields(urlEncoded: "notes=100%25+sure%ZZ&a[][][]=x&_csrf=t")
        #expect(form.value("notes") == "100%25+sure%ZZ") // kept exactly as typed, so validation can say what is wrong
        #expect(form.value("a[][]") == "x")
        #expect(form.value("_csrf") == "t")
    }
}
