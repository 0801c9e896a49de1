// The escaping every view uses: text and attribute values alike, so user data can never close
// a quote or open a tag.

enum Escape {
    /// Works on UTF-8 bytes: the five characters it replaces are ASCII, and most values hold none
    /// of them, so those come back untouched. (Walking grapheme clusters was a hot spot of every page.)
    static func attribute(_ value: String) -> String {
        let bytes = value.utf8
        guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return value }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case 0x26: out += "&amp;".utf8
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            case 0x22: out += "&quot;".utf8
            case 0x27: out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text for element content: the same five characters, so an entity the user typed stays text.
    static func text(_ value: String) -> String {
        attribute(value)
    }
}

/// Attributes in the order written; a nil value leaves the attribute out.
enum Tag {
    typealias Attrs = KeyValuePairs<String, String?>

    /// `<name attributes>text</name>` as a string, escaped: for long repeated lists (options).
    static func leaf(_ element: HTMLElement, _ attributes: Attrs = [:], text: String) -> String {
        var html = "<\(element.name)"
        HTMLWriter.write(attributes, into: &html)
        return html + ">\(Escape.text(text))</\(element.name)>"
    }
}
