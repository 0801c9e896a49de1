// Newsletter Markdown to HTML that is safe to mail and to show in the archive. Ink passes raw
// HTML through and writes link targets and code-fence languages into attributes unescaped; the
// modifiers here escape every raw HTML fragment, keep only http(s) and mailto links (and
// http(s) images), and rebuild each attribute from an escaped value.

import Foundation
import Ink

enum NewsletterMarkdown {
    static func html(_ markdown: String) -> String {
        let references = referenceURLs(in: markdown)
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .html) { input in escape(input.html) })
        parser.addModifier(Modifier(target: .links) { input in link(input, references: references) })
        parser.addModifier(Modifier(target: .images) { input in image(input, references: references) })
        parser.addModifier(Modifier(target: .codeBlocks) { input in codeBlock(input) })
        return parser.html(from: markdown)
    }

    /// The plain-text alternative: the Markdown itself reads well as text, links included.
    static func text(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Whether a link target may stay a link.
    static func isAllowed(_ url: String, imagesOnly: Bool = false) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespaces).lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") { return true }
        return !imagesOnly && lowered.hasPrefix("mailto:")
    }

    // MARK: - Modifiers

    /// `<a href="URL">TITLE</a>` as Ink writes it: the URL is known from the Markdown, so the
    /// title (already rendered, escaped) is what follows it. A link whose target is not allowed
    /// keeps its words and loses the link.
    private static func link(_ input: Modifier.Input, references: [String: String]) -> String {
        guard let url = target(of: input.markdown, references: references) else { return escape(String(input.markdown)) }
        let prefix = "<a href=\"\(url)\">"
        guard input.html.hasPrefix(prefix), input.html.hasSuffix("</a>") else { return escape(String(input.markdown)) }
        let title = String(input.html.dropFirst(prefix.count).dropLast(4))
        guard isAllowed(url) else { return title }
        return "<a href=\"\(attribute(url))\" style=\"color:#1d5fa8\">\(title)</a>"
    }

    private static func image(_ input: Modifier.Input, references: [String: String]) -> String {
        let markdown = input.markdown.dropFirst() // the "!"
        guard let url = target(of: markdown, references: references), isAllowed(url, imagesOnly: true) else {
            return escape(String(altText(of: markdown)))
        }
        return "<img src=\"\(attribute(url))\" alt=\"\(attribute(String(altText(of: markdown))))\" style=\"max-width:100%;height:auto\">"
    }

    /// Ink writes the fence's language into a class attribute as typed; drop it.
    private static func codeBlock(_ input: Modifier.Input) -> String {
        guard let open = input.html.range(of: "<code"), let close = input.html.range(of: ">", range: open.upperBound..<input.html.endIndex) else {
            return "<pre>" + escape(String(input.markdown)) + "</pre>"
        }
        let firstLine = input.markdown.prefix { $0 != "\n" }
        let language = firstLine.drop { $0 == "`" || $0 == "~" || $0 == " " }
        let expectedOpening = language.isEmpty ? "<code>" : "<code class=\"language-\(language)\">"
        guard input.html[open.lowerBound...].hasPrefix(expectedOpening) else { return "<pre>" + escape(String(input.markdown)) + "</pre>" }
        _ = close
        let body = input.html[input.html.index(open.lowerBound, offsetBy: expectedOpening.count)...]
        return "<pre style=\"white-space:pre-wrap\"><code>" + body
    }

    /// `[text](url)` or `[text][name]`: the text stops at the first `]`, as Ink reads it.
    private static func target(of markdown: Substring, references: [String: String]) -> String? {
        guard let close = markdown.firstIndex(of: "]") else { return nil }
        let rest = markdown[markdown.index(after: close)...]
        if rest.hasPrefix("("), rest.hasSuffix(")") { return String(rest.dropFirst().dropLast()) }
        if rest.hasPrefix("["), rest.hasSuffix("]") { return references[rest.dropFirst().dropLast().lowercased()] }
        return nil
    }

    private static func altText(of markdown: Substring) -> Substring {
        guard markdown.hasPrefix("["), let close = markdown.firstIndex(of: "]") else { return "" }
        return markdown[markdown.index(after: markdown.startIndex)..<close]
    }

    /// `[name]: url` lines, as Ink collects them (names lowercased).
    private static func referenceURLs(in markdown: String) -> [String: String] {
        var found: [String: String] = [:]
        for line in markdown.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"),
                  trimmed[trimmed.index(after: close)...].hasPrefix(":") else { continue }
            let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercased()
            let url = trimmed[trimmed.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" }
            found[name] = String(url)
        }
        return found
    }

    static func escape(_ text: String) -> String { Escape.text(text) }

    /// An attribute value: escaped, and ASCII control characters dropped.
    private static func attribute(_ value: String) -> String {
        Escape.attribute(String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })))
    }
}
