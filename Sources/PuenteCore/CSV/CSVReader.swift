// Reads CSV one record at a time from bytes or from a file read a megabyte at a time, so a
// million-row import never holds its whole file, or every record of it, in memory. The rules are
// CSVTable's (strict RFC 4180, physical line numbers); the delimiters are ASCII, so the bytes of
// a multi-byte UTF-8 character can never be mistaken for one.

import Foundation

/// Where a CSV comes from. A file is opened anew for each reading, so it can be read twice: once
/// to check it and once to save it.
public enum CSVSource: Sendable {
    case bytes(Data)
    case file(path: String)
}

public struct CSVReader {
    private let handle: FileHandle?
    private let chunkSize: Int
    private var buffer: Data
    private var position: Data.Index
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private var bomMatched = 0
    private var finished = false

    private var fields: [String] = []
    private var field: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    private var fieldWasQuoted = false
    /// Inside quotes a `"` either closes them or, doubled, stands for itself: the next byte says which.
    private var quotePending = false
    /// A CR ends a record; a LF straight after it belongs to the same line ending.
    private var afterCR = false

    /// `chunkSize` is how much of a file is read at once; tests make it tiny to cross boundaries.
    public init(_ source: CSVSource, chunkSize: Int = 1 << 20) throws {
        self.chunkSize = max(1, chunkSize)
        switch source {
        case .bytes(let data):
            handle = nil
            buffer = data
        case .file(let path):
            guard let opened = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
            handle = opened
            buffer = Data()
        }
        position = buffer.startIndex
    }

    /// The next record that is not blank, or nil at the end.
    public mutating func next() throws -> CSVRecord? {
        while !finished {
            if position == buffer.endIndex, !(try refill()) {
                finished = true
                return try finish()
            }
            let byte = buffer[position]
            position += 1
            if let record = try consume(byte) { return record }
        }
        return nil
    }

    private mutating func refill() throws -> Bool {
        guard let handle, let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty else {
            try? handle?.close()
            return false
        }
        buffer = chunk
        position = buffer.startIndex
        return true
    }

    private mutating func consume(_ byte: UInt8) throws -> CSVRecord? {
        if bomMatched < Self.byteOrderMark.count {
            // The byte order mark may arrive split across reads: match it a byte at a time.
            if byte == Self.byteOrderMark[bomMatched] {
                bomMatched += 1
                return nil
            }
            field.append(contentsOf: Self.byteOrderMark[..<bomMatched]) // not a mark after all: ordinary text
            bomMatched = Self.byteOrderMark.count
        }
        if afterCR {
            afterCR = false
            if byte == UInt8(ascii: "\n") { return nil }
        }
        if quotePending {
            quotePending = false
            if byte == UInt8(ascii: "\"") { field.append(byte); return nil }
            inQuotes = false
        }
        if inQuotes {
            if byte == UInt8(ascii: "\"") {
                quotePending = true
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                field.append(byte)
            }
            return nil
        }
        switch byte {
        case UInt8(ascii: "\""):
            guard field.isEmpty, !fieldWasQuoted else { throw CSVProblem.strayQuote(line: line, column: fields.count + 1) }
            inQuotes = true
            fieldWasQuoted = true
            return nil
        case UInt8(ascii: ","):
            try endField()
            return nil
        case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
            afterCR = byte == UInt8(ascii: "\r")
            let record = try endRecord()
            line += 1
            recordLine = line
            return record
        default:
            if fieldWasQuoted { throw CSVProblem.strayQuote(line: line, column: fields.count + 1) }
            field.append(byte)
            return nil
        }
    }

    private mutating func finish() throws -> CSVRecord? {
        if bomMatched < Self.byteOrderMark.count { field.append(contentsOf: Self.byteOrderMark[..<bomMatched]) }
        if quotePending { quotePending = false; inQuotes = false }
        if inQuotes { throw CSVProblem.unterminatedQuote(line: recordLine) }
        guard !field.isEmpty || !fields.isEmpty || fieldWasQuoted else { return nil }
        return try endRecord()
    }

    private mutating func endField() throws {
        guard let text = String(validating: field, as: UTF8.self) else { throw CSVProblem.notUTF8 }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    private mutating func endRecord() throws -> CSVRecord? {
        try endField()
        defer { fields.removeAll(keepingCapacity: true) }
        return fields.count == 1 && fields[0].isEmpty ? nil : CSVRecord(line: recordLine, fields: fields)
    }
}
