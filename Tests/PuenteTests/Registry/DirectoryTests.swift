// The public directory: finds people by language, county, title, community and name, and
// never shows or filters on what a person kept private.

import Fluent
import FluentSQL
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

/// Only the result cards of a directory page, without the form's option lists.
func cards(_ html: String) -> String {
    html.components(separatedBy: "<article").dropFirst().map { $0.components(separatedBy: "</article>").first ?? "" }.joined()
}

@Suite struct DirectoryTests {
    @Test func visitorFindsASpanishSpeakingCHWInACountyOnAPhone() async throws {
        try await withPuente { app in
            // setup
            try await app.makeListedEntry(given: "Lupe", family: "Hernández", languages: ["es", "en"], counties: ["06037"])
            try await app.makeListedEntry(given: "Ana", family: "Soto", languages: ["es"], counties: ["06073"])
            try await app.makeListedEntry(given: "Bea", family: "Park", languages: ["ko"], counties: ["06037"])
            try await app.makeListedEntry(given: "Cruz", family: "Private", languages: ["es"], counties: ["06037"],
                                          consent: Consent(languages: false))
            try await app.makeListedEntry(given: "Dora", family: "Unlisted", languages: ["es"], counties: ["06037"], listed: false)
            try await app.makeListedEntry(given: "Eva", family: "Applicant", languages: ["es"], counties: ["06037"], status: .applied)

            // act
            let page = try await Browser(app).get("/directory?language=es&county=06037",
                                                  headers: ["User-Agent": "Mozilla/5.0 (Linux; Android 14) Mobile"])

            // check
            let html = cards(page.body.string)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("1 person found"))
            #expect(html.contains("Lupe Hernández"))
            for hidden in ["Ana Soto", "Bea Park", "Cruz Private", "Dora Unlisted", "Eva Applicant"] {
                #expect(!html.contains(hidden), "\(hidden) should not be listed")
            }
            #expect(html.contains("Spanish"))
            #expect(html.contains("Los Angeles"))
            #expect(page.body.string.contains("name=\"viewport\""))
        }
    }

    @Test func nameSearchIgnoresAccentsAndMatchesPrefixes() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Guadalupe", family: "Hernández")
            try await app.makeListedEntry(given: "Daniel", family: "Whitehorse")
            let byPrefix = try await Directory.search(.init(text: "hern"), on: app.db)
            #expect(byPrefix.items.map(\.name) == ["Guadalupe Hernández"])
            let unaccented = try await Directory.search(.init(text: "GUADALUPE hernandez"), on: app.db)
            #expect(unaccented.items.map(\.name) == ["Guadalupe Hernández"])
            let none = try await Directory.search(.init(text: "hernandez whitehorse"), on: app.db)
            #expect(none.items.isEmpty)
        }
    }

    @Test func searchSyntaxInTheQueryIsTreatedAsText() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Rosa", family: "Martinez")
            for query in ["\"", "rosa OR *", "(rosa", "rosa:*", "NEAR(rosa)", "'; DROP TABLE registry_entries; --", "&|!"] {
                let response = try await Browser(app).get("/directory?q=\(Browser.encode(query))")
                #expect(response.status == .ok, "\(query)")
            }
            #expect(try await RegistryEntry.query(on: app.db).count() == 1)
        }
    }

    @Test func privateFieldsAreNeitherShownNorSearchable() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Mai", family: "Nguyen", languages: ["vi"], organization: "Asian Resources Demo",
                                          email: "mai@example.org", consent: Consent(languages: false, organizations: false, contact: false))
            let html = cards(try await Browser(app).get("/directory").body.string)
            #expect(html.contains("Mai Nguyen"))
            #expect(!html.contains("mai@example.org"))
            #expect(!html.contains("Vietnamese"))
            #expect(!html.contains("Asian Resources Demo"))
            #expect(try await Directory.search(.init(text: "asian"), on: app.db).items.isEmpty)
            #expect(try await Directory.search(.init(language: "vi"), on: app.db).items.isEmpty)
        }
    }

    @Test func consentedContactAndOrganizationsAreShown() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Kevin", family: "Tran", organization: "Roots Demo Clinic",
                                          email: "kevin@example.org", consent: .all)
            let html = try await Browser(app).get("/directory?q=roots").body.string
            #expect(html.contains("Kevin Tran"))
            #expect(html.contains("kevin@example.org"))
            #expect(html.contains("Roots Demo Clinic"))
        }
    }

    @Test func consentedContactIsTappableOnAPhone() async throws {
        try await withPuente { app in
            // setup
            try await app.makeListedEntry(given: "Kevin", family: "Tran", email: "kevin@example.org", phone: "+1 (601) 555-0100",
                                          consent: .all)
            try await app.makeListedEntry(given: "Rosa", family: "Díaz", phone: "ask for \"Rosa\" <b>", consent: .all)

            // act
            let html = cards(try await Browser(app).get("/directory").body.string)

            // check
            #expect(html.contains(#"<a href="mailto:kevin@example.org">kevin@example.org</a>"#))
            #expect(html.contains(#"<a href="tel:+16015550100">+1 (601) 555-0100</a>"#))
            #expect(html.contains("<dd>ask for &quot;Rosa&quot; &lt;b&gt;</dd>"), "a phone that cannot be dialled stays escaped text")
        }
    }

    @Test func spanishListsReadInAlphabeticalOrderWithAccents() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Amira", family: "Haddad", languages: ["ar", "en", "es"])
            let html = try await Browser(app).get("/directory?lang=es").body.string
            let options = ["árabe", "armenio", "zapoteco"].map { html.range(of: ">\($0)</option>")?.lowerBound }
            #expect(options.allSatisfy { $0 != nil } && options.compactMap { $0 } == options.compactMap { $0 }.sorted(),
                    "árabe comes first in the language filter, not after zapoteco")
            #expect(cards(html).contains("<dd>árabe, español, inglés</dd>"))
        }
    }

    @Test func theSearchFormLandsOnTheResults() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Lupe", family: "Hernández")
            let html = try await Browser(app).get("/directory?language=en").body.string
            #expect(html.contains(#"action="/directory#results""#))
            #expect(html.contains(#"<section id="results" aria-label="Results"><p role="status">1 person found</p><article"#))
        }
    }

    @Test func filtersByTitleCommunityAndCountyName() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Tomás", family: "Reyes", type: .promotora, communities: ["farmworker"])
            try await app.makeListedEntry(given: "Helen", family: "Begay", type: .chr, counties: ["06025"], communities: ["tribal"])
            #expect(try await Browser(app).get("/directory?type=chr").body.string.contains("Helen Begay"))
            #expect(!(try await Browser(app).get("/directory?type=chr").body.string.contains("Tomás Reyes")))
            #expect(try await Browser(app).get("/directory?community=farmworker").body.string.contains("Tomás Reyes"))
            let byName = try await Browser(app).get("/directory?county=Imperial")
            #expect(byName.body.string.contains("Helen Begay"))
            #expect(!byName.body.string.contains("Tomás Reyes"))
        }
    }

    @Test func unknownFilterValuesInASharedLinkAreLeftOutWithANote() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Rosa", family: "Martinez")
            let response = try await Browser(app).get("/directory?language=xx&county=Atlantis&type=doctor&lang=es")
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains(L10n.directoryIgnoredFilters.text(.es)))
            #expect(html.contains("<li>\(L10n.directoryCountyLabel.text(.es))</li>"))
            #expect(html.contains("Rosa Martinez")) // searched without them
            let known = try await Browser(app).get("/directory?language=es").body.string
            #expect(!known.contains(L10n.directoryIgnoredFilters.text(.en)))
        }
    }

    @Test func resultsArePagedWithShareableLinks() async throws {
        try await withPuente { app in
            for index in 0..<25 {
                try await app.makeListedEntry(given: "Person", family: String(format: "Family%02d", index), languages: ["es"])
            }
            let first = try await Browser(app).get("/directory?language=es").body.string
            #expect(first.contains("25 people found"))
            #expect(first.contains("Family00"))
            #expect(!first.contains("Family20"))
            #expect(first.contains("href=\"/directory?language=es&amp;page=2#results\""), "paging lands on the results")
            let second = try await Browser(app).get("/directory?language=es&page=2").body.string
            #expect(second.contains("Family24"))
            #expect(!second.contains("Family00"))
        }
    }

    @Test func aPagePastTheLastMatchStillSaysHowManyMatched() async throws {
        try await withPuente { app in
            for index in 0..<3 { try await app.makeListedEntry(given: "Person", family: "Family\(index)", languages: ["es"]) }
            let page = try await Directory.search(.init(language: "es", page: 2), on: app.db)
            #expect(page.items.isEmpty)
            #expect(page.total == 3)
            let none = try await Directory.search(.init(language: "ko"), on: app.db)
            #expect(none.items.isEmpty && none.total == 0)
        }
    }

    @Test func theFormKeepsTheChosenFiltersSelected() async throws {
        try await withPuente { app in
            let html = try await Browser(app).get("/directory?language=es&county=06037&type=promotora&lang=es").body.string
            #expect(html.contains("<option value=\"es\" selected>español</option>"))
            #expect(html.contains("<option value=\"06037\" selected>Los Angeles</option>"))
            #expect(html.contains("<option value=\"promotora\" selected>"))
            #expect(html.contains("<option value=\"name\" selected>"))
            #expect(html.components(separatedBy: " selected>").count - 1 == 4) // one per drop-down that has a choice
        }
    }

    @Test func aPageNumberThatIsNotANumberKeepsTheOtherFilters() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Lupe", family: "Hernández", languages: ["es"])
            try await app.makeListedEntry(given: "Bea", family: "Park", languages: ["ko"])
            let html = try await Browser(app).get("/directory?language=es&page=two").body.string
            #expect(cards(html).contains("Lupe Hernández"))
            #expect(!cards(html).contains("Bea Park"))
        }
    }

    @Test func aWordWithFiltersFindsOnlyWhatEachPersonChoseToShow() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Rosa", family: "Shown", type: .promotora, languages: ["es"], counties: ["06037"])
            try await app.makeListedEntry(given: "Rosa", family: "Hidden", type: .promotora, languages: ["es"], counties: ["06037"],
                                          consent: Consent(languages: false))
            try await app.makeListedEntry(given: "Rosa", family: "Other", type: .chw, languages: ["es"], counties: ["06001"])
            let found = try await Directory.search(.init(text: "rosa", language: "es", county: "06037", type: .promotora), on: app.db)
            #expect(found.items.map(\.name) == ["Rosa Shown"])
            try await app.makeListedEntry(given: "Roberto", family: "Elsewhere", languages: ["es"], counties: ["06037"])
            let byCounty = try await Directory.search(.init(text: "ro", county: "06001"), on: app.db) // "ro" names two words
            #expect(byCounty.items.map(\.name) == ["Rosa Other"])
        }
    }

    @Test func changingWhatIsShownChangesWhatFiltersFind() async throws {
        try await withPuente { app in
            let entry = try await app.makeListedEntry(given: "Iris", family: "Changing", languages: ["es"], counties: ["06037"])
            #expect(try await Directory.search(.init(text: "iris", language: "es"), on: app.db).items.count == 1)
            entry.showLanguages = false
            try await entry.save(on: app.db)
            try await DirectoryIndex.refresh(entry.id!, on: app.db)
            #expect(try await Directory.search(.init(text: "iris", language: "es"), on: app.db).items.isEmpty)
            #expect(try await Directory.search(.init(text: "iris", county: "06037"), on: app.db).items.count == 1)
        }
    }

    @Test func theMigrationFillsFacetsFromEachPersonsOwnFilterTerms() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Lupe", family: "Hernández", type: .promotora, languages: ["es", "en"],
                                          counties: ["06037"], communities: ["farmworker"], organization: "Valle Clinic", consent: .all)
            try await app.makeListedEntry(given: "Ana", family: "Soto", languages: ["ko"], consent: Consent(languages: false, counties: false, type: false))
            let written = try await facetsByTerm(app)
            try await app.db.sql.raw("UPDATE directory_terms SET facets = ' '").run()
            try await UpdateDirectoryTermsAddFacets.fill(on: app.db.sql)
            #expect(try await facetsByTerm(app) == written)
            #expect(written["lupe"] == " :community:farmworker :county:06037 :language:en :language:es :type:promotora ")
            #expect(written["valle"] == written["lupe"])
            #expect(written["soto"] == " ")
        }
    }

    private func facetsByTerm(_ app: Application) async throws -> [String: String] {
        var facets: [String: String] = [:]
        for row in try await app.db.sql.raw("SELECT term, facets FROM directory_terms WHERE term NOT LIKE ':%'").all() {
            facets[try row.decode(column: "term", as: String.self)] = try row.decode(column: "facets", as: String.self)
        }
        return facets
    }

    @Test func leavingTheDirectoryRemovesAPersonFromSearch() async throws {
        try await withPuente { app in
            let entry = try await app.makeListedEntry(given: "Iris", family: "Leaving")
            #expect(try await Directory.search(.init(text: "iris"), on: app.db).items.count == 1)
            entry.listedInDirectory = false
            try await entry.save(on: app.db)
            try await DirectoryIndex.refresh(entry.id!, on: app.db)
            #expect(try await Directory.search(.init(text: "iris"), on: app.db).items.isEmpty)
            #expect(try await Directory.search(.init(), on: app.db).items.isEmpty)
        }
    }
}

@Suite struct DirectoryOrderTests {
    @Test func namesSortByFamilyNameIgnoringAccentsAndNewestSortsByJoining() async throws {
        try await withPuente { app in
            for (given, family) in [("Luis", "Álvarez"), ("Zoe", "Baker"), ("Ana", "Alvarado")] {
                try await app.makeListedEntry(given: given, family: family)
                try await Task.sleep(for: .milliseconds(5)) // distinct joining times
            }
            #expect(try await Directory.search(.init(), on: app.db).items.map(\.name) == ["Ana Alvarado", "Luis Álvarez", "Zoe Baker"])
            #expect(try await Directory.search(.init(sort: .newest), on: app.db).items.map(\.name) == ["Ana Alvarado", "Zoe Baker", "Luis Álvarez"])
        }
    }

    @Test func aPrefixOfSeveralWordsListsEachPersonOnce() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "Marisol", family: "Martínez", languages: ["es"])
            try await app.makeListedEntry(given: "Mario", family: "Soto", languages: ["en"])
            try await app.makeListedEntry(given: "Ana", family: "Marquez", languages: ["es"])
            try await app.makeListedEntry(given: "Ana", family: "Lopez", languages: ["es"])
            let found = try await Directory.search(.init(text: "mar"), on: app.db)
            #expect(found.items.map(\.name) == ["Ana Marquez", "Marisol Martínez", "Mario Soto"])
            #expect(found.total == 3)
            let spanish = try await Directory.search(.init(text: "mar", language: "es"), on: app.db)
            #expect(spanish.items.map(\.name) == ["Ana Marquez", "Marisol Martínez"])
            #expect(try await Directory.search(.init(text: "mar zzz"), on: app.db).items.isEmpty)
        }
    }

    @Test func largeResultsAreCountedUpToALimitAndSaySo() async throws {
        try await withPuente { app in
            let numbers = try await RegistryNumbers.draw(DirectoryFilter.countLimit + 5, on: app.db)
            let entries = numbers.enumerated().map { index, number in
                var input = RegistryEntryInput()
                input.givenName = "Person"
                input.familyName = String(format: "Family%04d", index)
                input.languages = ["es"]
                input.counties = ["06037"]
                input.listed = true
                input.showLanguages = true
                return BulkEntry(number: number, input: input, status: .active)
            }
            try await app.db.transaction { try await RegistryBulkWriter.insert(entries, actorEmail: nil, on: $0) }

            let first = try await Directory.search(.init(language: "es"), on: app.db)
            #expect(first.isCapped)
            #expect(first.total == DirectoryFilter.countLimit)
            #expect(first.items.first?.name == "Person Family0000")
            let html = try await Browser(app).get("/directory?language=es&page=3").body.string
            #expect(html.contains("More than 200 people found"))
            #expect(html.contains("Family0040"))
            let (past, _) = DirectoryFilter.parse(q: nil, language: "es", county: nil, type: nil, community: nil, sort: nil,
                                                  page: 999, counties: .california)
            #expect(past.page == DirectoryFilter.countLimit / DirectoryFilter.pageSize)
            let county = try await Directory.search(.init(county: "06037"), on: app.db)
            #expect(county.items.isEmpty) // counties were not consented
        }
    }
}

@Suite struct DirectoryEscapingTests {
    @Test func namesAndOrganizationsAreEscapedOnCards() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "<script>alert(1)</script>", family: "O'Neil", organization: "\"Quote\" & Co",
                                          consent: .all)
            let html = try await Browser(app).get("/directory").body.string
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Neil"))
            #expect(html.contains("&quot;Quote&quot; &amp; Co"))
        }
    }

    @Test func whatWasTypedIsEscapedInTheSearchField() async throws {
        try await withPuente { app in
            let html = try await Browser(app).get("/directory?q=%22%3E%3Cscript%3Ex%3C/script%3E").body.string
            #expect(!html.contains("<script>x</script>"))
            #expect(html.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""))
        }
    }

    @Test func storedCardsReadTheSameAsJSONDecoderReadsThem() throws {
        let cards = [
            PublicEntryDTO(registryNumber: "CHW-AAAA-BBBB", name: "Ana \"Nena\" Núñez 👩🏽‍⚕️", title: "promotora", languages: ["es", "en"],
                           counties: ["06037"], communities: nil, organizations: ["Clínica \\ Sol / Luna"], email: "ana@example.org", phone: nil),
            PublicEntryDTO(registryNumber: "CHW-CCCC-DDDD", name: "Tab\tName", title: nil, languages: nil, counties: [],
                           communities: ["tribal"], organizations: nil, email: nil, phone: "+1 555 0100"),
        ]
        for card in cards {
            let stored = String(decoding: try JSONEncoder().encode(card), as: UTF8.self)
            #expect(try PublicEntryDTO(storedCard: stored) == card)
            #expect(try PublicEntryDTO(storedCard: stored) == JSONDecoder().decode(PublicEntryDTO.self, from: Data(stored.utf8)))
        }
        // Outside the fast reader's shape, JSONDecoder still reads it (here: a number it ignores).
        let unusual = #"{"registryNumber":"CHW-EEEE-FFFF","name":"Eva","extra":7}"#
        #expect(try PublicEntryDTO(storedCard: unusual).name == "Eva")
    }

    @Test func aProgramsOwnCommunitiesAreOfferedCheckedAndSearchable() async throws {
        let list = try CommunityList.load(csv: Data("code,english,spanish\nfisherfolk,Fishing families,Familias pescadoras\n".utf8))
        try await withPuente({ $0.communities = list }) { app in
            let entry = try await app.makeListedEntry(given: "Ana", family: "Ortiz", communities: ["fisherfolk"])
            let page = try await Browser(app).get("/directory?community=fisherfolk&lang=es").body.string
            #expect(page.contains("Familias pescadoras"))
            #expect(page.contains(entry.fullName))
            let unknown = try await Browser(app).get("/directory?community=farmworker").body.string // shipped, but not this program's
            #expect(unknown.contains(L10n.directoryIgnoredFilters.text(.en)))

            var input = RegistryEntryInput()
            input.givenName = "Luis"; input.familyName = "Soto"; input.languages = ["es"]; input.counties = ["06037"]
            input.communities = ["farmworker"]
            #expect(input.validate(counties: app.config.counties, communities: app.config.communities)["communities"] != nil)
            input.communities = ["fisherfolk"]
            #expect(input.validate(counties: app.config.counties, communities: app.config.communities).isEmpty)
        }
    }

    /// A program replaces its list; people keep what they had until they or staff take it off.
    @Test func aCommunityTheProgramDroppedIsKeptWhenTheEntryIsSaved() async throws {
        let list = try CommunityList.load(csv: Data("code,english,spanish\nfisherfolk,Fishing families,Familias pescadoras\n".utf8))
        try await withPuente({ $0.communities = list }) { app in
            let entry = try await app.makeListedEntry(given: "Ana", family: "Ortiz", communities: ["farmworker"]) // from the shipped list
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            let page = try await staff.get(SiteURL.staffRegistryEntry(.value(entry.id!)).path).body.string
            #expect(page.contains("value=\"farmworker\" checked"))
            // The writer escapes the apostrophe as every attribute and text is escaped (decision 0018).
            #expect(page.contains("farmworker (no longer on the program&#39;s list)"))

            let fields: [(String, String)] = [
                ("given_name", "Ana"), ("family_name", "Ortiz"), ("email", ""), ("phone", ""), ("worker_type", "chw"),
                ("preferred_contact", "email"), ("languages[]", "en"), ("counties[]", "06037"), ("listed", "on"),
                ("communities[]", "farmworker"), ("communities[]", "fisherfolk"),
            ]
            let codes = { Set(try await RegistryEntryCommunity.query(on: app.db).filter(\.$entry.$id == entry.id!).all().map(\.code)) }
            #expect(try await staff.post(SiteURL.staffRegistryEntry(.value(entry.id!)).path, fields).status == .seeOther)
            #expect(try await codes() == ["farmworker", "fisherfolk"])
            // A dropped code the entry never had is refused, and nothing changes.
            let refused = try await staff.post(SiteURL.staffRegistryEntry(.value(entry.id!)).path, fields + [("communities[]", "refugee")])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await codes() == ["farmworker", "fisherfolk"])
        }
    }
}
