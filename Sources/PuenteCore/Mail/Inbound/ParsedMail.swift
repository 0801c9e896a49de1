// Reading one RFC 5322 message as a mail server hands it over: its header fields (unfolded), its
// body, and, for MIME messages, its parts with their transfer encodings undone. Enough to route
// list mail and read delivery reports (RFC 3464); not a general mail library.

import Foundation

public struct ParsedMail: Sendable {
    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notText
        case noHeader
        case noFrom

        public var description: String {
            switch self {
            case .notText: "the message is not text"
            case .noHeader: "the message has no header fields"
            case .noFrom: "the message has no From address"
            }
        }
    }

    public let fields: [Field]
    /// Everything after the blank line that ends the header, line endings as sent.
    public let body: String

    public init(_ data: Data) throws {
        // Mail is 7- or 8-bit; bytes that are not UTF-8 are read as Latin-1 rather than refused.
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else { throw Problem.notText }
        try self.init(text)
    }

    public init(_ text: String) throws {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let (head, body) = Self.split(normalized)
        var fields: [Field] = []
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { continue }
            if line.first == " " || line.first == "\t", let last = fields.popLast() {
                fields.append(Field(name: last.name, value: last.value + " " + line.trimmingCharacters(in: .whitespaces)))
                continue
            }
            // An mbox "From " line, as some pipes add it, is not a field.
            if line.hasPrefix("From ") && fields.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.contains(" ") else { continue }
            fields.append(Field(name: name, value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        guard !fields.isEmpty else { throw Problem.noHeader }
        self.fields = fields
        self.body = body
    }

    private static func split(_ text: String) -> (head: Substring, body: String) {
        guard let blank = text.range(of: "\n\n") else { return (text[...], "") }
        return (text[..<blank.lowerBound], String(text[blank.upperBound...]))
    }

    public func field(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The address in the From field (`Name <a@b>` or `a@b`), lower-cased, and the display name.
    public var from: (address: String, name: String?)? {
        guard let value = field("From") else { return nil }
        return Self.mailbox(value)
    }

    public static func mailbox(_ value: String) -> (address: String, name: String?)? {
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            let address = value[value.index(after: open)..<close].trimmingCharacters(in: .whitespaces).lowercased()
            let name = value[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \t\""))
            guard address.contains("@") else { return nil }
            return (address, name.isEmpty ? nil : name)
        }
        let bare = value.split(separator: " ").first { $0.contains("@") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "()<>,;")).lowercased() }
        return bare.map { ($0, nil) }
    }

    // MARK: - MIME

    public struct ContentType: Sendable, Equatable {
        public let type: String
        public let parameters: [String: String]

        public init(_ value: String?) {
            let pieces = (value ?? "text/plain").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            type = (pieces.first ?? "text/plain").lowercased()
            var parameters: [String: String] = [:]
            for piece in pieces.dropFirst() {
                guard let equals = piece.firstIndex(of: "=") else { continue }
                let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                parameters[key] = piece[piece.index(after: equals)...].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            }
            self.parameters = parameters
        }
    }

    public struct Part: Sendable {
        public let contentType: ContentType
        public let fields: [Field]
        /// The body with its transfer encoding (base64, quoted-printable) undone.
        public let text: String
        public let parts: [Part]
    }

    public var contentType: ContentType { ContentType(field("Content-Type")) }

    /// The message as a tree of parts (a single part for a plain message).
    public var root: Part { Self.part(fields: fields, body: body, depth: 0) }

    static func part(fields: [Field], body: String, depth: Int) -> Part {
        let type = ContentType(fields.first { $0.name.caseInsensitiveCompare("Content-Type") == .orderedSame }?.value)
        let encoding = fields.first { $0.name.caseInsensitiveCompare("Content-Transfer-Encoding") == .orderedSame }?.value.lowercased() ?? ""
        guard type.type.hasPrefix("multipart/"), let boundary = type.parameters["boundary"], depth < 8 else {
            return Part(contentType: type, fields: fields, text: decode(body, encoding: encoding), parts: [])
        }
        var parts: [Part] = []
        let delimiter = "--" + boundary
        var chunks = body.components(separatedBy: "\n" + delimiter)
        if body.hasPrefix(delimiter) { chunks[0] = String(chunks[0].dropFirst(delimiter.count)) } else { chunks.removeFirst() }
        for chunk in chunks {
            if chunk.hasPrefix("--") { break }
            let content = chunk.drop { $0 != "\n" }.dropFirst()
            guard let parsed = try? ParsedMail(String(content).isEmpty ? "X: x\n\n" : String(content)) else { continue }
            parts.append(part(fields: parsed.fields, body: parsed.body, depth: depth + 1))
        }
        return Part(contentType: type, fields: fields, text: "", parts: parts)
    }

    /// Every leaf part, depth first.
    public var leaves: [Part] {
        var out: [Part] = []
        func walk(_ part: Part) {
            if part.parts.isEmpty { out.append(part) } else { part.parts.forEach(walk) }
        }
        walk(root)
        return out
    }

    /// The first text/plain leaf, which is what a list delivers and archives.
    public var plainText: String? { leaves.first { $0.contentType.type == "text/plain" }?.text }

    static func decode(_ body: String, encoding: String) -> String {
        switch encoding {
        case "base64":
            let joined = body.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: joined) else { return body }
            return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? body
        case "quoted-printable":
            return quotedPrintable(body)
        default:
            return body
        }
    }

    static func quotedPrintable(_ body: String) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(body.utf8)[...]
        while let byte = iterator.popFirst() {
            guard byte == UInt8(ascii: "=") else { bytes.append(byte); continue }
            if iterator.first == UInt8(ascii: "\n") { iterator.removeFirst(); continue }
            if iterator.starts(with: Array("\r\n".utf8)) { iterator.removeFirst(2); continue }
            let hex = iterator.prefix(2)
            if hex.count == 2, let value = UInt8(String(decoding: hex, as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator.removeFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
