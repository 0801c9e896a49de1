// The element names views write, as values: a misspelt tag is a compile error, not a page that
// renders wrong (decision 0018). Attribute names stay strings; their values are escaped in one
// place, `HTMLWriter.write(_:into:)`.

struct HTMLElement: Sendable, Equatable {
    let name: String
    /// Void elements (`input`, `meta`, `link`) have no content and no closing tag.
    let isVoid: Bool

    private init(_ name: String, void: Bool = false) {
        self.name = name
        isVoid = void
    }
}

extension HTMLElement {
    // Document and sections
    static let html = Self("html"), head = Self("head"), body = Self("body"), title = Self("title")
    static let meta = Self("meta", void: true), link = Self("link", void: true)
    static let header = Self("header"), footer = Self("footer"), main = Self("main"), nav = Self("nav")
    static let section = Self("section"), article = Self("article"), aside = Self("aside"), div = Self("div")
    static let details = Self("details"), summary = Self("summary")
    // Text
    static let h1 = Self("h1"), h2 = Self("h2"), h3 = Self("h3"), p = Self("p"), span = Self("span")
    static let strong = Self("strong"), em = Self("em"), small = Self("small"), time = Self("time"), a = Self("a")
    static let br = Self("br", void: true), hr = Self("hr", void: true), pre = Self("pre")
    // Lists
    static let ul = Self("ul"), ol = Self("ol"), li = Self("li"), dl = Self("dl"), dt = Self("dt"), dd = Self("dd")
    // Tables
    static let table = Self("table"), caption = Self("caption"), thead = Self("thead"), tbody = Self("tbody")
    static let tr = Self("tr"), th = Self("th"), td = Self("td")
    // Forms
    static let form = Self("form"), fieldset = Self("fieldset"), legend = Self("legend"), label = Self("label")
    static let input = Self("input", void: true), select = Self("select"), option = Self("option")
    static let textarea = Self("textarea"), button = Self("button"), progress = Self("progress")
    // Figures and inline SVG (the directory map)
    static let figure = Self("figure"), figcaption = Self("figcaption"), svg = Self("svg"), path = Self("path")
}
