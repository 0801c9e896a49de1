// The query string read once per request: what the directory and the language switch see.

import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct QueryParametersTests {
    @Test func decodesPlusAndPercentEscapesAsFormsDo() {
        let query = QueryParameters("q=mar%C3%ADa+l%C3%B3pez&county=06037&empty=&bare")
        #expect(query["q"] == "maría lópez")
        #expect(query["county"] == "06037")
        #expect(query["empty"] == "")
        #expect(query["bare"] == "")
        #expect(query["missing"] == nil)
    }

    @Test func aLiteralPlusAndAnEncodedAmpersandSurvive() {
        let query = QueryParameters("q=a%2Bb%26c&lang=es")
        #expect(query["q"] == "a+b&c")
        #expect(query["lang"] == "es")
    }

    @Test func theFirstOfARepeatedNameWinsAndABrokenValueIsKeptAsTyped() {
        let query = QueryParameters("language=es&language=vi&q=%E0%A4&county=%zz&type=chw&%zz=1&=2")
        #expect(query["language"] == "es")
        #expect(query["q"] == "%E0%A4")
        #expect(query["county"] == "%zz")
        #expect(query["type"] == "chw")
        #expect(QueryParameters.pairs("language=es&language=vi&%zz=1&=2").map { "\($0.0)=\($0.1)" } == ["language=es", "language=vi"])
        #expect(QueryParameters(nil) == QueryParameters(""))
    }

    @Test func aBrokenCountyIsReportedNotDropped() async throws {
        try await withPuente { app in
            let html = try await Browser(app).get("/directory?county=%zz").body.string
            #expect(html.contains(L10n.directoryIgnoredFilters.text(.en)))
            #expect(html.contains("<li>\(L10n.directoryCountyLabel.text(.en))</li>"))
        }
    }

    @Test func theDirectoryAndTheLanguageSwitchReadTheSameQuery() async throws {
        try await withPuente { app in
            let html = try await Browser(app).get("/directory?lang=es&q=Mar%C3%ADa%2B&county=nowhere").body.string
            #expect(html.contains("lang=\"es\""))
            // Vapor hands over the query still percent-encoded: decoded once, an encoded `+` stays one.
            #expect(html.contains("value=\"María+\""))
            // The unknown county is named as left out, in Spanish, by the page that parsed it.
            #expect(html.contains(L10n.directoryIgnoredFilters.text(.es)))
        }
    }
}
