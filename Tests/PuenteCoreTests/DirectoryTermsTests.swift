import Foundation
import Testing
@testable import PuenteCore

@Suite struct DirectoryTermsTests {
    @Test func termsHoldOnlyWhatTheListingShows() {
        let shown = DirectoryTerms.Listing(givenName: "María José", familyName: "Núñez", workerType: .promotora, otherTitle: nil,
                                           languages: ["es"], counties: ["06037"], communities: ["farmworker"],
                                           organizations: ["Valle Verde Clinic"])
        #expect(shown.terms == [":all", "maria", "jose", "nunez", ":type:promotora", ":language:es", ":county:06037",
                                ":community:farmworker", "valle", "verde", "clinic"])
        let nameOnly = DirectoryTerms.Listing(givenName: "Ana", familyName: "Soto", workerType: nil, otherTitle: "Navigator",
                                              languages: [], counties: [], communities: [], organizations: [])
        #expect(nameOnly.terms == [":all", "ana", "soto"])
    }

    @Test func facetsHoldTheFilterTermsOnlyEachBetweenSpaces() {
        let listing = DirectoryTerms.Listing(givenName: "Ana", familyName: "Soto", workerType: .chw, otherTitle: nil,
                                             languages: ["es", "en"], counties: ["06037"], communities: ["older-adults"],
                                             organizations: ["Valle Clinic"])
        #expect(listing.facets == " :community:older-adults :county:06037 :language:en :language:es :type:chw ")
        let none = DirectoryTerms.Listing(givenName: "Ana", familyName: "Soto", workerType: nil, otherTitle: nil,
                                          languages: [], counties: [], communities: [], organizations: [])
        #expect(none.facets == " ")
        #expect(DirectoryTerms.facetNeedle(":language:es") == " :language:es ")
        #expect(!listing.facets.contains(DirectoryTerms.facetNeedle(":language:e")))
    }

    @Test func anOtherTitleIsSearchableOnlyWhenTheTitleIsShown() {
        let listing = DirectoryTerms.Listing(givenName: "Ana", familyName: "Soto", workerType: .other, otherTitle: "Patient Navigator",
                                             languages: [], counties: [], communities: [], organizations: [])
        #expect(listing.terms.isSuperset(of: ["patient", "navigator", ":type:other"]))
    }

    @Test func typedTextCannotReachFilterTerms() {
        #expect(DirectoryTerms.words(":language:es OR *") == ["language", "es", "or"])
        #expect(DirectoryTerms.words("ÁLVAREZ-Peña") == ["alvarez", "pena"])
        #expect(DirectoryTerms.words("a b c d e f g h i j").count == 8)
    }

    @Test func nameKeysSortByFamilyThenGivenIgnoringAccents() {
        let keys = [("Zoe", "Álvarez"), ("Ana", "Alvarez"), ("Ana", "Garciaa"), ("Luis", "García"), ("Ana", "Baker")]
            .enumerated().map { DirectoryTerms.nameKey(givenName: $1.0, familyName: $1.1, number: "CHW-\($0)") }
        #expect(keys.sorted() == [keys[1], keys[0], keys[4], keys[3], keys[2]])
    }

    @Test func newestKeysSortNewestFirst() {
        let older = DirectoryTerms.newestKey(createdAt: Date(timeIntervalSince1970: 1_700_000_000), number: "CHW-B")
        let newer = DirectoryTerms.newestKey(createdAt: Date(timeIntervalSince1970: 1_800_000_000), number: "CHW-A")
        #expect(newer < older)
        #expect(newer.count == older.count)
    }
}
