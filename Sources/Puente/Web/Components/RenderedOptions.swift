// Long option lists rendered once and joined per page.

/// A drop-down's options, escaped once. Long lists (58 counties, 40 languages) are the same on
/// every page but for which one is selected, so a page only joins them.
struct RenderedOptions: Sendable {
    private let options: [(value: String, text: String, html: String)]
    let length: Int

    init(_ options: [(value: String, text: String)]) {
        self.options = options.map { value, text in (value, text, Tag.leaf(.option, ["value": value], text: text)) }
        length = self.options.reduce(0) { $0 + $1.html.utf8.count } + 16
    }

    /// Only the selected option is written anew.
    func html(selected: String?) -> String {
        var html = ""
        html.reserveCapacity(length)
        for option in options {
            html += option.value == selected ? Tag.leaf(.option, ["value": option.value, "selected": ""], text: option.text) : option.html
        }
        return html
    }
}
