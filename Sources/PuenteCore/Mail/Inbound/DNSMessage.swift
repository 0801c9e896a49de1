// The two DNS messages a TXT lookup needs (RFC 1035): the query, and the answers read back,
// compression pointers included.

import Foundation

public enum DNSMessage {
    public enum Problem: Error { case malformed, nameTooLong, wrongID }

    /// A recursive query for the TXT records of `name`.
    public static func txtQuery(id: UInt16, name: String) throws -> [UInt8] {
        var out: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xFF), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        for label in name.split(separator: ".") {
            let bytes = Array(label.utf8)
            guard !bytes.isEmpty, bytes.count < 64 else { throw Problem.nameTooLong }
            out.append(UInt8(bytes.count))
            out += bytes
        }
        guard out.count - 12 < 255 else { throw Problem.nameTooLong }
        out += [0, 0, 16, 0, 1]
        return out
    }

    /// The TXT strings of every answer, each record's strings joined. Empty for NXDOMAIN.
    public static func txtAnswers(_ message: [UInt8], id: UInt16) throws -> [String] {
        guard message.count >= 12 else { throw Problem.malformed }
        guard UInt16(message[0]) << 8 | UInt16(message[1]) == id else { throw Problem.wrongID }
        let questions = Int(message[4]) << 8 | Int(message[5])
        let answers = Int(message[6]) << 8 | Int(message[7])
        var offset = 12
        for _ in 0..<questions {
            offset = try skipName(message, offset) + 4
        }
        var texts: [String] = []
        for _ in 0..<answers {
            offset = try skipName(message, offset)
            guard offset + 10 <= message.count else { throw Problem.malformed }
            let type = Int(message[offset]) << 8 | Int(message[offset + 1])
            let length = Int(message[offset + 8]) << 8 | Int(message[offset + 9])
            offset += 10
            guard offset + length <= message.count else { throw Problem.malformed }
            if type == 16 {
                var text = [UInt8]()
                var cursor = offset
                while cursor < offset + length {
                    let count = Int(message[cursor])
                    guard cursor + 1 + count <= offset + length else { throw Problem.malformed }
                    text += message[(cursor + 1)..<(cursor + 1 + count)]
                    cursor += 1 + count
                }
                texts.append(String(decoding: text, as: UTF8.self))
            }
            offset += length
        }
        return texts
    }

    /// The offset just past a name at `offset` (labels, ending in a zero or a pointer).
    private static func skipName(_ message: [UInt8], _ offset: Int) throws -> Int {
        var cursor = offset
        while true {
            guard cursor < message.count else { throw Problem.malformed }
            let length = message[cursor]
            if length == 0 { return cursor + 1 }
            if length & 0xC0 == 0xC0 { return cursor + 2 }
            cursor += 1 + Int(length)
        }
    }
}
