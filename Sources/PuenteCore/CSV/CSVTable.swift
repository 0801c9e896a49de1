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
    public static func parse(_ data: Data) throws -> [CSVRecord] {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw CSVProblem.notUTF8 }
        return try parse(text)
    }

    public static func parse(_ text: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var iterator = Array(text.unicodeScalars)[...]

        func endField() {
            fields.append(field)
            field = ""
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }

        while let scalar = iterator.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if iterator.first == "\"" { iterator.removeFirst(); field.unicodeScalars.append("\"") } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw CSVProblem.strayQuote(line: line, column: fields.count + 1) }
                inQuotes = true
                fieldWasQuoted = true
            case ",":
                endField()
            case "\r":
                if iterator.first == "\n" { iterator.removeFirst() }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted { throw CSVProblem.strayQuote(line: line, column: fields.count + 1) }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw CSVProblem.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
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
