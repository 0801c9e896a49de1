// Strict RFC 4180 reading and writing. Strict on purpose: an import must say exactly which
// line is malformed (the lenient parsers available here accept stray quotes silently and do
// not report physical line numbers when a quoted field spans lines).

import Foundation

public struct CSVRecord: Sendable, Equatable {
    /// The physical line the record starts on, 1-based, counting the header.
    public let line: Int
    public let fields: [String]
}

public enum CSVProblem: Error, Sendable, Equatable {
    case notUTF8
    case unterminatedQuote(line: Int)
    case strayQuote(line: Int, column: Int)
}

public enum CSVTable {
    /// Reads UTF-8 (with or without BOM), CRLF or LF line endings. Blank lines are skipped.
    /// Large files go through `CSVReader` a record at a time instead.
    public static func parse(_ data: Data) throws -> [CSVRecord] {
        var reader = try CSVReader(.bytes(data))
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    public static func parse(_ text: String) throws -> [CSVRecord] {
        try parse(Data(text.utf8))
    }

    /// Writes rows with CRLF endings, quoting where needed. A cell that a spreadsheet would run
    /// as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'` so exports cannot carry one.
    public static func write(_ rows: [[String]]) -> String {
        rows.map { row in row.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
