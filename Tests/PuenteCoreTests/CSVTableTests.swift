import Foundation
import Testing
@testable import PuenteCore

@Suite struct CSVTableTests {
    @Test func readsQuotesEscapedQuotesAndMultiLineFieldsWithLineNumbers() throws {
        let text = "name,notes\r\n\"Cruz, María\",\"said \"\"hola\"\"\"\r\nAna,\"two\nlines\"\nBea,plain\n"
        let records = try CSVTable.parse(text)
        #expect(records.map(\.fields) == [["name", "notes"], ["Cruz, María", "said \"hola\""], ["Ana", "two\nlines"], ["Bea", "plain"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func byteOrderMarkIsIgnoredAndOtherEncodingsAreRefused() throws {
        let withBOM = Data([0xEF, 0xBB, 0xBF]) + Data("a,b\n1,2\n".utf8)
        #expect(try CSVTable.parse(withBOM).first?.fields == ["a", "b"])
        let latin1 = "nombre\nMar\u{ED}a\n".data(using: .isoLatin1)!
        #expect(throws: CSVProblem.notUTF8) { try CSVTable.parse(latin1) }
    }

    @Test func malformedQuotesAreReportedWhereTheyAre() {
        #expect(throws: CSVProblem.strayQuote(line: 2, column: 2)) { try CSVTable.parse("a,b\n1,x\"y\n") }
        #expect(throws: CSVProblem.strayQuote(line: 1, column: 1)) { try CSVTable.parse("\"a\"b,c\n") }
        #expect(throws: CSVProblem.unterminatedQuote(line: 3)) { try CSVTable.parse("a\nb\n\"never closed\n") }
    }

    @Test func writingRoundTripsAndDefusesFormulas() throws {
        let rows = [["name", "note"], ["Cruz, María", "said \"hola\"\nbye"], ["=HYPERLINK(\"x\")", "-5"]]
        let text = CSVTable.write(rows)
        #expect(text.hasSuffix("\r\n"))
        let back = try CSVTable.parse(text).map(\.fields)
        #expect(back[1] == rows[1])
        #expect(back[2] == ["'=HYPERLINK(\"x\")", "'-5"])
    }
}

@Suite struct CSVReaderTests {
    static let text = "\u{FEFF}name,notes\r\n\"Cruz, María\",\"said \"\"hola\"\"\"\r\n\r\nAna,\"two\r\nlines\"\nBea,ñandú\r\n"

    /// A file read one, two or seven bytes at a time splits every CRLF, doubled quote, BOM and
    /// two-byte letter across reads; each must come out as if read whole.
    @Test(arguments: [1, 2, 7, 1 << 20])
    func aFileReadInChunksGivesTheSameRecordsAsParsingItWhole(chunkSize: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: path))
        var reader = try CSVReader(.file(path: path), chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records == (try CSVTable.parse(Data(Self.text.utf8))))
        #expect(records.map(\.fields) == [["name", "notes"], ["Cruz, María", "said \"hola\""], ["Ana", "two\r\nlines"], ["Bea", "ñandú"]])
        #expect(records.map(\.line) == [1, 2, 4, 6])
        #expect(try reader.next() == nil)
    }

    @Test func problemsInAFileAreFoundWhereTheyAreAfterTheRecordsBeforeThem() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (Data("a,b\n1,2\n".utf8) + Data([0x4D, 0x61, 0x72, 0xED, 0x61, 0x0A])).write(to: URL(fileURLWithPath: path))
        var reader = try CSVReader(.file(path: path), chunkSize: 3)
        #expect(try reader.next()?.fields == ["a", "b"])
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(throws: CSVProblem.notUTF8) { try reader.next() }
        #expect(throws: (any Error).self) { try CSVReader(.file(path: path + ".missing")) }
    }
}
