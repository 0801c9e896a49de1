// The localization catalog: every key in both languages, with the same placeholders.

import Testing
@testable import PuenteCore

@Suite struct CatalogTests {
    @Test(arguments: L10n.allCases)
    func everyKeyHasEnglishAndSpanish(_ key: L10n) {
        #expect(!key.translation.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) lacks English")
        #expect(!key.translation.es.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) lacks Spanish")
    }

    /// Each capability translates its own keys (`Localization/Catalog/`): a key nobody translates,
    /// or two files translating one key, is a mistake the compiler no longer catches.
    @Test(arguments: L10n.allCases)
    func exactlyOneCatalogTranslatesEachKey(_ key: L10n) {
        #expect(L10n.catalogs.compactMap { $0(key) }.count == 1, "\(key)")
    }

    @Test(arguments: L10n.allCases)
    func bothLanguagesNameTheSamePlaceholders(_ key: L10n) {
        let names = Translation.placeholders(in: key.translation.en)
        #expect(names == Translation.placeholders(in: key.translation.es), "\(key)")
        // A singular form belongs to a text with a count, and names what the plural names.
        for one in [key.translation.enOne, key.translation.esOne].compactMap({ $0 }) {
            #expect(names.contains("count") && Translation.placeholders(in: one) == names, "\(key)")
        }
    }

    @Test func countsPickTheCLDRFormForEachLanguage() {
        #expect(L10n.eventSeatsLeft.text(.es, ["count": "1"]) == "Queda 1 lugar.")
        #expect(L10n.eventSeatsLeft.text(.es, ["count": "2"]) == "Quedan 2 lugares.")
        #expect(L10n.eventSeatsLeft.text(.es, ["count": "0"]) == "Quedan 0 lugares.") // zero is "other" in both languages
        #expect(L10n.directoryResultCount.text(.en, ["count": "1"]) == "1 person found")
        #expect(L10n.directoryResultCount.text(.es, ["count": "21"]) == "21 personas encontradas")
        #expect(PluralCategory("1", .en) == .one && PluralCategory("11", .es) == .other)
    }

    @Test func spanishIsATranslationNotACopy() {
        // A few words are the same in both languages; anything more means a missed translation.
        let identical = L10n.allCases.filter { $0.translation.en == $0.translation.es }
        #expect(identical.count <= 3, "untranslated: \(identical)")
    }

    @Test func placeholdersAreFilled() {
        #expect(L10n.signedInAs.text(.es, ["name": "Rosa"]) == "Sesión iniciada como Rosa")
    }

    @Test func everyPlaceholderIsFilledOnceAndValuesAreNotReadAsPlaceholders() {
        let text = L10n.pageOf.text(.en, ["page": "{pages}", "pages": "9"])
        #expect(text.contains("{pages}") && text.contains("9"), "\(text)")
        #expect(!text.contains("{page}"))
    }

    @Test func aPlaceholderWithoutAValueStaysAsWritten() {
        #expect(L10n.signedInAs.text(.en, ["other": "x"]).contains("{name}"))
        #expect(L10n.signedInAs.text(.en) == L10n.signedInAs.translation.en)
    }
}

@Suite struct LanguageTests {
    @Test func acceptLanguageHonoursQualityValues() {
        #expect(Language.preferred(fromAcceptLanguage: "en;q=0.4, es-MX;q=0.9") == .es)
        #expect(Language.preferred(fromAcceptLanguage: "fr, es;q=0.1, en;q=0.2") == .en)
        #expect(Language.preferred(fromAcceptLanguage: "es;q=0, de") == nil)
        #expect(Language.preferred(fromAcceptLanguage: "") == nil)
    }

    @Test func tagsAreReadByTheirPrimarySubtag() {
        #expect(Language(tag: "ES_us") == .es)
        #expect(Language(tag: "en-GB") == .en)
        #expect(Language(tag: "pt") == nil)
    }
}
