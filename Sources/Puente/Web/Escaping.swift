// Plot escapes text nodes but writes attribute values as given; every attribute
// in our views goes through `attr`, so user data can never close a quote.

import Plot

enum Escape {
    static func attribute(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for element content; also used where Plot's own escaping would keep an entity the user typed.
    static func text(_ value: String) -> String {
        attribute(value)
    }
}

/// A few elements written with escaped attributes, for the places Plot's components would not escape.
enum Tag {
    typealias Attrs = KeyValuePairs<String, String?>

    static func element(_ name: String, _ attributes: Attrs = [:], @ComponentBuilder content: @escaping () -> Component) -> Component {
        Element(name: name) { content() }.attributes(attributes)
    }

    static func void(_ name: String, _ attributes: Attrs) -> Component {
        Node<HTML.BodyContext>.raw("<\(name)\(render(attributes))>")
    }

    static func a(_ href: String, _ text: String, _ attributes: Attrs = [:]) -> Component {
        Node<HTML.BodyContext>.raw("<a href=\"\(Escape.attribute(href))\"\(render(attributes))>\(Escape.text(text))</a>")
    }

    /// `<name attributes>text</name>` as a string, escaped. For long repeated lists (options,
    /// directory cards): Plot reflects over every component it renders, which made a directory
    /// page with its 120 options and 20 cards cost about 6 ms of CPU.
    static func leaf(_ name: String, _ attributes: Attrs = [:], text: String) -> String {
        "<\(name)\(render(attributes))>\(Escape.text(text))</\(name)>"
    }

    /// Markup already built from `leaf` and escaped values.
    static func raw(_ html: String) -> Component {
        Node<HTML.BodyContext>.raw(html)
    }

    static func render(_ attributes: Attrs) -> String {
        attributes.compactMap { pair -> String? in
            guard let value = pair.value else { return nil }
            return value.isEmpty && pair.key != "value" && pair.key != "alt" ? " \(pair.key)" : " \(pair.key)=\"\(Escape.attribute(value))\""
        }.joined()
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
