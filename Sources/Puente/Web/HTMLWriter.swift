// Markup written straight into one string, escaped as it goes: the one view idiom (decision
// 0018). Plot's components reflect over every component they render, which was 44% of a
// directory page's CPU (decision 0011); this writer does no work but appending.

struct HTMLWriter {
    private(set) var html = ""

    init(capacity: Int = 8192) {
        html.reserveCapacity(capacity)
    }

    /// `<name attributes>`; attributes whose value is nil are left out, empty ones written bare.
    /// A void element (`input`) is complete with this alone.
    mutating func open(_ element: HTMLElement, _ attributes: Tag.Attrs = [:]) {
        html += "<"
        html += element.name
        Self.write(attributes, into: &html)
        html += ">"
    }

    mutating func close(_ element: HTMLElement) {
        html += "</"
        html += element.name
        html += ">"
    }

    /// An element with children written by `content`.
    mutating func element(_ element: HTMLElement, _ attributes: Tag.Attrs = [:], _ content: (inout HTMLWriter) -> Void) {
        open(element, attributes)
        content(&self)
        close(element)
    }

    /// An element holding only escaped text.
    mutating func leaf(_ element: HTMLElement, _ attributes: Tag.Attrs = [:], text: String) {
        open(element, attributes)
        self.text(text)
        close(element)
    }

    /// The markup of one piece written on its own: a component shared by several pages.
    static func fragment(capacity: Int = 512, _ content: (inout HTMLWriter) -> Void) -> String {
        var out = HTMLWriter(capacity: capacity)
        content(&out)
        return out.html
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

    /// Markup that is already escaped: output of another writer or `Tag.leaf`.
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
