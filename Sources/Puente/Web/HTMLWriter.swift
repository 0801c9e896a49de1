// Markup written straight into one string, escaped as it goes. The layout and the hottest
// public pages use it instead of Plot components: Plot reflects over every component it
// renders, which was 44% of a directory page's CPU (docs/benchmarks.md, third round).

struct HTMLWriter {
    private(set) var html = ""

    init(capacity: Int = 8192) {
        html.reserveCapacity(capacity)
    }

    /// `<name attributes>`; attributes whose value is nil are left out, empty ones written bare.
    mutating func open(_ name: String, _ attributes: Tag.Attrs = [:]) {
        html += "<"
        html += name
        Self.write(attributes, into: &html)
        html += ">"
    }

    mutating func close(_ name: String) {
        html += "</"
        html += name
        html += ">"
    }

    /// An element with children written by `content`.
    mutating func element(_ name: String, _ attributes: Tag.Attrs = [:], _ content: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        content(&self)
        close(name)
    }

    /// An element holding only escaped text.
    mutating func leaf(_ name: String, _ attributes: Tag.Attrs = [:], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    mutating func link(_ href: String, _ text: String, _ attributes: Tag.Attrs = [:]) {
        html += "<a href=\""
        html += Escape.attribute(href)
        html += "\""
        Self.write(attributes, into: &html)
        html += ">"
        self.text(text)
        html += "</a>"
    }

    mutating func text(_ text: String) {
        html += Escape.text(text)
    }

    /// Markup that is already escaped: output of another writer, `Tag.leaf`, or a Plot render.
    mutating func raw(_ markup: String) {
        html += markup
    }

    /// ` key="value"` for each attribute; the one place attribute values are escaped.
    static func write(_ attributes: Tag.Attrs, into html: inout String) {
        for (key, value) in attributes {
            guard let value else { continue }
            html += " "
            html += key
            if value.isEmpty && key != "value" && key != "alt" { continue }
            html += "=\""
            html += Escape.attribute(value)
            html += "\""
        }
    }
}
