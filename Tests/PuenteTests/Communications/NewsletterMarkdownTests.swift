// Newsletter Markdown is mailed and published: every way of smuggling markup through Ink is
// pinned here, next to what must still work.

import Testing
@testable import Puente

@Suite struct NewsletterMarkdownTests {
    @Test func ordinaryMarkdownBecomesHTML() {
        let html = NewsletterMarkdown.html("""
            # Spring

            Some **bold** words and a [link](https://example.org/a?b=1&c=2) and [mail](mailto:hola@example.org).

            - one
            - two
            """)
        #expect(html.contains("<h1>Spring</h1>"))
        #expect(html.contains("<strong>bold</strong>"))
        #expect(html.contains(#"<a href="https://example.org/a?b=1&amp;c=2" style="color:#1d5fa8">link</a>"#))
        #expect(html.contains(#"<a href="mailto:hola@example.org""#))
        #expect(html.contains("<li>one</li>"))
    }

    @Test func rawHTMLIsShownAsTextNeverRun() {
        for attack in ["<script>alert(1)</script>", "Hello <img src=x onerror=alert(1)> there", "<div onclick=\"x()\">hi</div>",
                       "<iframe src=\"https://evil.example\"></iframe>", "<svg onload=alert(1)>"] {
            let html = NewsletterMarkdown.html(attack)
            #expect(!html.contains("<script"), "\(attack) → \(html)")
            #expect(!html.contains("<img src=x"), "\(attack) → \(html)")
            #expect(!html.contains("<div"), "\(attack) → \(html)")
            #expect(!html.contains("<iframe"), "\(attack) → \(html)")
            #expect(!html.contains("<svg"), "\(attack) → \(html)")
            #expect(html.contains("&lt;"), "the markup is still there to read: \(html)")
        }
    }

    @Test func onlyWebAndMailLinksStayLinks() {
        for target in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", " javascript:x"] {
            let html = NewsletterMarkdown.html("[click me](\(target))")
            #expect(!html.lowercased().contains("href=\"javascript"), "\(target) → \(html)")
            #expect(!html.contains("href=\"data:"), "\(target) → \(html)")
            #expect(!html.contains("<script"), "\(target) → \(html)")
            #expect(html.contains("click me"), "the words stay: \(html)")
        }
    }

    @Test func aLinkTargetCannotBreakOutOfItsAttribute() {
        let html = NewsletterMarkdown.html(#"[x](https://example.org/"onmouseover="alert(1))"#)
        #expect(!html.contains(#""onmouseover=""#), "\(html)")
        #expect(html.contains("&quot;onmouseover=&quot;"), "\(html)")
        let reference = NewsletterMarkdown.html("""
            See [the page][p].

            [p]: https://example.org/"><script>alert(1)</script>
            """)
        #expect(!reference.contains("<script"), "\(reference)")
        let badReference = NewsletterMarkdown.html("""
            See [the page][p].

            [p]: javascript:alert(1)
            """)
        #expect(!badReference.contains("href=\"javascript"), "\(badReference)")
        #expect(badReference.contains("the page"), "\(badReference)")
    }

    @Test func imagesKeepOnlyWebAddressesAndEscapedAltText() {
        #expect(NewsletterMarkdown.html("![a \"quoted\" alt](https://example.org/p.png)").contains(#"alt="a &quot;quoted&quot; alt""#))
        let bad = NewsletterMarkdown.html("![x](javascript:alert(1))")
        #expect(!bad.contains("<img"), "\(bad)")
        let onerror = NewsletterMarkdown.html("![x\" onerror=\"alert(1)](https://example.org/p.png)")
        #expect(!onerror.contains(#"" onerror=""#), "\(onerror)")
    }

    @Test func aCodeFenceLanguageCannotWriteAnAttribute() {
        let html = NewsletterMarkdown.html("""
            ```"><script>alert(1)</script>
            let x = 1 < 2
            ```
            """)
        #expect(!html.contains("<script"), "\(html)")
        #expect(html.contains("1 &lt; 2"), "\(html)")
        #expect(!html.contains("class="), "\(html)")
    }
}
