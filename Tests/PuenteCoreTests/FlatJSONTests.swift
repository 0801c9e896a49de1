import Foundation
import Testing
@testable import PuenteCore

@Suite struct FlatJSONTests {
    private struct Card: Codable {
        var name: String
        var title: String?
        var languages: [String]?
        var listed: Bool
    }

    @Test(arguments: [
        "Ana María Núñez", "Quote \" backslash \\ slash /", "Tab\tnew\nline\r", "K'iche' <b>&amp;</b>",
        "Emoji 👩🏽‍⚕️ and 汉字", "\u{0001}\u{001F} control", "",
    ])
    func readsWhatJSONEncoderWrites(_ text: String) throws {
        let card = Card(name: text, title: nil, languages: [text, "es"], listed: true)
        let encoded = String(decoding: try JSONEncoder().encode(card), as: UTF8.self)
        let object = try #require(FlatJSON.object(encoded))
        #expect(object["name"] == .string(text))
        #expect(object["languages"] == .strings([text, "es"]))
        #expect(object["listed"] == .bool(true))
        #expect(object["title"] == nil) // JSONEncoder leaves nil out
    }

    @Test func readsEscapesSurrogatePairsNullsAndSpace() {
        let object = FlatJSON.object(#" { "a" : "\u00e9\ud83d\ude00\/" , "b": null, "c": [ ], "d": false } "#)
        #expect(object == ["a": .string("é😀/"), "b": .null, "c": .strings([]), "d": .bool(false)])
    }

    @Test(arguments: [
        #"{"a": 1}"#, #"{"a": {"b": "c"}}"#, #"{"a": ["b", 2]}"#, #"{"a": "b"} x"#, #"{"a": "b""#,
        #"{"a": "\x"}"#, #"{"a": "\ud83d"}"#, "{\"a\": \"raw\ncontrol\"}", #"["a"]"#, "", #"{"a" "b"}"#,
    ])
    func refusesAnythingOutsideItsShape(_ text: String) {
        #expect(FlatJSON.object(text) == nil)
    }
}
