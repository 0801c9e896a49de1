// Plot escapes text nodes but writes attribute values as given; every attribute
// in our views goes through `attr`, so user data can never close a quote.

import Plot

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

    /// Text for element content; also used where Plot's own escaping would keep an entity the user typed.
    static func text(_ value: String) -> String {
        attribute(value)
    }
}

/// A few elements written with escaped attributes, for the places Plot's components would not escape.
enum Tag {
    typealias Attrs = KeyValuePairs<String, String?>

    static func element(_ element: HTMLElement, _ attributes: Attrs = [:], @ComponentBuilder content: @escaping () -> Component) -> Component {
        Element(name: element.name) { content() }.attributes(attributes)
    }

    static func void(_ element: HTMLElement, _ attributes: Attrs) -> Component {
        Node<HTML.BodyContext>.raw("<\(element.name)\(render(attributes))>")
    }

    static func a(_ href: String, _ text: String, _ attributes: Attrs = [:]) -> Component {
        Node<HTML.BodyContext>.raw("<a href=\"\(Escape.attribute(href))\"\(render(attributes))>\(Escape.text(text))</a>")
    }

    /// `<name attributes>text</name>` as a string, escaped. For long repeated lists (options,
    /// directory cards): Plot reflects over every component it renders, which made a directory
    /// page with its 120 options and 20 cards cost about 6 ms of CPU.
    static func leaf(_ element: HTMLElement, _ attributes: Attrs = [:], text: String) -> String {
        "<\(element.name)\(render(attributes))>\(Escape.text(text))</\(element.name)>"
    }

    /// Markup already built from `leaf` and escaped values.
    static func raw(_ html: String) -> Component {
        Node<HTML.BodyContext>.raw(html)
    }

    static func render(_ attributes: Attrs) -> String {
        var html = ""
        HTMLWriter.write(attributes, into: &html)
        return html
    }
}

private struct AttributedComponent: Component {
    let base: Component
    let attributes: Tag.Attrs

    var body: Component {
        attributes.reduce(base) { component, pair in
            guard let value = pair.value else { return component }
            return component.attribute(named: pair.key, value: Escape.attribute(value), ignoreValueIfEmpty: false)
        }
    }
}

extension Component {
    func attributes(_ attributes: Tag.Attrs) -> Component {
        AttributedComponent(base: self, attributes: attributes)
    }
}
