// Reads one flat JSON object whose values are strings, arrays of strings, null or booleans: the
// shape of a stored directory card. Every directory page reads twenty of them, and Foundation's
// Codable decoder was the largest single cost of a page (docs/benchmarks.md, third round).
// Anything outside that shape returns nil, and the caller falls back to `JSONDecoder`.

public enum FlatJSON {
    public enum Value: Equatable, Sendable {
        case string(String)
        case strings([String])
        case bool(Bool)
        case null
    }

    public static func object(_ text: String) -> [String: Value]? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.object()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func object() -> [String: Value]? {
            var result: [String: Value] = [:]
            guard take(0x7B) else { return nil } // {
            if take(0x7D) { return end(result) } // }
            repeat {
                guard let key = string(), take(0x3A), let value = value() else { return nil } // :
                result[key] = value
            } while take(0x2C) // ,
            guard take(0x7D) else { return nil }
            return end(result)
        }

        private mutating func end(_ result: [String: Value]) -> [String: Value]? {
            skipSpace()
            return index == bytes.count ? result : nil
        }

        private mutating func value() -> Value? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x22: return string().map(Value.string)
            case 0x5B: // [
                index += 1
                var items: [String] = []
                if take(0x5D) { return .strings(items) }
                repeat {
                    guard let item = string() else { return nil }
                    items.append(item)
                } while take(0x2C)
                return take(0x5D) ? .strings(items) : nil
            case 0x6E: return literal("null") ? .null : nil
            case 0x74: return literal("true") ? .bool(true) : nil
            case 0x66: return literal("false") ? .bool(false) : nil
            default: return nil
            }
        }

        /// A JSON string with every escape RFC 8259 allows, surrogate pairs included.
        private mutating func string() -> String? {
            guard take(0x22) else { return nil }
            var out: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x22: return String(decoding: out, as: UTF8.self)
                case 0x5C:
                    guard index < bytes.count else { return nil }
                    let escaped = bytes[index]
                    index += 1
                    switch escaped {
                    case 0x22, 0x5C, 0x2F: out.append(escaped)
                    case 0x62: out.append(0x08)
                    case 0x66: out.append(0x0C)
                    case 0x6E: out.append(0x0A)
                    case 0x72: out.append(0x0D)
                    case 0x74: out.append(0x09)
                    case 0x75:
                        guard var scalar = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(scalar) {
                            guard take(0x5C, skippingSpace: false), take(0x75, skippingSpace: false), let low = hex4(),
                                  (0xDC00..<0xE000).contains(low) else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { return nil }
                        out += Array(String(Character(unicode)).utf8)
                    default: return nil
                    }
                case 0..<0x20: return nil // control characters must be escaped
                default: out.append(byte)
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                index += 1
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        private mutating func take(_ byte: UInt8, skippingSpace: Bool = true) -> Bool {
            if skippingSpace { skipSpace() }
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }
    }
}
